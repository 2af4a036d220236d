// Main-thread cost of article extraction in a real browser, on the longest pages of the extraction
// benchmark. On each read the content script takes a snapshot of the page (takeSnapshot: the
// serialised HTML, then the message's own serialisation), the extension's worker extracts the
// article from it (extractSnapshot, off the page's thread), and the content script maps the article
// back onto the live DOM (mapArticleToDom). Chromium runs each step on the page; the main thread's
// share is snapshot + send + map. For comparison it also times the old in-page path, Readability on
// a clone of the live document (extractArticle + map), all of it on the main thread.
//   node scripts/build.mjs is not needed: the extraction is bundled here with esbuild.
//   npx tsx bench/extraction-browser.ts [PAGES=12] [RUNS=5]
import { bundleForPage, median, onEachPage } from './extraction-pages';
import { articleTextOf, pageIds, readPage } from '../scripts/eval/extraction';

const PAGES = Number(process.argv[2] ?? 12);
const RUNS = Number(process.argv[3] ?? 5);

interface Times {
  snapshot: number[];
  map: number[];
  worker: number[];
  inPage: number[];
  chars: number;
}

/** Runs in the page: times each step `runs` times on the live document. */
function timeExtraction(runs: number): Times {
  type Article = { text: string };
  type Api = {
    takeSnapshot(d: Document): { html: string; url: string; force: boolean };
    extractSnapshot(s: { html: string; url: string; force: boolean }): { article: Article | null };
    extractArticle(d: Document, u: string): Article | null;
    mapArticleToDom(d: Document, a: unknown): unknown;
  };
  const api = (globalThis as unknown as { qlExtraction: Api }).qlExtraction;
  const t: Times = { snapshot: [], map: [], worker: [], inPage: [], chars: 0 };
  // Each step on its own, so one step's garbage is not collected on another's clock.
  let snap = api.takeSnapshot(document);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    snap = api.takeSnapshot(document);
    // runtime.sendMessage serialises the message on the sending thread: count it.
    JSON.stringify({ type: 'page/extract', html: snap.html, force: true });
    t.snapshot.push(performance.now() - t0);
  }
  let article: Article | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    article = api.extractSnapshot({ ...snap, force: true }).article;
    t.worker.push(performance.now() - t0);
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (article) api.mapArticleToDom(document, article);
    t.map.push(performance.now() - t0);
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const old = api.extractArticle(document, location.href);
    if (old) api.mapArticleToDom(document, old);
    t.inPage.push(performance.now() - t0);
  }
  t.chars = article?.text.length ?? 0;
  return t;
}

async function main(): Promise<void> {
  const code = await bundleForPage(
    "import { extractArticle } from './src/extraction/extract-article'; import { mapArticleToDom } from './src/extraction/dom-text-map'; import { takeSnapshot } from './src/extraction/page-snapshot'; import { extractSnapshot } from './src/extraction/snapshot-extraction'; (globalThis as any).qlExtraction = { extractArticle, mapArticleToDom, extractSnapshot, takeSnapshot };",
  );
  // The longest articles (by the text extraction finds), where main-thread time is at its worst.
  const longest = pageIds()
    .map((id) => ({ id, html: readPage(id) }))
    .map((p) => ({ ...p, chars: articleTextOf(p.html).length }))
    .sort((a, b) => b.chars - a.chars)
    .slice(0, PAGES);

  const rows: { id: string; chars: number; htmlKb: number; main: number; cold: number; snap: number; map: number; worker: number; inPage: number; inPageCold: number }[] = [];
  await onEachPage(longest, code, async (page, p) => {
    const t = await page.evaluate(timeExtraction, RUNS + 1);
    const main = t.snapshot.map((x, i) => x + t.map[i]!);
    // The first run is cold (as a content script's first read of a page is); the median of the
    // others is warm (as its later reads, after the page changed, are).
    rows.push({
      id: p.id,
      chars: t.chars,
      htmlKb: Math.round(p.html.length / 1024),
      main: median(main.slice(1)),
      snap: median(t.snapshot.slice(1)),
      map: median(t.map.slice(1)),
      cold: main[0]!,
      worker: median(t.worker.slice(1)),
      inPage: median(t.inPage.slice(1)),
      inPageCold: t.inPage[0]!,
    });
  });
  {
    const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
    for (const r of rows) {
      console.log(
        `${r.id}  html ${String(r.htmlKb).padStart(5)} KB  article ${String(r.chars).padStart(6)} chars  main thread ${ms(r.main)} (snapshot ${ms(r.snap)} map ${ms(r.map)}; cold ${ms(r.cold)})  worker ${ms(r.worker)}  | in-page Readability ${ms(r.inPage)} (cold ${ms(r.inPageCold)})`,
      );
    }
    const summary = (label: string, warm: number[], cold: number[]) => {
      const worst = Math.max(...warm);
      const at = rows[warm.indexOf(worst)]!;
      console.log(`${label}: median ${median(warm).toFixed(1)} ms; worst ${worst.toFixed(1)} ms (${at.id}, ${at.htmlKb} KB html); cold median ${median(cold).toFixed(1)} ms, worst ${Math.max(...cold).toFixed(1)} ms`);
    };
    console.log(`(${rows.length} longest pages, median of ${RUNS} warm runs each; cold = the first run)`);
    summary('before: extraction in the page (extract+map)', rows.map((r) => r.inPage), rows.map((r) => r.inPageCold));
    console.log(`worker, off the main thread (extract from snapshot): median ${median(rows.map((r) => r.worker)).toFixed(1)} ms; worst ${Math.max(...rows.map((r) => r.worker)).toFixed(1)} ms`);
    summary('extraction main thread (snapshot+send+map)', rows.map((r) => r.main), rows.map((r) => r.cold));
  }
}

await main();
