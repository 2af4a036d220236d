// One worst-case shape, every size ascending, one JSON line per result: run by bench/worst-case.ts,
// which kills this process when a size takes longer than its cap.
import { analyze } from '../src/analysis/analyze';
import { realArticle, SHAPES, SIZES } from './worst-case-shapes';

const [shape = ''] = process.argv.slice(2);
const make = shape === 'real' ? realArticle : SHAPES[shape];
if (!make) throw new Error(`unknown shape ${shape}`);

/**
 * Median of 3 runs, so one cold or disturbed run does not decide the figure; a run past 5 s
 * (well beyond any target) is timed once, so a slow shape reaches its cap sooner.
 */
function time(run: () => unknown): number {
  const ts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    ts.push(performance.now() - t0);
    if (ts[0]! > 5000) break;
  }
  return ts.sort((a, b) => a - b)[ts.length >> 1]!;
}

analyze(make(2000)); // warm-up: compromise's lexicons load on first use
for (const size of SIZES) {
  const article = make(size);
  process.stdout.write(`${JSON.stringify({ size, started: true })}\n`);
  const ms = time(() => analyze(article));
  process.stdout.write(`${JSON.stringify({ size, ms, chars: article.text.length })}\n`);
}
