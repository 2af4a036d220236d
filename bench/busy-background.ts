// Does a worst-case page being analysed hold up the library? In a real Chromium with the built
// extension: times a save (ui/update-annotation) and a search (library/search) from the library
// page, first with nothing to analyse, then while a worst-case page is being analysed:
//   attributions  “a,” he said. repeated: every quotation is shown, so the analysis sent on is at its cap;
//   tiny          “a” repeated: the longest analysis per character, though none of it is shown.
//   node scripts/build.mjs && npx tsx bench/busy-background.ts [chars=60000] [rounds=15] [attributions|tiny]
// QL_DIST_CHROMIUM=/path/to/dist/chrome measures another build (e.g. the one before a change).
import { seedChunks } from '../scripts/seed-library';
import { startFixtureServer } from '../scripts/fixture-server';
import { launchChromium, type TestPage } from '../tests/e2e/support/browsers';

const [CHARS = 60_000, ROUNDS = 15] = process.argv.slice(2, 4).map(Number);
const SHAPES = { attributions: '“a,” he said. ', tiny: '“a” ' } as const;
const SHAPE = (process.argv[4] ?? 'attributions') as keyof typeof SHAPES;
if (!(SHAPE in SHAPES)) throw new Error(`shape must be one of ${Object.keys(SHAPES).join(', ')}`);
const UNIT = SHAPES[SHAPE];

/** Runs in the extension page: one message to the background, timed. */
async function timedAsk(msg: unknown): Promise<{ ms: number; reply: unknown }> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const t0 = performance.now();
  const reply = await (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
  return { ms: performance.now() - t0, reply };
}

/** Runs in the extension page: the tab's status only. Handing the harness the whole analysis would
 * hold the library page's thread while the harness serialises it, and the saves timed beside it with it. */
async function tabStatus(tabId: number): Promise<string> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<{ status: string }> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (await (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'ui/tab-state', tabId })).status;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

type Rounds = { save: number[]; search: number[] };

/** One save and one search from the library page, timed. */
async function round(lib: TestPage, id: string, note: string, into: Rounds): Promise<void> {
  // A write makes the next search a fresh one (the background caches a search until the next write).
  into.save.push((await lib.evaluate(timedAsk, { type: 'ui/update-annotation', id, patch: { note } })).ms);
  into.search.push((await lib.evaluate(timedAsk, { type: 'library/search', query: 'sanctions' })).ms);
  if (process.env.QL_TRACE) console.log(note, into.save.at(-1)!.toFixed(0), into.search.at(-1)!.toFixed(0));
  await new Promise((r) => setTimeout(r, 100));
}

async function rounds(lib: TestPage, id: string, label: string): Promise<Rounds> {
  const out: Rounds = { save: [], search: [] };
  for (let i = 0; i < ROUNDS; i++) await round(lib, id, `${label} ${i}`, out);
  return out;
}

const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;

async function main() {
  const server = await startFixtureServer();
  server.page('blank.html', '<!doctype html><html lang="en"><head><title>Blank</title></head><body></body></html>');
  server.page('worst.html', `<!doctype html><html lang="en"><head><title>Worst case</title></head><body><article><h1>Worst case</h1><p>${UNIT.repeat(Math.ceil(CHARS / UNIT.length))}</p></article></body></html>`);
  const browser = await launchChromium();
  try {
    const lib = await browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('#app');
    for (const json of seedChunks({ articles: 20, annotations: 400 })) {
      const { reply } = await lib.evaluate(timedAsk, { type: 'library/import', json });
      if ((reply as { error?: string }).error) throw new Error((reply as { error: string }).error);
    }
    const hits = (await lib.evaluate(timedAsk, { type: 'library/search', query: 'sanctions' })).reply as { annotation: { id: string } }[];
    const id = hits[0]?.annotation.id;
    if (!id) throw new Error('seeded library has no match for "sanctions"');

    await rounds(lib, id, 'warm-up');
    const idle = await rounds(lib, id, 'idle');

    // The rounds start as soon as the page's tab exists, so they overlap its extraction and
    // analysis; each is counted as "during" while the tab still reads as being analysed.
    // The tab is known before the worst page loads in it, so no lookup delays the first round.
    const page = await browser.newPage();
    await page.goto(server.url('blank.html'));
    const tabId = await browser.tabIdOf(server.url('blank.html'));
    const t0 = Date.now();
    void page.goto(server.url('worst.html')).catch(() => undefined);
    const during: Rounds = { save: [], search: [] };
    const after: Rounds = { save: [], search: [] };
    let readyAt: number | null = null;
    let status = 'loading';
    // The tab's state is polled beside the rounds, never between them: a slow answer (the page
    // loading, or the whole analysis coming back once it is ready) must not hide a slow save.
    const poll = (async () => {
      while (readyAt === null && Date.now() - t0 < 180_000) {
        status = await lib.evaluate(tabStatus, tabId);
        // Before its content script answers, the tab reads as the blank page's or as having none.
        if (status !== 'analysing' && status !== 'no-content-script' && Date.now() - t0 > 300) readyAt = Date.now() - t0;
        else await new Promise((r) => setTimeout(r, 200));
      }
    })();
    for (let i = 0; i < 400 && (readyAt === null || after.save.length < ROUNDS); i++) {
      const duringAnalysis = readyAt === null;
      await round(lib, id, `busy ${i} ${status} at ${((Date.now() - t0) / 1000).toFixed(1)} s`, duringAnalysis ? during : after);
    }
    await poll;
    console.log(`worst case: ${UNIT.trim()} × ${Math.ceil(CHARS / UNIT.length).toLocaleString('en')} (${CHARS.toLocaleString('en')} characters, one paragraph)`);
    console.log(`  idle             save ${fmt(idle.save)}; search ${fmt(idle.search)}   (${ROUNDS} rounds)`);
    if (during.save.length) console.log(`  during analysis  save ${fmt(during.save)}; search ${fmt(during.search)}   (${during.save.length} rounds)`);
    console.log(`  the page was ${readyAt === null ? 'still being analysed after the last round' : `analysed ${(readyAt / 1000).toFixed(1)} s after it opened (status ${status})`}`);
    console.log(`  after it         save ${fmt(after.save)}; search ${fmt(after.search)}   (${after.save.length} rounds, while its marks are painted)`);
    const extra = (xs: Rounds) =>
      `save +${(median(xs.save) - median(idle.save)).toFixed(0)} ms (worst +${(Math.max(...xs.save) - median(idle.save)).toFixed(0)}), search +${(median(xs.search) - median(idle.search)).toFixed(0)} ms (worst +${(Math.max(...xs.search) - median(idle.search)).toFixed(0)})`;
    if (during.save.length) console.log(`  extra during analysis: ${extra(during)}`);
    console.log(`  extra after it: ${extra(after)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
