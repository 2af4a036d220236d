// Does a worst-case page being analysed hold up the library? In a real Chromium with the built
// extension: times a save (ui/update-annotation) and a search (library/search) from the library
// page, first with nothing to analyse, then while a page of tiny quotes is being analysed.
//   node scripts/build.mjs && npx tsx bench/busy-background.ts [chars=60000] [rounds=15]
// QL_DIST_CHROMIUM=/path/to/dist/chrome measures another build (e.g. the one before a change).
import { seedChunks } from '../scripts/seed-library';
import { startFixtureServer } from '../scripts/fixture-server';
import { launchChromium, type TestPage } from '../tests/e2e/support/browsers';

const [CHARS = 60_000, ROUNDS = 15] = process.argv.slice(2).map(Number);

/** Runs in the extension page: one message to the background, timed. */
async function timedAsk(msg: unknown): Promise<{ ms: number; reply: unknown }> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const t0 = performance.now();
  const reply = await (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
  return { ms: performance.now() - t0, reply };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function rounds(lib: TestPage, id: string, label: string): Promise<{ save: number[]; search: number[] }> {
  const save: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // A write makes the next search a fresh one (the background caches a search until the next write).
    save.push((await lib.evaluate(timedAsk, { type: 'ui/update-annotation', id, patch: { note: `${label} ${i}` } })).ms);
    search.push((await lib.evaluate(timedAsk, { type: 'library/search', query: 'sanctions' })).ms);
    await new Promise((r) => setTimeout(r, 150));
  }
  return { save, search };
}

const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;

async function main() {
  const server = await startFixtureServer();
  server.page('worst.html', `<!doctype html><html lang="en"><head><title>Worst case</title></head><body><article><h1>Worst case</h1><p>${'“a” '.repeat(Math.ceil(CHARS / 4))}</p></article></body></html>`);
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

    const page = await browser.newPage();
    const t0 = Date.now();
    void page.goto(server.url('worst.html')).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500)); // the content script extracts and sends the text
    const tabId = await browser.tabIdOf(server.url('worst.html'));
    const busy = await rounds(lib, id, 'busy');
    const windowEnd = Date.now() - t0;
    // Was the page still being analysed when the busy rounds ended? Then every round ran during it.
    const state = (await lib.evaluate(timedAsk, { type: 'ui/tab-state', tabId })).reply as { status: string };
    let readyAt = state.status === 'analysing' ? null : windowEnd;
    while (readyAt === null && Date.now() - t0 < 120_000) {
      const s = (await lib.evaluate(timedAsk, { type: 'ui/tab-state', tabId })).reply as { status: string };
      if (s.status !== 'analysing') readyAt = Date.now() - t0;
      else await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`worst case: “a” × ${Math.ceil(CHARS / 4).toLocaleString('en')} (${CHARS.toLocaleString('en')} characters, one paragraph); ${ROUNDS} rounds each`);
    console.log(`  idle     save ${fmt(idle.save)}; search ${fmt(idle.search)}`);
    console.log(`  busy     save ${fmt(busy.save)}; search ${fmt(busy.search)}   (rounds from 1.5 s to ${(windowEnd / 1000).toFixed(1)} s after the page opened)`);
    console.log(
      `  the page's analysis ${state.status === 'analysing' ? `was still running when the rounds ended; it ended at ${readyAt === null ? '> 120 s' : `${(readyAt / 1000).toFixed(1)} s`}` : `had ended before ${(windowEnd / 1000).toFixed(1)} s (status ${state.status})`}`,
    );
    console.log(`  extra while busy: save +${(median(busy.save) - median(idle.save)).toFixed(0)} ms, search +${(median(busy.search) - median(idle.search)).toFixed(0)} ms (medians)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
