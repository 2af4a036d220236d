// Trains the speaker ranker on PolNeAR's train split: runs the analysis pipeline on each
// annotated article, records every quotation's candidates and features, labels as right
// the candidates that stand where (or for whom) the corpus marks the attribution's source,
// and 'nobody' for quotations outside any attribution. Writes
// src/analysis/models/speaker-ranker.json.
import { writeFileSync } from 'node:fs';
import { analyze } from '../../src/analysis/analyze';
import type { Choice } from '../../src/analysis/attribution/speakers';
import { ruleChooser } from '../../src/analysis/attribution/rule-chooser';
import { accuracy, type Example, type FitOptions, fitLogit } from './conditional-logit';
import { type PolnearArticle, overlaps, readSplit, toArticleText } from './polnear';

export const MODEL_PATH = new URL('../../src/analysis/models/speaker-ranker.json', import.meta.url).pathname;

interface Collected {
  examples: Example[];
  quotes: number;
  unreachable: number;
}

/** Positives of one quotation by the corpus: source spans, or nobody when no attribution holds it. */
export function positives(a: PolnearArticle, choice: Choice, qStart: number, qEnd: number): number[] {
  const len = Math.max(1, qEnd - qStart);
  let best: PolnearArticle['attributions'][number] | null = null;
  let bestCover = 0;
  for (const at of a.attributions) {
    const cover = at.content.reduce((s, sp) => s + overlaps(sp, qStart, qEnd), 0) / len;
    if (cover > bestCover) [best, bestCover] = [at, cover];
  }
  const cands = choice.candidates;
  if (!best || bestCover < 0.5) return [cands.findIndex((c) => c.kind === 'nobody')];
  if (!best.source.length) return [];
  const onSource = (s: number, e: number) => best!.source.some((sp) => overlaps(sp, s, e) > 0);
  const right = new Set<number>();
  const entities = new Set<unknown>();
  cands.forEach((c, i) => {
    if (c.ref && onSource(c.ref.start, c.ref.end)) {
      right.add(i);
      if (c.entity && c.kind !== 'pronoun') entities.add(c.entity);
    }
  });
  // Another mention of the same actor (or the previous speaker, when it is that actor) is right too,
  // and so is an actor one of whose mentions is in the source's coreference chain: a quote-only
  // paragraph whose source is named paragraphs away is still the previous speaker's.
  const chain = sourceChain(a, best.source);
  cands.forEach((c, i) => {
    if (!c.entity || c.kind === 'pronoun') return;
    if (entities.has(c.entity) || c.entity.mentions.some((m) => chain.some((sp) => sameMention(sp, m.start, m.end)))) right.add(i);
  });
  return [...right];
}

/** The spans of the coreference chains that hold one of the source's spans, and the source itself. */
function sourceChain(a: PolnearArticle, source: PolnearArticle['attributions'][number]['source']): [number, number][] {
  const out = [...source];
  for (const chain of a.coref) if (chain.some((m) => source.some((sp) => sameMention(m, sp[0], sp[1])))) out.push(...chain);
  return out;
}

/** Two spans name the same thing: they end together ("President Jan Kowal" / "Jan Kowal"), or overlap by half the first. */
function sameMention(sp: [number, number], s: number, e: number): boolean {
  return sp[1] === e || overlaps(sp, s, e) * 2 >= sp[1] - sp[0];
}

/** Examples of each article separately, so a held-out split needs no second pass. */
export function collect(articles: PolnearArticle[]): Collected[] {
  return articles.map((a) => collectOne(a));
}

function collectOne(a: PolnearArticle): Collected {
  const out: Collected = { examples: [], quotes: 0, unreachable: 0 };
    analyze(toArticleText(a), {
      choose: (choice) => {
        out.quotes++;
        const pos = positives(a, choice, choice.start, choice.end);
        if (!pos.length) {
          out.unreachable++;
          return ruleChooser(choice);
        }
        out.examples.push({ features: choice.features, positives: pos });
        // Teacher forcing: later quotations see the right previous speaker.
        return { index: pos[0]!, probability: 1 };
      },
    });
  return out;
}

function merge(parts: Collected[]): Collected {
  return { examples: parts.flatMap((p) => p.examples), quotes: parts.reduce((s, p) => s + p.quotes, 0), unreachable: parts.reduce((s, p) => s + p.unreachable, 0) };
}

const GRID: FitOptions[] = [0.05, 0.1, 0.2].flatMap((rate) => [1e-4, 1e-3].map((l2) => ({ epochs: 8, l2, rate, seed: 7 })));

export function trainSpeaker(log: (s: string) => void = console.log): { path: string; bytes: number } {
  const t0 = performance.now();
  const articles = readSplit('polnear-train');
  // Choose the step size and L2 on a held-out tenth of train; then fit on all of it.
  const perArticle = collect(articles);
  const cut = Math.floor(articles.length * 0.9);
  const fitPart = merge(perArticle.slice(0, cut));
  const heldPart = merge(perArticle.slice(cut));
  let best = GRID[0]!;
  let bestAcc = -1;
  for (const opts of GRID) {
    const acc = accuracy(fitLogit(fitPart.examples, opts), heldPart.examples);
    log(`  rate=${opts.rate} l2=${opts.l2}: held-out accuracy ${acc.toFixed(4)}`);
    if (acc > bestAcc) [best, bestAcc] = [opts, acc];
  }
  const all = merge(perArticle);
  const w = fitLogit(all.examples, best);
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 1e-3) weights[f] = Math.round(v * 1e4) / 1e4;
  const json = `${JSON.stringify({ trainedOn: `polnear-train: ${articles.length} articles, ${all.examples.length} quotations (rate ${best.rate}, l2 ${best.l2}, ${best.epochs} epochs)`, weights }, null, 0)}\n`;
  writeFileSync(MODEL_PATH, json);
  log(`speaker ranker: ${all.quotes} quotations, ${all.unreachable} with no candidate at the corpus's source; train accuracy ${accuracy(w, all.examples).toFixed(4)}; ${Object.keys(weights).length} weights, ${json.length} bytes; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { path: MODEL_PATH, bytes: json.length };
}
