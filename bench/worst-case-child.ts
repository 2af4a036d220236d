// One worst-case shape, every size ascending, one JSON line per result: run by bench/worst-case.ts,
// which kills this process when a size takes longer than its cap.
import { analyze } from '../src/analysis/analyze';
import { realArticle, SHAPES, SIZES } from './worst-case-shapes';

const [shape = ''] = process.argv.slice(2);
const make = shape === 'real' ? realArticle : SHAPES[shape];
if (!make) throw new Error(`unknown shape ${shape}`);

/** Median of up to 3 runs; a slow case is timed once. */
function time(run: () => unknown): number {
  const ts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    ts.push(performance.now() - t0);
    if (ts[0]! > 1000) break;
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
