// The note step of the long reading session (issue 23), many times over: in one browser, after the
// session of tests/e2e/support/long-session.ts (articles saved, a large page analysed anyway), a
// highlight gets a typed note and #tags and is saved with Ctrl+Enter, RUNS times, on two tabs in turn
// (the unsaved note tab and a saved article's tab, as in the journey of tests/e2e/journey.e2e.ts);
// each run is counted lost unless the library then has exactly that note and those tags.
// With `stop-worker` (Chromium), the background is stopped in each run while the editor is open, as
// Chrome does to an idle service worker: the way the note was lost before the frame's requests were answered.
//   node scripts/build.mjs && npx tsx bench/note-loop.ts [chromium|firefox] [runs=50] [stop-worker]
import { startFixtureServer } from '../scripts/fixture-server';
import { LAUNCHERS, type BrowserName } from '../tests/e2e/support/browsers';
import { ask, serveSessionPages, startLongSession, storedNotes } from '../tests/e2e/support/long-session';
import { selectText } from '../tests/e2e/support/page-probes';
import { FRAME_PATH, textInFrame, triggerHighlightShortcut, waitForFrame } from '../tests/e2e/support/reader-actions';
import { until } from '../tests/e2e/support/wait';

const NAME = (process.argv[2] ?? 'chromium') as BrowserName;
const RUNS = Number(process.argv[3] ?? 50);
const STOP_WORKER = process.argv[4] === 'stop-worker';
/** Sentences of the note tab's article, highlighted in turn (a mark already there is fine: a new one overlaps it). */
const PASSAGES = [
  'Okonkwo said the authority had hired forty extra crew members',
  'a purchase that the city council approved last month',
  'Shipping companies have already begun booking berths',
  'The harbour handles most of the region’s grain exports',
  'Council member Tomasz Wielgus warned that the budget',
];

async function main() {
  if (!(NAME in LAUNCHERS)) throw new Error('browser must be chromium or firefox');
  const server = await startFixtureServer();
  serveSessionPages(server);
  const browser = await LAUNCHERS[NAME]();
  let lost = 0;
  const failures: string[] = [];
  try {
    const s = await startLongSession(browser, server);
    const savedUrl = server.url('article-0.html');
    const onTabs = [
      { page: s.noteTab, url: s.noteUrl, tabId: s.noteTabId },
      { page: s.tabs[0]!, url: savedUrl, tabId: await browser.tabIdOf(savedUrl) },
    ];
    const lostOn = [0, 0];
    for (let i = 0; i < RUNS; i++) {
      const on = onTabs[i % 2]!;
      const passage = PASSAGES[Math.floor(i / 2) % PASSAGES.length]!;
      const note = `Run ${i}: check this.`;
      const t0 = Date.now();
      let why = '';
      try {
        if (!(await on.page.evaluate(selectText, passage))) throw new Error('could not select the passage');
        const reply = await triggerHighlightShortcut(s.ext, on.tabId);
        if ((reply as { ok?: boolean }).ok !== true) throw new Error(`highlight: ${JSON.stringify(reply)}`);
        if ((await waitForFrame(on.page)) === null) throw new Error('the editor did not open');
        await on.page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
        if (STOP_WORKER) {
          if (!browser.stopBackground) throw new Error('this browser cannot stop its background');
          await browser.stopBackground();
          await on.page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
        }
        await on.page.type(note);
        await on.page.press('Tab');
        await on.page.type(`#loop #run${i}`);
        await on.page.press('Control+Enter');
        const open = await until(
          () => textInFrame(on.page, 'editor'),
          (t) => t === null,
          30_000,
        );
        if (open !== null) why = `editor still open: ${open.slice(0, 200)}`;
      } catch (e) {
        why = String(e);
      }
      const stored = (await storedNotes(s.ext, on.url)).find((n) => n.note === note);
      if (!stored || stored.tags.join(' ') !== `loop run${i}`) {
        lost++;
        lostOn[i % 2]!++;
        failures.push(`run ${i}: ${why || 'not stored'} (stored: ${JSON.stringify(stored ?? null)})`);
      }
      console.log(`run ${i} (tab ${i % 2}): ${stored ? 'stored' : 'LOST'} in ${Date.now() - t0} ms${why ? ` — ${why}` : ''}`);
    }
    const large = (await s.ext.evaluate(ask, { type: 'ui/tab-state', tabId: await browser.tabIdOf(server.url('large.html')) })) as { status: string };
    console.log(`large page at the end: ${large.status}; lost on the note tab: ${lostOn[0]}, on the saved tab: ${lostOn[1]}`);
    await s.close();
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of failures) console.log(f);
  console.log(`note loop (${NAME}${STOP_WORKER ? ', worker stopped in each run' : ''}): ${RUNS} runs, ${RUNS - lost} stored, ${lost} lost`);
  if (lost > 0) process.exitCode = 1;
}

await main();
