// Speed of analyze() against compromise alone (people/organizations/places over the
// whole text), on the same extracted article texts, in the same process.
//   npm run bench
// The last line is machine-read: "analyze: N words/s; compromise alone: M words/s; ratio R".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/analysis/analyze';
import { compromiseEntities } from './compromise';
import type { ArticleText } from '../src/analysis/types';
import { extractArticle } from '../src/extraction/extract-article';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function pages(): string[] {
  const dev = join(process.cwd(), '..', 'shared', 'eval', 'dev');
  const dir = existsSync(dev) ? dev : join(process.cwd(), 'tests', 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

/** Median time (ms) of `runs` calls of fn on one text, after one warm-up call. */
function time(fn: () => unknown, runs: number): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const articles: { name: string; article: ArticleText; words: number }[] = [];
for (const path of pages()) {
  const { document } = parseHTML(readFileSync(path, 'utf8')) as unknown as { document: Document };
  const a = extractArticle(document, path);
  if (a) articles.push({ name: path.split('/').pop() ?? path, article: a, words: a.wordCount });
}
if (!articles.length) {
  console.error('bench: no pages to measure');
  process.exit(1);
}

const ours: number[] = [];
const theirs: number[] = [];
let words = 0;
for (const { name, article, words: w } of articles) {
  const a = time(() => analyze(article), RUNS);
  const c = time(() => compromiseEntities(article.text), RUNS);
  ours.push(a);
  theirs.push(c);
  words += w;
  console.log(`${name.padEnd(60)} ${String(w).padStart(6)} words  analyze ${a.toFixed(2)} ms  compromise ${c.toFixed(2)} ms`);
}
const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
console.log(`analyze per article: p50 ${median(ours).toFixed(2)} ms, p95 ${percentile(ours, 95).toFixed(2)} ms`);
console.log(`compromise per article: p50 ${median(theirs).toFixed(2)} ms, p95 ${percentile(theirs, 95).toFixed(2)} ms`);
const oursWps = Math.round(words / (sum(ours) / 1000));
const theirsWps = Math.round(words / (sum(theirs) / 1000));
console.log(`analyze: ${oursWps} words/s; compromise alone: ${theirsWps} words/s; ratio ${(oursWps / theirsWps).toFixed(2)}`);
