// Quotes across articles at scale: a library of 100,000 stored quotes from the seeded library
// generator (scripts/seed-records.ts), and a 30-quote article looked up against it over and over
// (half its quotes stored ones with a word changed, dropped or trimmed, half new).
//   1. the index alone (src/quotes-across/match-index.ts), in one process as in the background:
//      its build time and memory, a lookup, and following a re-saved article;
//   2. the background's path (src/storage/quotes-elsewhere.ts on a Library over fake-indexeddb):
//      the live index built from the stored quotes, then each lookup with the matched articles'
//      names read from the database, as the ui/quotes-elsewhere message does.
//   npx tsx bench/across-articles.ts        (npm run bench runs it)
// The last line is machine-read: "across articles: lookup p50 N ms p95 M ms at 100000 quotes".
import 'fake-indexeddb/auto';
import { QuoteMatchIndex } from '../src/quotes-across';
import type { AnnotationRecord, ArticleRecord } from '../src/shared/records';
import { QuotelightDB } from '../src/storage/db';
import { Library } from '../src/storage/library';
import { quotesElsewhere } from '../src/storage/quotes-elsewhere';
import { rng } from '../scripts/rng';
import { seedRecords } from '../scripts/seed-records';

const QUOTES = Number(process.env.BENCH_QUOTES ?? 100_000);
const ARTICLE_QUOTES = 30;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

/** The first QUOTES quotes the generator makes, with their articles. */
function storedLibrary(): { articles: ArticleRecord[]; quotes: AnnotationRecord[] } {
  const articles: ArticleRecord[] = [];
  const quotes: AnnotationRecord[] = [];
  const annotations = Math.ceil(QUOTES / 0.68); // the generator makes 70% quotes
  for (const chunk of seedRecords({ articles: Math.ceil(annotations / 20), annotations, seed: 16 })) {
    for (const a of chunk.annotations) if (a.kind === 'quote' && quotes.length < QUOTES) quotes.push(a);
    const used = new Set(quotes.map((q) => q.articleId));
    articles.push(...chunk.articles.filter((a) => used.has(a.id)));
    if (quotes.length >= QUOTES) break;
  }
  return { articles, quotes };
}

/** Articles of 30 quotes: half stored quotes edited as outlets do, half new. */
function articles(stored: readonly AnnotationRecord[], count: number): string[][] {
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
  return Array.from({ length: count }, () => Array.from({ length: ARTICLE_QUOTES }, (_, k) => (k % 2 === 0 ? edit(pick(stored).text) : fresh())));
}

const WARM_UP = 3;

function indexAlone(quotes: readonly AnnotationRecord[]): void {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = new QuoteMatchIndex();
  for (const a of quotes) index.put({ id: a.id, articleId: a.articleId, text: a.text, speaker: a.speaker });
  const buildMs = performance.now() - t0;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  console.log(`across articles: indexed ${index.size} quotes in ${(buildMs / 1000).toFixed(1)} s; heap +${heapMb.toFixed(0)} MB${globalThis.gc ? '' : ' (run with node --expose-gc for an exact figure)'}`);
  const times: number[] = [];
  let found = 0;
  articles(quotes, ROUNDS + WARM_UP).forEach((article, round) => {
    const t = performance.now();
    let n = 0;
    for (const q of article) n += index.lookup(q, 'https://bench.example/this-article').length;
    if (round < WARM_UP) return; // the JIT warms up
    times.push(performance.now() - t);
    found += n;
  });
  const saved = quotes.slice(0, ARTICLE_QUOTES);
  const ts = performance.now();
  for (let k = 0; k < 20; k++) {
    for (const a of saved) index.remove(a.id);
    for (const a of saved) index.put({ id: a.id, articleId: a.articleId, text: a.text, speaker: a.speaker });
  }
  console.log(
    `across articles (index alone): lookup p50 ${percentile(times, 50).toFixed(1)} ms p95 ${percentile(times, 95).toFixed(1)} ms; ${(found / ROUNDS / ARTICLE_QUOTES).toFixed(1)} matches per quote; a re-saved 30-quote article updates it in ${((performance.now() - ts) / 20).toFixed(2)} ms`,
  );
}

async function throughStorage(library: { articles: ArticleRecord[]; quotes: AnnotationRecord[] }): Promise<void> {
  const lib = new Library(new QuotelightDB('bench-across-articles'));
  await lib.db.delete();
  await lib.db.open();
  let t = performance.now();
  await lib.importRecords({ articles: library.articles, annotations: library.quotes });
  const importS = (performance.now() - t) / 1000;
  t = performance.now();
  await lib.quoteMatches.ready();
  console.log(`across articles: ${library.quotes.length} quotes imported into fake-indexeddb in ${importS.toFixed(1)} s; live index built from the tables in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const times: number[] = [];
  let round = 0;
  for (const article of articles(library.quotes, ROUNDS + WARM_UP)) {
    const t0 = performance.now();
    await quotesElsewhere(
      lib,
      article.map((text, k) => ({ key: String(k), text })),
      'https://bench.example/this-article',
    );
    if (round++ >= WARM_UP) times.push(performance.now() - t0);
  }
  await lib.db.delete();
  console.log(`across articles: lookup p50 ${percentile(times, 50).toFixed(1)} ms p95 ${percentile(times, 95).toFixed(1)} ms at ${library.quotes.length} quotes`);
}

const library = storedLibrary();
indexAlone(library.quotes);
await throughStorage(library);
