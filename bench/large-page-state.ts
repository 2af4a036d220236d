// How soon a reader learns that a page is too large to analyse by itself: a 1.4 MB listing page
// (16,000 paragraphs) is loaded in each browser; the time from its load event to the background's tab
// state "not an article (too large)" is printed, median and worst of RUNS loads. Target: under 2 s.
//   node scripts/build.mjs && npx tsx bench/large-page-state.ts [chromium|firefox] [runs]
import { startFixtureServer } from '../scripts/fixture-server';
import { page as pageHtml } from '../tests/e2e/support/article-html';
import { type BrowserName, LAUNCHERS } from '../tests/e2e/support/browsers';

const names = (process.argv[2] ? [process.argv[2]] : ['chromium', 'firefox']) as BrowserName[];
const RUNS = Number(process.argv[3] ?? 5);
const huge = Array.from({ length: 16_000 }, (_, i) => `<p>Paragraph ${i} of a very long listing page with nothing anyone said in it at all, only words.</p>`).join('');

/** Runs in an extension page: the background's state of the tab showing `url`, status and reason only. */
async function stateOf(url: string): Promise<string> {
  type Api = {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage(m: unknown): Promise<{ status: string; report?: { reason?: string } | null }> };
  };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  const tabId = (await api.tabs.query({})).find((t) => t.url === url)?.id;
  if (tabId === undefined) return 'no tab';
  const s = await api.runtime.sendMessage({ type: 'ui/tab-state', tabId });
  return `${s.status}${s.report?.reason ? `:${s.report.reason}` : ''}`;
}

const server = await startFixtureServer();
server.page('huge.html', pageHtml(`<article>${huge}</article>`));
try {
  for (const name of names) {
    const browser = await LAUNCHERS[name]();
    try {
      const ext = await browser.openExtensionPage('src/library/index.html');
      await ext.waitFor('#app');
      const ms: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const url = server.url(`huge.html?run=${run}`);
        const page = await browser.newPage();
        await page.goto(url);
        const loaded = Date.now();
        // The already open extension page asks: opening another one would be timed too. Like the popup,
        // it asks again while the content script has not started (it starts once the loaded page is idle).
        let state = '';
        while (Date.now() - loaded < 60_000) {
          state = await ext.evaluate(stateOf, url);
          if (!['analysing', 'no tab', 'no-content-script'].includes(state)) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        ms.push(Date.now() - loaded);
        if (state !== 'not-article:too-large') console.log(`${name}: run ${run} ended as ${state}`);
        await page.close();
      }
      ms.sort((a, b) => a - b);
      console.log(`large page state (${name}): load → "very large" median ${ms[Math.floor(ms.length / 2)]} ms, worst ${ms.at(-1)} ms over ${RUNS} loads`);
      await ext.close();
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
