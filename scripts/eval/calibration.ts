// Calibration of speaker confidence: matched quotations with a named gold speaker, binned
// by the model's probability, against how often the speaker was right. Quote matching and
// name comparison follow ../shared/eval/score.mjs so the population is the one it scores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const norm = (s: string) =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const words = (s: string) => norm(s).replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(' ').filter(Boolean);
export const nameKey = (s: string) => norm(s).replace(/'s$/, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

function overlap(a: string, b: string): number {
  const ta = words(a);
  const tb = words(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta)
    if ((bag.get(t) ?? 0) > 0) {
      common++;
      bag.set(t, bag.get(t)! - 1);
    }
  return common / Math.max(ta.length, tb.length);
}

interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: string;
}
export interface Gold {
  quotes: GoldQuote[];
  people: { name: string; aliases?: string[] }[] | null;
  organizations: { name: string; aliases?: string[] }[] | null;
}
export interface Out {
  quotes: { text: string; speaker: string | null; confidence?: number }[];
}

/** One scored speaker: the model's probability, whether it was right, and what kind of speaker was shown. */
export interface ScoredSpeaker {
  p: number;
  right: boolean;
  shown: 'named' | 'unnamed' | 'none';
}

/** (probability, right) for each scored speaker of one page. */
export function pagePoints(gold: Gold, out: Out): [number, boolean][] {
  return scoredSpeakers(gold, out).map((s) => [s.p, s.right]);
}

/** Each matched quotation with a named gold speaker, as the scorer pairs them. */
export function scoredSpeakers(gold: Gold, out: Out): ScoredSpeaker[] {
  const real = gold.quotes.filter((q) => q.kind !== 'other');
  const pairs: [number, number, number][] = [];
  out.quotes.forEach((p, i) => {
    real.forEach((g, j) => {
      const o = overlap(p.text, g.text);
      if (o >= 0.8) pairs.push([o, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const points: ScoredSpeaker[] = [];
  const everyone = [...(gold.people ?? []), ...(gold.organizations ?? [])];
  const formsOf = (speaker: string) => {
    const e = everyone.find((x) => nameKey(x.name) === nameKey(speaker) || (x.aliases ?? []).some((a) => nameKey(a) === nameKey(speaker)));
    return new Set([speaker, ...(e ? [e.name, ...(e.aliases ?? [])] : [])].map(nameKey));
  };
  const surname = (s: string) => nameKey(s).split(' ').pop();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    const p = out.quotes[i]!;
    const g = real[j]!;
    if (!g.speaker || g.speaker.startsWith('unnamed:')) continue;
    const right = !!p.speaker && (formsOf(g.speaker).has(nameKey(p.speaker)) || (gold.people == null && surname(p.speaker) === surname(g.speaker)));
    const shown = !p.speaker ? 'none' : p.speaker.startsWith('unnamed:') ? 'unnamed' : 'named';
    points.push({ p: p.confidence ?? 0, right, shown });
  }
  return points;
}

export interface Calibration {
  ece: number;
  n: number;
  table: { from: number; to: number; n: number; confidence: number; accuracy: number }[];
}

export function calibration(goldDir: string, recordDir: string, names: string[]): Calibration {
  const points = names.flatMap((name) => {
    const gold = JSON.parse(readFileSync(join(goldDir, `${name}.gold.json`), 'utf8')) as Gold;
    const out = JSON.parse(readFileSync(join(recordDir, `${name}.json`), 'utf8')) as Out;
    return pagePoints(gold, out);
  });
  const bins = 10;
  const table: Calibration['table'] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = points.filter(([p]) => (p >= from && p < to) || (b === bins - 1 && p === 1));
    if (!inBin.length) continue;
    const confidence = inBin.reduce((s, [p]) => s + p, 0) / inBin.length;
    const accuracy = inBin.filter(([, r]) => r).length / inBin.length;
    ece += (inBin.length / points.length) * Math.abs(confidence - accuracy);
    table.push({ from, to, n: inBin.length, confidence, accuracy });
  }
  return { ece, n: points.length, table };
}
