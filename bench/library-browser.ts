// Library page at scale, in a real Chromium with the built extension (a script, not a test):
// seeds 100k annotations over 5k articles through library/import (generated Web Annotation JSON,
// in chunks), then measures the library page's first render and searches, printing medians.
//   node scripts/build.mjs && npx tsx bench/library-browser.ts [articles=5000] [annotations=100000] [runs=5]
import { launchChromium, type TestPage } from '../tests/e2e/support/browsers';
import { seedChunks } from '../scripts/seed-library';

const [ARTICLES = 5000, ANNOTATIONS = 100_000, RUNS = 5] = process.argv.slice(2).map(Number);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

/** Runs in the extension page: one message to the background, timed. */
async function timedAsk(msg: unknown): Promise<{ ms: number; reply: unknown }> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const t0 = performance.now();
  const reply = await (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
  return { ms: performance.now() - t0, reply };
}

/**
 * Runs in an extension page: loads the library page in a fresh iframe and times, from the moment
 * the frame is created, until the first article is in the DOM (a background tab may never run
 * requestAnimationFrame under automation, so paint is not waited for).
 */
async function firstRender(): Promise<{ ms: number; articles: number }> {
  document.querySelector('iframe')?.remove();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1200px;height:900px;border:0';
  const t0 = performance.now();
  frame.src = '/src/library/index.html';
  document.body.append(frame);
  for (;;) {
    const n = frame.contentDocument?.querySelectorAll('[data-testid="article"]').length ?? 0;
    if (n > 0) {
      await new Promise((r) => setTimeout(r, 0));
      return { ms: performance.now() - t0, articles: n };
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Runs in the same page (no named inner functions: tsx would wrap them in a missing __name): submits a search in the framed library page and times until results show. */
async function searchInPage(query: string): Promise<{ ms: number; hits: number }> {
  const doc = document.querySelector('iframe')!.contentDocument!;
  const input = doc.querySelector<HTMLInputElement>('#library-search')!;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  (input.form as HTMLFormElement).requestSubmit();
  while (doc.querySelector('[data-testid="search-results"]')) await new Promise((r) => setTimeout(r, 2));
  const t0 = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  (input.form as HTMLFormElement).requestSubmit();
  for (;;) {
    if (performance.now() - t0 > 60_000) throw new Error(`search "${query}" did not finish: ${(doc.body.textContent ?? '').slice(0, 300)}`);
    const r = doc.querySelector('[data-testid="search-results"]');
    const list = doc.querySelector('[data-testid="article-list"]');
    if (r && r.getAttribute('aria-busy') === 'false' && list?.getAttribute('aria-busy') === 'false') {
      await new Promise((res) => setTimeout(res, 0));
      return { ms: performance.now() - t0, hits: r.querySelectorAll('[data-testid="hit"]').length };
    }
    await new Promise((res) => setTimeout(res, 2));
  }
}

async function seed(page: TestPage): Promise<number> {
  const t0 = Date.now();
  let n = 0;
  for (const json of seedChunks({ articles: ARTICLES, annotations: ANNOTATIONS })) {
    const { reply } = await page.evaluate(timedAsk, { type: 'library/import', json });
    const r = reply as { annotations?: number; error?: string };
    if (r.error) throw new Error(r.error);
    n += r.annotations ?? 0;
  }
  const ms = Date.now() - t0;
  console.log(`seeded ${n.toLocaleString('en')} annotations over ${ARTICLES.toLocaleString('en')} articles in ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

async function main() {
  const browser = await launchChromium();
  try {
    const page = await browser.openExtensionPage('src/library/index.html');
    await page.waitFor('#app');
    await seed(page);
    // An extension page hosts the measured frames: the library's view of a speaker nobody is, which stays idle.
    await page.goto(`${browser.extensionOrigin}/src/library/index.html#speaker=nobody-at-all`);
    await page.waitFor('[data-testid="speaker-view"]');

    const rows: [string, number[]][] = [];
    const time = async (label: string, run: () => Promise<number>) => {
      const xs: number[] = [];
      process.stdout.write(`${label}…\n`);
      await run(); // warm-up, not counted
      for (let i = 0; i < RUNS; i++) xs.push(await run());
      rows.push([label, xs]);
    };

    await time('library/list {} (all articles, message only)', async () => (await page.evaluate(timedAsk, { type: 'library/list', options: {} })).ms);
    await time('library/list {limit: 101} (message only)', async () => (await page.evaluate(timedAsk, { type: 'library/list', options: { limit: 101 } })).ms);
    await time('first render of the library page (100 articles shown)', async () => (await page.evaluate(firstRender, null)).ms);
    for (const q of ['sanctions', 'okafor', 'harbour strike']) {
      await time(`library/search "${q}" (message only, cold: cache evicted first)`, async () => {
        // The background reuses the last search until a write; another query evicts it.
        await page.evaluate(timedAsk, { type: 'library/search', query: 'zz-evict' });
        return (await page.evaluate(timedAsk, { type: 'library/search', query: q })).ms;
      });
    }
    await page.evaluate(firstRender, null);
    // Let the filter facets (sampled after first render) finish loading before timing searches.
    await new Promise((r) => setTimeout(r, 1500));
    for (const q of ['sanctions', 'okafor', 'harbour strike']) {
      let hits = 0;
      await time(`search "${q}" in the page (hits + matching articles shown)`, async () => {
        await page.evaluate(timedAsk, { type: 'library/search', query: 'zz-evict' });
        const r = await page.evaluate(searchInPage, q);
        hits = r.hits;
        return r.ms;
      });
      rows[rows.length - 1]![0] += ` [${hits} hits]`;
    }
    await time('library/quotes-by-speaker "Anna Okafor" (message only)', async () => (await page.evaluate(timedAsk, { type: 'library/quotes-by-speaker', name: 'Anna Okafor' })).ms);

    console.log(`\nmedians of ${RUNS} runs (after one warm-up), Chromium, ${ANNOTATIONS.toLocaleString('en')} annotations / ${ARTICLES.toLocaleString('en')} articles`);
    for (const [label, xs] of rows) console.log(`${fmt(median(xs))}  ${label}   (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`);
  } finally {
    await browser.close();
  }
}

await main();
