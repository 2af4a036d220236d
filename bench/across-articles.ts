// Quotes across articles at scale: the index the background keeps (src/quotes-across/match-index.ts),
// filled with 100,000 stored quotes from the seeded library generator (scripts/seed-records.ts), then
// a 30-quote article looked up against it, over and over: half its quotes are stored quotes with a
// word changed, dropped or trimmed, half are new. Also: building it, following a re-saved article,
// and its memory. Runs in one process, like the background (the lookup is synchronous there too).
//   npx tsx bench/across-articles.ts        (npm run bench runs it)
// The last line is machine-read: "across articles: lookup p50 N ms p95 M ms at 100000 quotes".
import { QuoteMatchIndex } from '../src/quotes-across';
import type { AnnotationRecord } from '../src/shared/records';
import { rng } from '../scripts/rng';
import { seedRecords } from '../scripts/seed-records';

const QUOTES = Number(process.env.BENCH_QUOTES ?? 100_000);
const ARTICLE_QUOTES = 30;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

function storedQuotes(): AnnotationRecord[] {
  const out: AnnotationRecord[] = [];
  // The generator makes 70% quotes: ask for enough annotations, keep the first QUOTES quotes.
  const annotations = Math.ceil(QUOTES / 0.68);
  for (const chunk of seedRecords({ articles: Math.ceil(annotations / 20), annotations, seed: 16 })) {
    for (const a of chunk.annotations) if (a.kind === 'quote' && out.length < QUOTES) out.push(a);
    if (out.length >= QUOTES) break;
  }
  return out;
}

function main(): void {
  const stored = storedQuotes();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = new QuoteMatchIndex();
  for (const a of stored) index.put({ id: a.id, articleId: a.articleId, text: a.text, speaker: a.speaker });
  const buildMs = performance.now() - t0;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  console.log(`across articles: indexed ${index.size} quotes in ${(buildMs / 1000).toFixed(1)} s; heap +${heapMb.toFixed(0)} MB${globalThis.gc ? '' : ' (without --expose-gc: approximate)'}`);

  const r = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const words = [...new Set(stored.slice(0, 2000).flatMap((a) => a.text.split(' ')))];
  const edit = (text: string) => {
    const w = text.split(' ');
    const k = 1 + Math.floor(r() * (w.length - 2));
    const e = r();
    if (e < 0.33) w[k] = pick(words);
    else if (e < 0.66) w.splice(k, 1);
    else w.splice(0, 2);
    return w.join(' ');
  };
  const fresh = () => Array.from({ length: 8 + Math.floor(r() * 12) }, () => pick(words)).join(' ');
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS + 3; round++) {
    const article = Array.from({ length: ARTICLE_QUOTES }, (_, k) => (k % 2 === 0 ? edit(pick(stored).text) : fresh()));
    const t = performance.now();
    let n = 0;
    for (const q of article) n += index.lookup(q, 'https://bench.example/this-article').length;
    const ms = performance.now() - t;
    if (round >= 3) {
      times.push(ms); // the first rounds warm the JIT up
      found += n;
    }
  }
  // A re-saved article: its 30 quotes removed and put back, as the live index does after the write.
  const saved = stored.slice(0, ARTICLE_QUOTES);
  const ts = performance.now();
  for (let k = 0; k < 20; k++) {
    for (const a of saved) index.remove(a.id);
    for (const a of saved) index.put({ id: a.id, articleId: a.articleId, text: a.text, speaker: a.speaker });
  }
  const resaveMs = (performance.now() - ts) / 20;
  console.log(`across articles: ${(found / ROUNDS / ARTICLE_QUOTES).toFixed(1)} matches per quote; re-saving a 30-quote article updates the index in ${resaveMs.toFixed(2)} ms`);
  if (process.env.BENCH_VERBOSE) console.log(times.map((t) => t.toFixed(0)).join(" "));
  console.log(`across articles: lookup p50 ${percentile(times, 50).toFixed(1)} ms p95 ${percentile(times, 95).toFixed(1)} ms at ${index.size} quotes`);
}

main();
