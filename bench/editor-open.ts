// How long the note editor takes to open on a selection, now that it lives in the extension's frame:
// from the reader's real click on the Highlight button (a trusted mousedown, timed by the page) to the
// editor shown in the frame (timed inside the frame when its editor is rendered and the frame is laid
// out). Both clocks are performance.timeOrigin + now(): wall-clock milliseconds.
// Run: node scripts/build.mjs && npx tsx bench/editor-open.ts [chromium|firefox]. Prints medians; not a test.
import { startFixtureServer } from '../scripts/fixture-server';
import { LAUNCHERS, type BrowserName, type TestPage } from '../tests/e2e/support/browsers';
import { articleHtml, page as pageHtml } from '../tests/e2e/support/article-html';
import { FRAME_PATH, waitForQuotes } from '../tests/e2e/support/reader-actions';
import { until } from '../tests/e2e/support/wait';

const RUNS = 12;
// Distinct passages (one highlight each), in the made-up article of the e2e tests.
const PASSAGES = [
  'harbour open through the winter',
  'the port authority director',
  'hired forty extra crew members',
  'ordered two new icebreakers',
  'the city council approved last month',
  'the budget could not absorb another overrun',
  'promised savings before',
  'most of the region’s grain exports',
  'nowhere to sell their harvest',
  'lobbied for the icebreakers for years',
  'the ice closed everything for six weeks',
  'begun booking berths for the cold months',
];

// Functions are sent as source text: tsx's keepNames helper does not exist in the page.
const ev = <R>(p: TestPage, src: string) => p.evaluate(src as unknown as () => R, null);
const evFrame = <R>(p: TestPage, src: string) => p.inFrame(FRAME_PATH, src as unknown as () => R, null);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const name = (process.argv[2] ?? 'chromium') as BrowserName;
const server = await startFixtureServer();
server.page('bench.html', pageHtml(`<article>${articleHtml()}</article>`));
const browser = await LAUNCHERS[name]();
try {
  const page = await browser.newPage();
  await page.goto(server.url('bench.html'));
  await waitForQuotes(page);
  await ev(page, `window.addEventListener('mousedown', (e) => { if (e.isTrusted) window.__down = performance.timeOrigin + performance.now(); }, true)`);
  const times: number[] = [];
  for (const [i, passage] of PASSAGES.slice(0, RUNS).entries()) {
    const at = await ev<{ x: number; y: number } | null>(
      page,
      `(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(${JSON.stringify(passage)});
          if (i < 0) continue;
          n.parentElement.scrollIntoView({ block: 'center' });
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + ${passage.length - 1});
          getSelection().removeAllRanges();
          getSelection().addRange(r);
          const rects = r.getClientRects();
          const last = rects[rects.length - 1];
          return { x: Math.max(4, last.left) + 20, y: last.bottom + 6 + 12 };
        }
        return null;
      })()`,
    );
    if (!at) throw new Error(`passage not found: ${passage}`);
    // The reader's own key ends the selection (its last character): Quotelight answers no script's selection.
    await page.press('Shift+ArrowRight');
    await until(
      () => ev<string | undefined>(page, `document.elementFromPoint(${at.x}, ${at.y})?.tagName`),
      (t) => t === 'QUOTELIGHT-OVERLAY',
    );
    await new Promise((r) => setTimeout(r, 300)); // a reader's hand moving to the button
    if (i > 0) {
      await evFrame(
        page,
        `(() => {
          window.__shown = 0;
          const check = () => {
            if (!window.__shown && document.querySelector('[data-ql="editor"]') && document.documentElement.clientHeight > 0) window.__shown = performance.timeOrigin + performance.now();
          };
          new MutationObserver(check).observe(document.body, { subtree: true, childList: true });
          new ResizeObserver(check).observe(document.documentElement);
        })()`,
      );
    }
    await page.clickAt(at.x, at.y);
    if (i === 0) {
      // The first run builds the frame; time the rest, with the frame as a reader would find it.
      await until(() => evFrame<boolean>(page, `!!document.querySelector('[data-ql="editor"]')`), (v) => v === true);
    } else {
      const shown = await until(() => evFrame<number>(page, 'window.__shown'), (v) => !!v);
      const down = await ev<number>(page, 'window.__down');
      times.push(shown! - down);
    }
    await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
    await page.press('Escape');
    await until(() => evFrame<boolean>(page, `!!document.querySelector('[data-ql="editor"]')`), (v) => v === false);
  }
  console.log(`${name}: editor open after a click on Highlight, ${times.length} runs: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`);
} finally {
  await browser.close();
  await server.close();
}
