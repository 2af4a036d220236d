// Saved copies: the cost of comparing a 5,000-word article with its saved version, as the background
// does on each visit, and the size of a library of 5,000 saved articles.
//   1. compare: articles of PolNeAR's train split (real news text, ../shared/eval/polnear-train) joined
//      into one of 5,000 words and analysed; each round compares the saved version with a revisit that
//      is unchanged, and with one edited (a word of a quote changed, a paragraph removed, a sentence
//      added), both as fresh objects (the background decodes the saved one each time; decoding is timed too);
//   2. size: 5,000 articles kept through SavedCopies.record on fake-indexeddb, each a real article of
//      that split (100 analysed, cycled, each made distinct), compressed as in the extension (gzip).
//   npx tsx bench/saved-copy.ts        (npm run bench runs it)
// The last line is machine-read: "saved copy: compare p50 N ms p95 M ms; library of 5000 articles S MB".
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze';
import type { ArticleText, TextBlock } from '../src/analysis/types';
import { type ArticleVersion, compareVersions, decodeVersion, encodeVersion, versionOf } from '../src/saved-copy';
import { QuotelightDB } from '../src/storage/db';
import { SavedCopies } from '../src/storage/saved-copies';

const DIR = new URL('../../shared/eval/polnear-train/', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const LIBRARY = Number(process.env.BENCH_ARTICLES ?? 5000);
const SAMPLE = 100;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

function articleOf(title: string, paragraphs: string[]): ArticleText {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return { title, text, blocks, lang: 'en' };
}

const META = { title: '', byline: null, published: null, lang: 'en' };
const paragraphsOf = (file: string) =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { text: string }).text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.attr.json'))
  .sort();

// 1. One 5,000-word article, and its revisits.
const paras: string[] = [];
for (const f of files) {
  if (paras.join(' ').split(/\s+/).length >= 5000) break;
  paras.push(...paragraphsOf(f));
}
const long = articleOf('A long article', paras);
const words = long.text.split(/\s+/).length;
const saved = versionOf(long, META, analyze(long));
const quoted = saved.quotes.find((q) => long.text.slice(q.start, q.end).split(/\s+/).length >= 8)!;
const quoteText = long.text.slice(quoted.start, quoted.end);
const editedParas = paras.map((p) => (p.includes(quoteText) ? p.replace(quoteText, quoteText.replace(/\s(\S+)\s/, ' purportedly ')) : p));
editedParas.splice(Math.floor(paras.length / 3), 1);
editedParas[Math.floor(paras.length / 2)] += ' The council said a review of the decision would follow next month.';
const editedArticle = articleOf('A long article', editedParas);
const edited = versionOf(editedArticle, META, analyze(editedArticle));
const stored = await encodeVersion(saved);
const times: number[] = [];
const decodeTimes: number[] = [];
const kinds: Record<string, number[]> = { unchanged: [], edited: [] };
let found = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const [kind, current] of [
    ['unchanged', structuredClone(saved)],
    ['edited', structuredClone(edited)],
  ] as const) {
    const t = performance.now();
    const last: ArticleVersion = await decodeVersion(stored);
    const decoded = performance.now();
    const change = compareVersions(last, current);
    times.push(performance.now() - t);
    decodeTimes.push(decoded - t);
    kinds[kind]!.push(performance.now() - decoded);
    if (change.changed && change.quotes.some((q) => q.text === quoteText)) found++;
  }
}
const p50 = (xs: number[]) => percentile(xs, 50).toFixed(1);
console.log(`compare: decode p50 ${p50(decodeTimes)} ms; comparison alone p50 ${p50(kinds.unchanged!)} ms unchanged, ${p50(kinds.edited!)} ms edited`);
console.log(`compare: ${words} words, ${saved.quotes.length} quotes; ${times.length} comparisons (half unchanged, half edited; edited quote flagged in ${found}/${ROUNDS})`);

// 2. A library of 5,000 saved articles.
const sample: ArticleVersion[] = [];
for (const f of files.slice(0, SAMPLE)) {
  const a = articleOf(f.replace(/\.attr\.json$/, '').replace(/[-_]/g, ' '), paragraphsOf(f));
  sample.push(versionOf(a, META, analyze(a)));
}
const db = new QuotelightDB(`bench-saved-copy-${Date.now()}`);
const copies = new SavedCopies(db);
const t0 = performance.now();
for (let i = 0; i < LIBRARY; i++) {
  const v = sample[i % SAMPLE]!;
  await copies.record(`https://news.example/${i}`, { ...v, title: `${v.title} ${i}` });
}
const usage = await copies.usage();
const mb = usage.bytes / 1024 / 1024;
const raw = sample.reduce((s, v) => s + new TextEncoder().encode(JSON.stringify(v)).length, 0) / SAMPLE;
console.log(
  `library: ${usage.articles} articles kept in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${(usage.bytes / usage.articles / 1024).toFixed(1)} KB an article compressed (JSON ${(raw / 1024).toFixed(1)} KB)`,
);
console.log(`saved copy: compare p50 ${percentile(times, 50).toFixed(1)} ms p95 ${percentile(times, 95).toFixed(1)} ms; library of ${LIBRARY} articles ${mb.toFixed(1)} MB`);
