// Judges a tagger on the named-entity sets: precision, recall and F1 per type by exact span over
// PER, ORG and LOC (MISC/OTH are out of gold and prediction alike: the tagger has no such type),
// and "all", the micro-average of the three. One line a set:
//   ner conll2003-en: PER P=… R=… F1=… ORG … LOC … all F1=…
//   npx tsx scripts/eval/ner-sets.ts [--model en=/tmp/x.json] [--no-consistency | --consistency] [set …]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type EntityType, TYPES, type TaggedSpan } from '../../src/analysis/ner/labels';
import { decodeModel, type NerModel, type NerModelFile } from '../../src/analysis/ner/model';
import { type TagDocumentOptions, tagDocument } from '../../src/analysis/ner/tag-document';
import { votesAcrossMentions } from '../../src/analysis/ner/models';
import { type GoldDocument, type Lang, NER_SETS, type NerSet } from './ner-corpora';

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export type SetScore = Record<EntityType | 'all', TypeScore>;

const key = (x: TaggedSpan) => `${x.type}:${x.from}:${x.to}`;

/** Exact-span scores of `tag` (which reads a whole document) over documents. */
export function scoreDocuments(docs: readonly GoldDocument[], tag: (doc: GoldDocument) => TaggedSpan[][]): SetScore {
  const counts = Object.fromEntries([...TYPES, 'all'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType | 'all', { tp: number; fp: number; fn: number }>;
  for (const doc of docs) {
    const pred = tag(doc);
    doc.forEach((s, k) => {
      const got = pred[k]!;
      const gold = new Set(s.gold.map(key));
      const seen = new Set(got.map(key));
      for (const p of got) {
        const c = gold.has(key(p)) ? 'tp' : 'fp';
        counts[p.type][c]++;
        counts.all[c]++;
      }
      for (const g of s.gold)
        if (!seen.has(key(g))) {
          counts[g.type].fn++;
          counts.all.fn++;
        }
    });
  }
  const out = {} as SetScore;
  for (const [t, c] of Object.entries(counts) as [EntityType | 'all', { tp: number; fp: number; fn: number }][]) {
    const precision = c.tp / (c.tp + c.fp || 1);
    const recall = c.tp / (c.tp + c.fn || 1);
    out[t] = { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}

/** A set's scores as the actors stage tags it: the mention vote as that language has it, unless `opts` says. */
export function scoreSet(set: NerSet, model: NerModel, opts: TagDocumentOptions = {}): SetScore {
  const o = { consistency: votesAcrossMentions(set.lang), ...opts };
  return scoreDocuments(set.read(), (doc) => tagDocument(model, doc.map((s) => s.tokens), o));
}

export function nerLine(name: string, s: SetScore): string {
  const t = (x: TypeScore) => `P=${x.precision.toFixed(3)} R=${x.recall.toFixed(3)} F1=${x.f1.toFixed(3)}`;
  return `ner ${name}: PER ${t(s.PER)} ORG ${t(s.ORG)} LOC ${t(s.LOC)} all F1=${s.all.f1.toFixed(3)}`;
}

/** The sets `npm run eval` reports: every judge and dev set. */
export const REPORTED_SETS = NER_SETS.filter((s) => s.role !== 'fit');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const models = new Map<Lang, NerModel>();
  const names: string[] = [];
  // --no-consistency / --consistency: the mention vote off or on in every language (default: as shipped).
  const consistency = args.includes('--no-consistency') ? false : args.includes('--consistency') ? true : undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-consistency' || args[i] === '--consistency') continue;
    if (args[i] === '--model') {
      const [lang, path] = args[++i]!.split('=') as [Lang, string];
      models.set(lang, decodeModel(JSON.parse(readFileSync(path, 'utf8')) as NerModelFile));
    } else names.push(args[i]!);
  }
  const { nerModelFor } = await import('../../src/analysis/ner/models');
  for (const set of names.length ? NER_SETS.filter((s) => names.includes(s.name)) : REPORTED_SETS) {
    const model = models.get(set.lang) ?? (await nerModelFor(set.lang));
    if (!model) continue;
    console.log(nerLine(set.name, scoreSet(set, model, consistency === undefined ? {} : { consistency })));
  }
}
