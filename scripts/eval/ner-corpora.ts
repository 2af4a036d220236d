// The named-entity sets of ../shared/eval/ner read into one form: documents of sentences, each
// sentence its tokens and its gold PER/ORG/LOC spans (MISC, OTH, derived and partial names
// dropped). Each set's README says which may be fitted; `NER_SETS` records that choice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { begin, type EntityType, inside, type TaggedSpan } from '../../src/analysis/ner/labels';
import type { Token } from '../../src/analysis/tokens';

export const NER_DIR = join(new URL('../../', import.meta.url).pathname, '..', 'shared', 'eval', 'ner');

export interface GoldSentence {
  tokens: Token[];
  gold: TaggedSpan[];
}
export type GoldDocument = GoldSentence[];

export type Lang = 'en' | 'de' | 'es' | 'fr' | 'pt';
/** fit: the trainer may learn from it; dev: held out for choosing; judge: reported, never fitted. */
export type Role = 'fit' | 'dev' | 'judge';

export interface NerSet {
  name: string;
  lang: Lang;
  role: Role;
  read: () => GoldDocument[];
}

const text = (path: string): string => {
  const buf = readFileSync(join(NER_DIR, path));
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
};

/** Tokens laid out in one string joined by spaces, so offsets are real. */
export function tokensOf(words: readonly string[]): Token[] {
  let at = 0;
  return words.map((w) => {
    const start = at;
    at += w.length + 1;
    const c0 = w[0] ?? '';
    const word = /[\p{L}\p{N}]/u.test(c0);
    return { start, end: start + w.length, text: w, lower: w.toLowerCase(), word, cap: word && c0 !== c0.toLowerCase() };
  });
}

/** Gold spans of BIO or IO tags already mapped to our types (null: outside). */
export function spansOfTags(tags: readonly (readonly [EntityType | null, boolean])[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  tags.forEach(([t, b], i) => {
    const last = out[out.length - 1];
    if (t && last && last.type === t && last.to === i && !b) last.to = i + 1;
    else if (t) out.push({ type: t, from: i, to: i + 1 });
  });
  return out;
}

/** BIO label indices of a sentence's gold spans, for training. */
export function labelsOf(s: GoldSentence): Uint8Array {
  const out = new Uint8Array(s.tokens.length);
  for (const g of s.gold) for (let i = g.from; i < g.to; i++) out[i] = i === g.from ? begin(g.type) : inside(g.type);
  return out;
}

const TYPE: Readonly<Record<string, EntityType>> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  PESSOA: 'PER',
  ORGANIZACAO: 'ORG',
  LOCAL: 'LOC',
};

/** "B-PER" → [PER, begins]; "I-LOC" → [LOC, continues]; "PESSOA" (IO) → [PER, continues]; MISC etc. → null. */
function tagOf(tag: string): readonly [EntityType | null, boolean] {
  const m = /^([BI])-(.+)$/.exec(tag);
  const t = TYPE[m ? m[2]! : tag] ?? null;
  return [t, m?.[1] === 'B'];
}

/**
 * Column files: one token a line, the word in column `wordCol` and the tag last, a blank line
 * between sentences; `-DOCSTART-` (if any) between documents, else every `perDoc` sentences make
 * one document. `strip` takes a prefix such as "fr:" off each word.
 */
function readColumns(path: string, opts: { split: RegExp; wordCol: number; perDoc: number; strip?: RegExp }): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let doc: GoldDocument = [];
  let words: string[] = [];
  let tags: (readonly [EntityType | null, boolean])[] = [];
  const flush = () => {
    if (words.length) doc.push({ tokens: tokensOf(words), gold: spansOfTags(tags) });
    words = [];
    tags = [];
    if (doc.length >= opts.perDoc) endDoc();
  };
  const endDoc = () => {
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of text(path).split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(opts.split);
    let w = cols[opts.wordCol]!;
    if (w === '-DOCSTART-') {
      flush();
      endDoc();
      continue;
    }
    if (opts.strip) w = w.replace(opts.strip, '');
    words.push(w);
    tags.push(tagOf(cols[cols.length - 1]!));
  }
  flush();
  endDoc();
  return docs;
}

/** GermEval 2014: `# source` lines, then `n token outer inner`; outer tags only, deriv/part names left out. */
function readGermeval(path: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let words: string[] = [];
  let tags: (readonly [EntityType | null, boolean])[] = [];
  const flush = () => {
    if (words.length) docs.push([{ tokens: tokensOf(words), gold: spansOfTags(tags) }]);
    words = [];
    tags = [];
  };
  for (const line of text(path).split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    words.push(cols[1]!);
    tags.push(tagOf(cols[2]!));
  }
  flush();
  return docs;
}

const JOINERS = new Set(['of', 'and', '&', '-', 'de', 'for', 'the']);
const CAPITALISED = /^\p{Lu}/u;
const NAME_PARTS = new Set(['ADJ', 'NOUN', 'NUM']);
const GUM_TYPE: Readonly<Record<string, EntityType>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/**
 * GUM's CoNLL-U: entity mentions open and close in the MISC column (`Entity=(id-type-…` … `id)`).
 * GUM's mentions are whole noun phrases ("NASA Administrator Charles Bolden"); the name in one is
 * the run of proper nouns around its head (the token whose syntactic head lies outside it), so a
 * mention with a common-noun head and no Wikipedia identity is no name. Overlapping names keep
 * the first and longest (CoNLL's outermost-span convention).
 */
export function parseGum(conllu: string): GoldDocument {
  const doc: GoldDocument = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const words = rows.map((r) => r[1]!);
    const open: { id: string; type: string; from: number; identity: boolean }[] = [];
    const mentions: { type: EntityType; from: number; to: number; named: boolean }[] = [];
    rows.forEach((r, i) => {
      const ent = /(?:^|\|)Entity=([^|]+)/.exec(r[9]!)?.[1];
      if (!ent) return;
      for (const m of ent.matchAll(/\(([^()]+)\)?|(\d+)\)/g)) {
        if (m[1] !== undefined) {
          const f = m[1].split('-');
          const mention = { id: f[0]!, type: f[1]!, from: i, identity: f.length >= 8 && f.slice(7).join('-') !== '' };
          if (m[0].endsWith(')')) close(mention, i);
          else open.push(mention);
        } else {
          const k = open.map((o) => o.id).lastIndexOf(m[2]!);
          if (k >= 0) close(open.splice(k, 1)[0]!, i);
        }
      }
    });
    function close(o: { type: string; from: number; identity: boolean }, last: number) {
      const type = GUM_TYPE[o.type];
      if (!type) return;
      const span = rows.slice(o.from, last + 1);
      const ids = span.map((r) => r[0]!);
      let h = span.findIndex((r) => !ids.includes(r[6]!));
      if (h < 0) return;
      h += o.from;
      // Capitalised adjectives and nouns inside a name are part of it ("New York", "National Museum").
      const propn = (i: number) =>
        i >= o.from && i <= last && (rows[i]![3] === 'PROPN' || (i > 0 && CAPITALISED.test(rows[i]![1]!) && NAME_PARTS.has(rows[i]![3]!)));
      // Without a proper-noun head, a linked mention's name is its last proper noun before the head.
      if (!propn(h)) {
        if (!o.identity) return;
        while (h >= o.from && !propn(h)) h--;
        if (h < o.from) return;
      }
      // The name is the run of proper nouns around the head, joined across "of", "and", "&", "-".
      let from = h;
      let to = h + 1;
      for (;;) {
        if (propn(from - 1)) from--;
        else if (JOINERS.has(rows[from - 1]?.[1] ?? '') && propn(from - 2)) from -= 2;
        else break;
      }
      for (;;) {
        if (propn(to)) to++;
        else if (JOINERS.has(rows[to]?.[1] ?? '') && propn(to + 1)) to += 2;
        else break;
      }
      mentions.push({ type, from, to, named: true });
    }
    const named = mentions.filter((m) => m.named);
    const gold = named
      .sort((a, b) => a.from - b.from || b.to - a.to)
      .filter((m, k, all) => k === 0 || all.slice(0, k).every((o) => o.to <= m.from))
      .map(({ type, from, to }) => ({ type, from, to }));
    doc.push({ tokens: tokensOf(words), gold });
    rows = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0]!)) continue; // multi-word tokens and empty nodes
    rows.push(cols);
  }
  flush();
  return doc;
}

export const readGum = (path: string): GoldDocument => parseGum(text(path));

/** GUM document names of one split of splits.md, those present here (the CC-BY genres). */
function gumSplit(split: 'train' | 'dev' | 'test'): string[] {
  const md = text('gum/splits.md');
  const present = new Set(gumFiles());
  const section = new RegExp(`## ${split}\\n([\\s\\S]*?)(?:\\n## |$)`).exec(md)?.[1] ?? '';
  const listed = [...section.matchAll(/\* (GUM_\w+)/g)].map((m) => m[1]!);
  if (split !== 'train') return listed.filter((n) => present.has(n));
  // The train split is every present document in neither dev nor test.
  const held = new Set([...gumSplit('dev'), ...gumSplit('test')]);
  return [...present].filter((n) => !held.has(n)).sort();
}

function gumFiles(): string[] {
  return readdirSync(join(NER_DIR, 'gum'))
    .filter((f) => f.endsWith('.conllu.gz'))
    .map((f) => f.slice(0, -'.conllu.gz'.length))
    .sort();
}

const gum = (split: 'train' | 'dev' | 'test') => () => gumSplit(split).map((n) => readGum(`gum/${n}.conllu.gz`));
const TAB = /\t/;
const SPACE = /\s+/;
const conll = (path: string) => () => readColumns(path, { split: TAB, wordCol: 1, perDoc: Number.POSITIVE_INFINITY });
const wikiann = (lang: 'fr' | 'pt', part: string) => () => readColumns(`wikiann/${lang}/${part}.txt.gz`, { split: SPACE, wordCol: 0, perDoc: 1, strip: new RegExp(`^${lang}:`) });
const wikiannIndexed = (lang: 'de' | 'es', part: string) => () => readColumns(`wikiann/${lang}/${part}.conllu.gz`, { split: TAB, wordCol: 1, perDoc: 1 });
const harem = (file: string) => () => readColumns(`paramopama-pt/${file}`, { split: TAB, wordCol: 0, perDoc: 1 });

/**
 * GermEval's test set is split by sentence: the first half is fitted (with its dev set), the
 * second half judged. The halves are contiguous runs of the file, so no source straddles them.
 */
const germevalTest = (half: 0 | 1) => () => {
  const all = readGermeval('germeval2014-de/test.tsv.gz');
  const mid = all.length >> 1;
  return half === 0 ? all.slice(0, mid) : all.slice(mid);
};

export const NER_SETS: readonly NerSet[] = [
  { name: 'wikigold', lang: 'en', role: 'judge', read: () => readColumns('wikigold.conll.txt', { split: / (?=\S+$)/, wordCol: 0, perDoc: Number.POSITIVE_INFINITY }) },
  { name: 'conll2003-en', lang: 'en', role: 'judge', read: conll('conll2003-en/test.conllu.gz') },
  { name: 'conll2003-en-val', lang: 'en', role: 'dev', read: conll('conll2003-en/val.conllu.gz') },
  { name: 'gum-test', lang: 'en', role: 'judge', read: gum('test') },
  { name: 'gum-dev', lang: 'en', role: 'dev', read: gum('dev') },
  { name: 'gum-train', lang: 'en', role: 'fit', read: gum('train') },
  { name: 'conll2003-de', lang: 'de', role: 'judge', read: conll('conll2003-de/test.conllu.gz') },
  { name: 'conll2003-de-val', lang: 'de', role: 'dev', read: conll('conll2003-de/val.conllu.gz') },
  { name: 'germeval2014-judged', lang: 'de', role: 'judge', read: germevalTest(1) },
  { name: 'germeval2014-fitted', lang: 'de', role: 'fit', read: () => [...readGermeval('germeval2014-de/dev.tsv.gz'), ...germevalTest(0)()] },
  { name: 'wikiann-de', lang: 'de', role: 'judge', read: wikiannIndexed('de', 'test') },
  { name: 'wikiann-de-val', lang: 'de', role: 'dev', read: wikiannIndexed('de', 'val') },
  { name: 'wikiann-de-train', lang: 'de', role: 'fit', read: wikiannIndexed('de', 'train') },
  { name: 'conll2002-es', lang: 'es', role: 'judge', read: conll('conll2002-es/test.conllu.gz') },
  { name: 'conll2002-es-val', lang: 'es', role: 'dev', read: conll('conll2002-es/val.conllu.gz') },
  { name: 'wikiann-es', lang: 'es', role: 'judge', read: wikiannIndexed('es', 'test') },
  { name: 'wikiann-es-val', lang: 'es', role: 'dev', read: wikiannIndexed('es', 'val') },
  { name: 'wikiann-es-train', lang: 'es', role: 'fit', read: wikiannIndexed('es', 'train') },
  { name: 'wikiann-fr', lang: 'fr', role: 'judge', read: wikiann('fr', 'test') },
  { name: 'wikiann-fr-val', lang: 'fr', role: 'dev', read: wikiann('fr', 'dev') },
  { name: 'wikiann-fr-train', lang: 'fr', role: 'fit', read: wikiann('fr', 'train') },
  { name: 'harem', lang: 'pt', role: 'judge', read: () => [...harem('corpus_First_HAREM.txt.gz')(), ...harem('corpus_miniHAREM.txt.gz')()] },
  { name: 'wikiann-pt', lang: 'pt', role: 'judge', read: wikiann('pt', 'test') },
  { name: 'wikiann-pt-val', lang: 'pt', role: 'dev', read: wikiann('pt', 'dev') },
  { name: 'wikiann-pt-train', lang: 'pt', role: 'fit', read: wikiann('pt', 'train') },
  { name: 'paramopama', lang: 'pt', role: 'fit', read: harem('corpus_Paramopama.txt.gz') },
];

export const setNamed = (name: string): NerSet => {
  const s = NER_SETS.find((x) => x.name === name);
  if (!s) throw new Error(`no NER set named ${name}`);
  return s;
};
