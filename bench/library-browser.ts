// Library page at scale, in a real Chromium with the built extension (a script, not a test):
// seeds 100k annotations over 5k articles through library/import (generated Web Annotation JSON,
// in chunks) plus the planted items of the ranking targets, then measures what the reader waits
// for: first render, each keystroke until its results are painted, a write until it is findable,
// the index build at background start, and whether the 20 ranking queries put their item in the top 3.
//   node scripts/build.mjs && npx tsx bench/library-browser.ts [articles=5000] [annotations=100000] [runs=3]
// The last line is the one to compare from run to run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { toAnnotationCollection } from '../src/export/web-annotation';
import { NOBODY } from '../src/shared/speaker-value';
import { seedChunks } from '../scripts/seed-library';
import { DIST, launchChromium, type TestPage } from '../tests/e2e/support/browsers';
import { plantedRecords, plantId, RANKING_QUERIES } from '../tests/fixtures/search-ranking';

const [ARTICLES = 5000, ANNOTATIONS = 100_000, RUNS = 3] = process.argv.slice(2).map(Number);

/** The keystroke list: the 20 ranking queries (typos, phrases, filters) and plain words typed as readers do. */
const KEYSTROKE_QUERIES = [...RANKING_QUERIES.map((q) => q.query), 'sanc', 'sanctions', 'harbour strike', 'okafor', 'grain export tariff'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const median = (xs: number[]) => pct(xs, 50);
const ms = (x: number) => `${x.toFixed(0)} ms`;

type Bench = {
  timedAsk(msg: unknown): Promise<{ ms: number; reply: unknown }>;
  firstRender(): Promise<number>;
  keystroke(q: string): Promise<{ ms: number; ids: string[] }>;
  writeFindable(arg: { json: string; word: string }): Promise<number>;
  indexBuild(): Promise<{ ms: number; heapMB: number; annotations: number }>;
  indexSnapshot(): Promise<{ waitedMs: number; mb: number; loadMs: number; heapMB: number }>;
};
type Fn = keyof Bench;

/** The page half, bundled into the built extension for the run: extension pages only run their own files. */
const BENCH_SCRIPT = 'bench-library.page.js';

async function loadBench(page: TestPage): Promise<void> {
  await page.evaluate(
    (src: string) =>
      new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = () => reject(new Error(`${src} did not load`));
        document.head.append(s);
      }),
    `/${BENCH_SCRIPT}`,
  );
}

const call = <K extends Fn>(page: TestPage, fn: K, arg?: Parameters<Bench[K]>[0]) =>
  page.evaluate(
    ([name, a]) => (globalThis as unknown as { bench: Record<string, (x: unknown) => unknown> }).bench[name]!(a),
    [fn, arg] as const,
  ) as Promise<Awaited<ReturnType<Bench[K]>>>;

function newHighlightJson(i: number, word: string): string {
  const { articles, annotations } = plantedRecords();
  const article = { ...articles[0]!, id: `https://write.example/${i}`, urls: [`https://write.example/${i}`] };
  const text = `a fresh highlight about ${word}`;
  const annotation = {
    ...annotations[0]!,
    id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    articleId: article.id,
    kind: 'highlight' as const,
    text,
    speaker: NOBODY,
    selectors: { ...annotations[0]!.selectors, quote: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' } },
  };
  return JSON.stringify(toAnnotationCollection([article], [annotation], { id: `urn:write:${i}`, pageId: `urn:write:${i}:1`, generatedAt: Date.now() }));
}

async function main() {
  const scriptPath = join(DIST.chromium, BENCH_SCRIPT);
  await build({
    entryPoints: [new URL('./library-browser.page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    outfile: scriptPath,
    target: 'es2022',
    logLevel: 'error',
  });
  const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  try {
    const page = await browser.openExtensionPage('src/library/index.html');
    await page.waitFor('#app');
    await loadBench(page);
    const t0 = Date.now();
    let n = 0;
    for (const json of seedChunks({ articles: ARTICLES, annotations: ANNOTATIONS })) {
      n += ((await call(page, 'timedAsk', { type: 'library/import', json })).reply as { annotations: number }).annotations;
    }
    const planted = plantedRecords();
    await call(page, 'timedAsk', { type: 'library/import', json: JSON.stringify(toAnnotationCollection(planted.articles, planted.annotations, { id: 'urn:planted', pageId: 'urn:planted:1', generatedAt: t0 })) });
    console.log(`seeded ${n.toLocaleString('en')} annotations over ${ARTICLES.toLocaleString('en')} articles (+${planted.annotations.length} planted) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The background stores the index once writes pause; a stopped background loads it again.
    const snap = await call(page, 'indexSnapshot');
    // The index is loaded when the background starts serving the library; time the first search after a stop.
    const cold: number[] = [];
    if (browser.stopBackground) {
      for (let i = 0; i < RUNS; i++) {
        await browser.stopBackground();
        cold.push((await call(page, 'timedAsk', { type: 'library/search', query: 'sanctions', limit: 51 })).ms);
      }
    }
    const built = await call(page, 'indexBuild');

    const messageOnly: number[] = [];
    for (const q of KEYSTROKE_QUERIES) {
      await call(page, 'timedAsk', { type: 'library/search', query: q, limit: 51 });
      messageOnly.push((await call(page, 'timedAsk', { type: 'library/search', query: q, limit: 51 })).ms);
    }

    // Each load of the library page is timed from its navigation's start by its own clock.
    const renders: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await page.goto(`${browser.extensionOrigin}/src/library/index.html?load=${i}`);
      await loadBench(page);
      renders.push(await call(page, 'firstRender'));
    }
    renders.shift(); // warm-up

    await call(page, 'keystroke', 'warm up');
    const keys: number[] = [];
    const perQuery = new Map<string, number[]>(KEYSTROKE_QUERIES.map((q) => [q, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const q of KEYSTROKE_QUERIES) {
        const t = (await call(page, 'keystroke', q)).ms;
        keys.push(t);
        perQuery.get(q)!.push(t);
      }
    }

    let top3 = 0;
    const misses: string[] = [];
    for (const { query, expect } of RANKING_QUERIES) {
      const { ids } = await call(page, 'keystroke', query);
      if (ids.slice(0, 3).includes(plantId(expect))) top3++;
      else misses.push(query);
    }

    const writes: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const word = `zeppelin${String.fromCharCode(97 + i)}${Date.now() % 1000}`;
      writes.push(await call(page, 'writeFindable', { json: newHighlightJson(i + 1, word), word }));
    }
    writes.shift(); // warm-up

    console.log(`\nChromium, ${ANNOTATIONS.toLocaleString('en')} annotations / ${ARTICLES.toLocaleString('en')} articles; medians (p95 where given)`);
    console.log(`first render of the library page (articles painted): ${ms(median(renders))}   (min ${ms(Math.min(...renders))}, max ${ms(Math.max(...renders))})`);
    console.log(`keystroke → results painted, ${keys.length} keystrokes over ${KEYSTROKE_QUERIES.length} queries: p50 ${ms(median(keys))}, p95 ${ms(pct(keys, 95))}, max ${ms(Math.max(...keys))}`);
    const slowest = [...perQuery].map(([q, ts]) => ({ q, worst: Math.max(...ts), mid: median(ts), msg: messageOnly[KEYSTROKE_QUERIES.indexOf(q)]! }));
    slowest.sort((a, b) => b.worst - a.worst);
    console.log(`slowest keystrokes (worst of ${RUNS} / median; the message alone): ${slowest.slice(0, 8).map((s) => `${s.q} ${s.worst.toFixed(0)}/${s.mid.toFixed(0)} (${s.msg.toFixed(0)})`).join('; ')}`);
    console.log(`library/search as a message (51 hits), same queries: p50 ${ms(median(messageOnly))}, p95 ${ms(pct(messageOnly, 95))}`);
    console.log(`write → findable (import of one new highlight, then search): ${ms(median(writes))}   (${writes.map((w) => w.toFixed(0)).join(', ')})`);
    console.log(`index: persisted; snapshot stored ${ms(snap.waitedMs)} after the seeding ended, ${snap.mb.toFixed(1)} MB, loads in ${ms(snap.loadMs)} (in a page, heap ${snap.heapMB.toFixed(0)} MB)`);
    console.log(`first search after the background stopped (snapshot loaded, log replayed): ${cold.length ? ms(median(cold)) : 'n/a'}   (${cold.map((c) => c.toFixed(0)).join(', ')})`);
    console.log(`index build from the stored library (in a page): ${ms(built.ms)} for ${built.annotations.toLocaleString('en')} annotations; index memory ${built.heapMB.toFixed(0)} MB`);
    console.log(`ranking: expected item in the top 3 for ${top3}/20 queries${misses.length ? ` (missed: ${misses.join(' | ')})` : ''}`);
    console.log(
      `library: keystroke p50 ${median(keys).toFixed(0)} ms p95 ${pct(keys, 95).toFixed(0)} ms; write→findable ${median(writes).toFixed(0)} ms; first render ${median(renders).toFixed(0)} ms; expected in top 3 ${top3}/20`,
    );
  } finally {
    await browser.close();
    rmSync(scriptPath, { force: true });
  }
}

await main();
