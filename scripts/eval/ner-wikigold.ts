// Judges the named-entity tagger on wikigold (hand-tagged Wikipedia text, never used for
// fitting): precision, recall and F1 per type by exact span. Gold MISC entities count as O:
// a PER/ORG/LOC predicted over a MISC span is a false positive.
//   npx tsx scripts/eval/ner-wikigold.ts [model.json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentContext } from '../../src/analysis/ner/features';
import { type EntityType, spansOf, TYPES } from '../../src/analysis/ner/labels';
import { decodeModel, type NerModel, type NerModelFile } from '../../src/analysis/ner/model';
import { tagLabels } from '../../src/analysis/ner/tagger';
import type { Token } from '../../src/analysis/tokens';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WIKIGOLD = join(ROOT, '..', 'shared', 'eval', 'ner', 'wikigold.conll.txt');

interface GoldSentence {
  tokens: Token[];
  gold: { type: EntityType; from: number; to: number }[];
}

/** Documents of sentences; tokens laid out in one string joined by spaces so offsets are real. */
export function readConll(path: string): GoldSentence[][] {
  const docs: GoldSentence[][] = [];
  let doc: GoldSentence[] = [];
  let words: [string, string][] = [];
  const flush = () => {
    if (!words.length) return;
    let text = '';
    const tokens: Token[] = words.map(([w]) => {
      const start = text.length ? text.length + 1 : 0;
      text = text ? `${text} ${w}` : w;
      const c0 = w[0] ?? '';
      const word = /[\p{L}\p{N}]/u.test(c0);
      return { start, end: start + w.length, text: w, lower: w.toLowerCase(), word, cap: word && c0 !== c0.toLowerCase() };
    });
    const gold: GoldSentence['gold'] = [];
    words.forEach(([, tag], i) => {
      const t = ({ 'I-PER': 'PER', 'I-ORG': 'ORG', 'I-LOC': 'LOC', 'B-PER': 'PER', 'B-ORG': 'ORG', 'B-LOC': 'LOC' } as Record<string, EntityType>)[tag];
      const last = gold[gold.length - 1];
      if (t && last && last.type === t && last.to === i && !tag.startsWith('B-')) last.to = i + 1;
      else if (t) gold.push({ type: t, from: i, to: i + 1 });
    });
    doc.push({ tokens, gold });
    words = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const sp = line.lastIndexOf(' ');
    words.push([line.slice(0, sp), line.slice(sp + 1)]);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scoreWikigold(model: NerModel, path = WIKIGOLD): Record<EntityType | 'ALL', TypeScore> {
  const counts = Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType | 'ALL', { tp: number; fp: number; fn: number }>;
  for (const doc of readConll(path)) {
    const ctx = documentContext(doc.map((s) => s.tokens));
    for (const s of doc) {
      const pred = spansOf(tagLabels(model, s.tokens, ctx));
      const key = (x: { type: string; from: number; to: number }) => `${x.type}:${x.from}:${x.to}`;
      const gold = new Set(s.gold.map(key));
      const got = new Set(pred.map(key));
      for (const p of pred) {
        const c = gold.has(key(p)) ? 'tp' : 'fp';
        counts[p.type][c]++;
        counts.ALL[c]++;
      }
      for (const g of s.gold)
        if (!got.has(key(g))) {
          counts[g.type].fn++;
          counts.ALL.fn++;
        }
    }
  }
  const out = {} as Record<EntityType | 'ALL', TypeScore>;
  for (const [t, c] of Object.entries(counts) as [EntityType | 'ALL', { tp: number; fp: number; fn: number }][]) {
    const precision = c.tp / (c.tp + c.fp || 1);
    const recall = c.tp / (c.tp + c.fn || 1);
    out[t] = { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}

export function formatScores(scores: Record<string, TypeScore>): string {
  return Object.entries(scores)
    .map(([t, s]) => `${t.padEnd(4)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`)
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? join(ROOT, 'src', 'analysis', 'models', 'ner.json');
  const model = decodeModel(JSON.parse(readFileSync(file, 'utf8')) as NerModelFile);
  console.log(`wikigold, exact spans, MISC counted as O; model ${file} (${model.lexicons ? 'with' : 'without'} lexicon features)`);
  console.log(formatScores(scoreWikigold(model)));
}
