// Stage "features": what the text says about each candidate, as named evidence for the
// ranker — the attribution patterns that point at it, the words between it and the
// quotation, distance, paragraph layout, the cue verb's lemma, the candidate's type and
// salience, pronoun agreement, and for 'nobody' what the quotation itself looks like.
// Features are strings; the model gives each a weight.
import { type Doc, sentenceAt, tokenIndexAt } from '../document';
import { typeFromWords } from '../nlp';
import { EN } from '../lang/en';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicons/titles';
import { AUX_ADVERB } from '../noun-phrases';
import type { LanguageData } from '../lang';
import { compatible, pronounClass } from '../pronouns';
import { isStrongSpeechVerb, speechVerbBase } from '../speech-verbs';
import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { FeatureNames } from './feature-names';
import { closeMarkAt, openMarkAt, type QuoteWindow } from './quote-window';

export interface QuoteFacts {
  /** The rule-based reading of the quotation: direct, partial or other (title, scare quote). */
  kind: 'direct' | 'partial' | 'other';
  /** The quotation is the whole paragraph (or all of it but an attribution). */
  startsBlock: boolean;
  quoteOnlyBlock: boolean;
  words: number;
  /** Mentions per actor in the article, for salience. */
  mentionCount: (c: Candidate) => number;
  /** The paragraph before ends with a colon ("X said:"). */
  afterColonBlock: boolean;
  /** The article's most mentioned person. */
  topPerson: Candidate['entity'];
}

/** Tokens between a candidate and its quotation worth reading one by one. */
const MAX_BETWEEN = 40;

/** Small numbers as strings made once, so bucket names are the same string objects each time. */
const NUMBER_NAMES = Array.from({ length: 16 }, (_, i) => String(i));
const OVER_NAMES = NUMBER_NAMES.map((n) => `>${n}`);

/** Which bucket `n` falls in: the first edge it does not pass, or past the last (edges.length). */
const bucketIndex = (n: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
};
/** Each bucket's name: its edge, or ">last". */
const bucketNames = (edges: readonly number[]): string[] => [...edges.map((e) => NUMBER_NAMES[e] ?? `${e}`), OVER_NAMES[edges.at(-1)!] ?? `>${edges.at(-1)}`];
/** A bucketing of numbers into named ranges, the names made once. */
const bucketing = (edges: readonly number[]) => {
  const names = bucketNames(edges);
  return (n: number): string => names[bucketIndex(n, edges)]!;
};
const wordsBucket = bucketing([1, 2, 3, 5, 8, 15]);
const wordsBucketCoarse = bucketing([3, 8, 15]);
const blockDistBucket = bucketing([0, 1, 2]);
const mentionsBucket = bucketing([1, 2, 4, 8]);

// Distance and rank buckets of the candidate features, named once.
const SD_EDGES = [0, 1, 2, 3];
const BD_EDGES = [0, 1];
const RANK_EDGES = [0, 1, 2];
const RANK_ANY_EDGES = [0, 1];
const BD_FEATURES = bucketNames(BD_EDGES).map((b) => `bd=${b}`);

/** A token's shape in the words between quote and candidate: punctuation as is, verbs of saying as V. */
function shape(t: Token, lang: LanguageData): string {
  if (!t.word) return t.text === '“' || t.text === '”' ? '"' : t.text;
  if (lang.code === 'en' ? speechVerbBase(t) : lang.speech.base(t.lower)) return 'V';
  if (lang.code === 'en' ? AUX_ADVERB.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4) : lang.auxiliaries.has(t.lower)) return 'a';
  if (t.lower === 'according' || t.lower === 'to' || t.lower === 'by' || t.lower === 'told') return t.lower;
  return t.cap ? 'C' : 'w';
}

/** The shapes of tokens[from, to) joined, quoted words skipped; "…" for more than five or a long stretch. */
function pattern(names: FeatureNames, doc: Doc, tokens: Token[], from: number, to: number): string {
  if (to - from > MAX_BETWEEN) return '…';
  let s = '';
  let kept = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (doc.inQuote(t.start)) continue;
    if (++kept > 5) return '…';
    s = names.join(s, shape(t, doc.lang));
  }
  return s;
}

/** The shapes of the tokens from `from` on, `count` at most, joined. */
function shapes(names: FeatureNames, tokens: Token[], from: number, count: number, lang: LanguageData): string {
  let s = '';
  for (let i = from; i < Math.min(tokens.length, from + count); i++) s = names.join(s, shape(tokens[i]!, lang));
  return s;
}

/**
 * Where candidates' features go, one candidate after another: their names (training, debugging)
 * or, at run time, straight into the sum of their weights (`WeightSum` in the ranker), so a page
 * of thousands of quotations builds no lists of names.
 */
export interface FeatureSink {
  /** The next candidate; its first feature is its kind. */
  start(kind: Candidate['kind']): void;
  add(name: string): void;
  /** `name` and `kind|name`: a feature whose weight may differ by kind of candidate. */
  both(name: string): void;
}

/** The features of a candidate kind every candidate of it has, and the prefix of its own names. */
export function kindNames(names: FeatureNames, kind: string): { first: string; kindBar: string } {
  return names.once(kind, () => ({ first: names.join('k=', kind), kindBar: names.join(kind, '|') }));
}

/** Each candidate's features as names. */
class NameLists implements FeatureSink {
  readonly lists: string[][] = [];
  private f: string[] = [];
  private kindBar = '';
  /** Names that start with `kindBar`, looked up by the rest: one lookup per prefixed feature. */
  private prefixed = new Map<string, string>();
  constructor(private readonly names: FeatureNames) {}
  start(kind: Candidate['kind']): void {
    const k = kindNames(this.names, kind);
    this.f = [k.first];
    this.lists.push(this.f);
    this.kindBar = k.kindBar;
    this.prefixed = this.names.startingWith(k.kindBar);
  }
  add(name: string): void {
    this.f.push(name);
  }
  both(name: string): void {
    this.f.push(name, FeatureNames.joinIn(this.prefixed, this.kindBar, name));
  }
}

type Dir = 'before' | 'after' | 'inside';

type QuotePrefixes = ReturnType<typeof makeQuotePrefixes>;

/**
 * The parts of feature names that are the same for every candidate of one quotation, joined
 * once per kind of quotation (layout and whether any pattern fired): a page of thousands of
 * quotations otherwise joins them again for each candidate.
 */
function makeQuotePrefixes(names: FeatureNames, layout: string[], any: string) {
  const byDir = <T>(make: (d: Dir) => T) => ({ before: make('before'), after: make('after'), inside: make('inside') });
  return {
    nobody: layout.map((l) => names.join('nobody|', l)),
    prev: layout.map((l) => names.join('prev|', l)),
    dirLayout: byDir((d) => layout.map((l) => names.of(d, '|', l))),
    // Indexed by bucket: [dir][sd], [dir][bd], [dir][rank], [dir][bd][rank].
    sd: byDir((d) => bucketNames(SD_EDGES).map((b) => names.of('dir=', d, '|sd=', b))),
    dirBlockBd: byDir((d) => bucketNames(BD_EDGES).map((b) => names.of('dir=', d, '|', layout[1]!, '|bd=', b))),
    rank: byDir((d) => bucketNames(RANK_EDGES).map((r) => names.of('rank=', d, r))),
    dirColon: byDir((d) => names.join(d, ':')),
    noPattern: names.join('noPattern|any=', any),
    // The subject of a sentence near a quotation, by side, paragraph distance and layout.
    subject: { before: bucketNames(BD_EDGES).map((b) => names.of('sentSubject|before|', layout[2]!, '|bd=', b, '|any=', any)) },
    // The nearest name before a paragraph that is only a quotation, with no attribution in sight.
    rankAny: byDir((d) => bucketNames(BD_EDGES).map((b) => bucketNames(RANK_ANY_EDGES).map((r) => names.of(d, '|', layout[2]!, '|bd=', b, '|rank=', r, '|any=', any)))),
  };
}

function quotePrefixes(names: FeatureNames, layout: string[], any: string): QuotePrefixes {
  return names.once(names.of('prefixes|', layout[0]!, '|', layout[1]!, '|', layout[2]!, '|', any), () => makeQuotePrefixes(names, layout, any));
}

/** Each candidate's features, by name. */
export function candidateFeatures(doc: Doc, qi: number, win: QuoteWindow, cands: Candidate[], facts: QuoteFacts, names: FeatureNames = new FeatureNames()): string[][] {
  const out = new NameLists(names);
  writeFeatures(doc, qi, win, cands, facts, names, out);
  return out.lists;
}

/** Each candidate's features, in candidate order, into `out`. */
export function writeFeatures(doc: Doc, qi: number, win: QuoteWindow, cands: Candidate[], facts: QuoteFacts, names: FeatureNames, out: FeatureSink): void {
  const q = doc.spans[qi]!;
  const anyPattern = cands.some((c) => c.patterns.length > 0);
  const first = firstHit(cands);
  const firstPattern = first && cands.find((c) => c.patterns.includes(first));
  const qs = win.openSentence ?? win.closeSentence ?? 0;
  const qe = win.closeSentence ?? qs;
  // Rank of each named/pronoun candidate by closeness on its side of the quotation.
  const before = cands.filter((c) => c.ref && c.ref.end <= q.start).sort((a, b) => b.ref!.end - a.ref!.end);
  const after = cands.filter((c) => c.ref && c.ref.start >= q.end).sort((a, b) => a.ref!.start - b.ref!.start);
  const layout = [names.join('kind=', facts.kind), facts.startsBlock ? 'startsBlock' : 'midBlock', facts.quoteOnlyBlock ? 'quoteOnly' : 'withText'];
  const any = anyPattern ? 'true' : 'false';
  const pre = quotePrefixes(names, layout, any);
  const prev = cands.find((x) => x.kind === 'previous');

  for (const c of cands) {
    out.start(c.kind);
    if (c.kind === 'nobody') {
      for (const l of pre.nobody) out.add(l);
      out.add(names.join('nobody|w=', wordsBucket(facts.words)));
      out.add(names.join('nobody|anyPattern=', any));
      // A paragraph of long direct speech with no attribution in it is still speech.
      out.add(names.of('nobody|', layout[0]!, '|', layout[2]!, '|w=', wordsBucketCoarse(facts.words), '|any=', any));
      if (q.continuation || q.continues) out.add('nobody|multiPara');
      continue;
    }
    if (c.kind === 'previous') {
      for (const l of pre.prev) out.add(l);
      out.add(names.join('prev|anyPattern=', any));
      out.add(names.join('prev|blockDist=', blockDistBucket(doc.proseIndex[q.block]! - doc.proseIndex[prevBlock(c) ?? q.block]!)));
      if (q.continuation) out.add('prev|continuation');
      if (c.unnamed) out.add('prev|unnamed');
      continue;
    }
    const ref = c.ref!;
    for (const p of c.patterns) {
      out.both(names.join('pat=', p.rule));
      const lemma = cueLemma(p.cue, doc.lang);
      if (lemma) {
        out.add(names.join('cue=', lemma));
        out.add(names.of('cue=', lemma, '|', p.rule));
      }
    }
    if (c === firstPattern) out.both('firstPattern');
    if (!c.patterns.length) out.both(pre.noPattern);
    if (c.speechSubject) out.both('speechSubject');
    // "X said:" closing the paragraph before a quotation that opens its own.
    if (facts.afterColonBlock && ref.end <= q.start && doc.sentences[sentenceAt(doc, ref.start) ?? qs]!.block < q.block) out.both('introBlockColon');
    // Where it stands: direction, sentence distance, paragraph distance.
    const dir: Dir = ref.end <= q.start ? 'before' : ref.start >= q.end ? 'after' : 'inside';
    const rs = sentenceAt(doc, ref.start) ?? qs;
    const sd = dir === 'before' ? qs - rs : dir === 'after' ? rs - qe : 0;
    const bd = Math.abs(doc.proseIndex[doc.sentences[rs]!.block]! - doc.proseIndex[q.block]!);
    const bdIndex = bucketIndex(bd, BD_EDGES);
    out.both(pre.sd[dir][bucketIndex(sd, SD_EDGES)]!);
    out.both(BD_FEATURES[bdIndex]!);
    out.both(pre.dirBlockBd[dir][bdIndex]!);
    const rank = (dir === 'before' ? before : dir === 'after' ? after : []).indexOf(c);
    if (rank >= 0) {
      out.both(pre.rank[dir][bucketIndex(rank, RANK_EDGES)]!);
      out.both(pre.rankAny[dir][bdIndex]![bucketIndex(rank, RANK_ANY_EDGES)]!);
    }
    const sent = doc.sentences[rs]!;
    const i = tokenIndexAt(sent.tokens, ref.end);
    // What its sentence is about: a quotation with no attribution in sight continues the
    // person the sentence before names first ("X meanwhile won…", not the opponent X beat).
    // Only before it: a sentence after a quotation that names its speaker has a pattern for it.
    if (dir === 'before' && opensSentence(doc, sent.tokens, ref.start)) {
      out.both('sentSubject');
      out.both(pre.subject.before[bdIndex]!);
    }
    // The words between the quotation and the candidate, and the word after it.
    if (sd === 0 && bd === 0) {
      // A long stretch reads as '…' whatever it holds; reading no further keeps a one-sentence page linear.
      const [from, to] = dir === 'after' ? [closeMarkAt(doc.text, q.end) + 1, ref.start] : [ref.end, openMarkAt(doc.text, q.start)];
      let fromTok = tokenIndexAt(sent.tokens, from);
      // English writes the comma inside the closing mark ("…,” he said"), French, Spanish, German
      // and Portuguese after it ("… », dit-il"): the pattern reads the same in both.
      if (dir === 'after' && doc.lang.code !== 'en' && sent.tokens[fromTok]?.text === ',') fromTok++;
      const pat = pattern(names, doc, sent.tokens, fromTok, tokenIndexAt(sent.tokens, to));
      const dirPat = names.join(pre.dirColon[dir], pat);
      out.both(dirPat);
      out.both(names.of(dirPat, '|next=', shapes(names, sent.tokens, i, 2, doc.lang)));
      out.both(names.join('next=', shapes(names, sent.tokens, i, 1, doc.lang)));
      const prevTok = sent.tokens[tokenIndexAt(sent.tokens, ref.start) - 1];
      out.both(names.join('prevTok=', prevTok ? shape(prevTok, doc.lang) : '^'));
    }
    // A verb of saying right after the candidate ("X said", "X, the spokesman, told").
    for (let k = i; k < Math.min(sent.tokens.length, i + 3); k++) {
      const t = sent.tokens[k]!;
      const lemma = t.cap ? null : cueLemma(t.text, doc.lang);
      if (lemma) {
        out.both(names.join('verbAfter=', (doc.lang.code === 'en' ? isStrongSpeechVerb(t) : doc.lang.speech.isStrong(t.lower)) ? 'strong' : 'weak'));
        out.add(names.join('verbAfter=', lemma));
        break;
      }
    }
    // Who it is.
    const e = c.entity;
    out.both(names.join('type=', e?.type ?? (c.unnamed ? 'unnamed' : c.kind === 'name' ? unknownName(ref.text) : 'unknown')));
    if (e) {
      out.both(names.join('mentions=', mentionsBucket(facts.mentionCount(c))));
      if (e === facts.topPerson) out.both('topPerson');
      if (e.roles.length) out.both('hasRole');
    }
    if (c.kind === 'pronoun') {
      const pron = names.join('pron=', pronounClass(ref.text, doc.lang));
      out.add(pron);
      out.add(names.of(pron, '|resolved=', e !== null ? 'true' : 'false'));
      if (e) out.add(names.join('pron|agrees=', compatible(e, ref.text, doc.lang) ? 'true' : 'false'));
    }
    if (c.kind === 'name' && ref.role) out.both('roleWritten');
    // Agrees with the previous quotation's speaker.
    if (prev && e && prev.entity === e) out.both('samePrev');
    for (const l of pre.dirLayout[dir]) out.add(l);
  }
}

/** Tokens before a phrase that still leave it the first thing its sentence names. */
const MAX_LEAD = 8;

/**
 * The phrase at `start` opens its sentence (outside quotations): nothing before it but
 * punctuation, a determiner and the capitalised or role words of its own title.
 */
function opensSentence(doc: Doc, tokens: readonly Token[], start: number): boolean {
  for (let k = 0, n = 0; k < tokens.length && tokens[k]!.start < start; k++) {
    const t = tokens[k]!;
    if (!t.word || doc.inQuote(t.start)) continue;
    if (++n > MAX_LEAD) return false;
    if (LEAD_WORDS.has(t.lower)) continue;
    // A capitalised "After" or "Speaking" opens a clause before the subject, not its title.
    if (EN.notNames.has(t.lower) || (!t.cap && !ROLE_NOUNS.has(t.lower) && !TITLE_WORDS.has(t.lower))) return false;
  }
  return true;
}
const LEAD_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'meanwhile', 'then']);

/** A name the tagger did not find, typed by its words ("Dana Hau-yip" reads as a person). */
function unknownName(text: string): string {
  const t = typeFromWords(text);
  return t === 'person' ? 'newPerson' : t === 'organization' ? 'newOrganization' : t === 'place' ? 'newPlace' : 'unknown';
}

function firstHit(cands: Candidate[]) {
  let best: Candidate['patterns'][number] | undefined;
  let bestOrder = Number.POSITIVE_INFINITY;
  for (const c of cands) for (const p of c.patterns) if (p.order < bestOrder) [best, bestOrder] = [p, p.order];
  return best;
}

function prevBlock(c: Candidate): number | null {
  return c.previousBlock ?? null;
}

/**
 * The lemma a cue's features are named by. English lemmas carry their own weights; in another
 * language a verb of saying in any form is named by its class, the English verb "say" for the
 * strong ones (the class the weights learned), none for the rest: the weights read the class,
 * not the word.
 */
function cueLemma(word: string, lang: LanguageData): string | null {
  if (lang.code === 'en') return speechVerbBase(word);
  if (lang.speech.base(word.toLowerCase()) === null) return null;
  return lang.speech.isStrong(word.toLowerCase()) ? 'say' : null;
}
