// Main-thread cost of article extraction in a real browser: on the longest pages of the extraction
// benchmark, Chromium runs what the content script runs on each read — extractArticle() and
// mapArticleToDom() — and this prints the median time per page and the worst page.
//   node scripts/build.mjs is not needed: the extraction is bundled here with esbuild.
//   npx tsx bench/extraction-browser.ts [PAGES=12] [RUNS=5]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from '../scripts/browsers.mjs';
import { articleTextOf, pageIds, readPage } from '../scripts/eval/extraction';

const PAGES = Number(process.argv[2] ?? 12);
const RUNS = Number(process.argv[3] ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs in the page: times each step `runs` times on the live document. */
function timeExtraction(runs: number): { extract: number[]; map: number[]; chars: number } {
  type Api = { extractArticle(d: Document, u: string): { text: string } | null; mapArticleToDom(d: Document, a: unknown): unknown };
  const api = (globalThis as unknown as { qlExtraction: Api }).qlExtraction;
  const extract: number[] = [];
  const map: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const a = api.extractArticle(document, location.href);
    const t1 = performance.now();
    if (a) api.mapArticleToDom(document, a);
    const t2 = performance.now();
    extract.push(t1 - t0);
    map.push(t2 - t1);
    chars = a?.text.length ?? 0;
  }
  return { extract, map, chars };
}

async function main(): Promise<void> {
  const bundle = await build({
    stdin: {
      contents:
        "import { extractArticle } from './src/extraction/extract-article'; import { mapArticleToDom } from './src/extraction/dom-text-map'; (globalThis as any).qlExtraction = { extractArticle, mapArticleToDom };",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const code = bundle.outputFiles[0]!.text;
  // The longest articles (by the text extraction finds), where main-thread time is at its worst.
  const longest = pageIds()
    .map((id) => ({ id, html: readPage(id) }))
    .map((p) => ({ ...p, chars: articleTextOf(p.html).length }))
    .sort((a, b) => b.chars - a.chars)
    .slice(0, PAGES);

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_QUIET_ARGS });
  try {
    const ctx = await browser.newContext();
    let current = '';
    const URL_ = 'http://127.0.0.1:9/page.html';
    // The page as fetched, its scripts held off by CSP; nothing else is fetched.
    await ctx.route('**/*', (route) =>
      route.request().url() === URL_
        ? route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }, body: current })
        : route.abort(),
    );
    const page = await ctx.newPage();
    const rows: { id: string; chars: number; htmlKb: number; extract: number; map: number }[] = [];
    for (const p of longest) {
      current = p.html;
      await page.goto(URL_, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      const t = await page.evaluate(timeExtraction, RUNS + 1);
      // The first run warms the JIT and is left out, as a content script's later reads are warm too.
      rows.push({ id: p.id, chars: t.chars, htmlKb: Math.round(p.html.length / 1024), extract: median(t.extract.slice(1)), map: median(t.map.slice(1)) });
    }
    for (const r of rows) {
      console.log(`${r.id}  html ${String(r.htmlKb).padStart(5)} KB  article ${String(r.chars).padStart(6)} chars  extract ${r.extract.toFixed(1).padStart(6)} ms  map ${r.map.toFixed(1).padStart(5)} ms`);
    }
    const totals = rows.map((r) => r.extract + r.map);
    const worst = rows[totals.indexOf(Math.max(...totals))]!;
    console.log(
      `extraction main thread (extract+map, ${rows.length} longest pages, median of ${RUNS} warm runs each): median ${median(totals).toFixed(1)} ms; worst ${(worst.extract + worst.map).toFixed(1)} ms (${worst.id}, ${worst.htmlKb} KB html)`,
    );
  } finally {
    await browser.close();
  }
}

await main();
