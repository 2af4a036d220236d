// A backup round trip at the README's scale, in a real Chromium with the built extension (a script,
// not a test): seeds 100k annotations, exports Web Annotation JSON from the library page, wipes the
// library, imports the file back through the page (batches, progress), then exports again and checks
// that every field came back.
//   node scripts/build.mjs && npx tsx bench/backup-browser.ts [articles=5000] [annotations=100000]
import { seedChunks } from '../scripts/seed-library';
import { launchChromium, type TestPage } from '../tests/e2e/support/browsers';

const [ARTICLES = 5000, ANNOTATIONS = 100_000] = process.argv.slice(2).map(Number);

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

async function ask(msg: unknown): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
}

/** Runs in the library page: clicks the JSON export and waits for the download it starts; keeps the Blob. */
async function exportJson(): Promise<{ ms: number; bytes: number; status: string }> {
  const w = window as unknown as { __qlBlob?: Blob };
  w.__qlBlob = undefined;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return click.call(this);
    void fetch(this.href)
      .then((r) => r.blob())
      .then((b) => {
        w.__qlBlob = b;
      });
  };
  const t0 = performance.now();
  document.querySelector<HTMLButtonElement>('.import-export button[data-format="json"]')!.click();
  while (!w.__qlBlob) {
    const alert = document.querySelector('[role="alert"].error');
    if (alert) throw new Error(alert.textContent ?? 'export failed');
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - t0;
  HTMLAnchorElement.prototype.click = click;
  return { ms, bytes: (w.__qlBlob as Blob | undefined)?.size ?? 0, status: document.querySelector('[role="alert"]')?.textContent ?? '' };
}

/**
 * Runs in the library page: imports the kept Blob through the file input and waits for the
 * summary; meanwhile times a settings read (a ping) and a search every 250 ms, to show whether
 * the background still answers while it writes.
 */
async function importKept(): Promise<{ ms: number; status: string; sawProgress: boolean; pings: number[]; searches: number[] }> {
  const blob = (window as unknown as { __qlBlob: Blob }).__qlBlob;
  const input = document.querySelector<HTMLInputElement>('.import input[type=file]')!;
  const dt = new DataTransfer();
  dt.items.add(new File([blob], 'backup.jsonld', { type: 'application/json' }));
  document.querySelector('[role="alert"]')?.remove();
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!.runtime;
  const pings: number[] = [];
  const searches: number[] = [];
  const t0 = performance.now();
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  let sawProgress = false;
  for (;;) {
    sawProgress ||= document.querySelector('[data-testid="import-progress"] progress[max]') !== null;
    const status = document.querySelector('[role="alert"]')?.textContent ?? '';
    if (status.startsWith('Imported')) return { ms: performance.now() - t0, status, sawProgress, pings, searches };
    if (document.querySelector('[role="alert"].error')) throw new Error(status);
    const p0 = performance.now();
    await api.sendMessage({ type: 'ui/get-settings' });
    const p1 = performance.now();
    await api.sendMessage({ type: 'library/search', query: 'sanctions', limit: 20 });
    pings.push(p1 - p0);
    searches.push(performance.now() - p1);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs in the library page: the kept Blob's items and articles, sorted, as one comparable string each. */
async function keptContent(): Promise<{ items: string; articles: string; count: number }> {
  const c = JSON.parse(await (window as unknown as { __qlBlob: Blob }).__qlBlob.text());
  // (No named inner functions: tsx would wrap them in a __name helper the page does not have.)
  const items = c.first.items.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articles = c.quotelight.articles.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { items: JSON.stringify(items), articles: JSON.stringify(articles), count: items.length };
}

async function wipe(page: TestPage): Promise<number> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!.runtime;
    const articles = (await api.sendMessage({ type: 'library/list', options: {} })) as { id: string }[];
    const queue = [...articles];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let a = queue.shift(); a; a = queue.shift()) await api.sendMessage({ type: 'ui/forget-article', url: a.id });
      }),
    );
    return ((await api.sendMessage({ type: 'library/list', options: {} })) as unknown[]).length;
  }, null);
}

async function main() {
  const browser = await launchChromium();
  try {
    const lib = await browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('#app');
    let t = Date.now();
    for (const json of seedChunks({ articles: ARTICLES, annotations: ANNOTATIONS })) {
      const r = (await lib.evaluate(ask, { type: 'library/import', json })) as { error?: string };
      if (r.error) throw new Error(r.error);
    }
    console.log(`seeded ${ANNOTATIONS.toLocaleString('en')} annotations over ${ARTICLES.toLocaleString('en')} articles in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await lib.reload();
    await lib.waitFor('[data-testid="article"]', 120_000);

    const out = await lib.evaluate(exportJson, null);
    const first = await lib.evaluate(keptContent, null);
    console.log(`export (library page, JSON): ${(out.ms / 1000).toFixed(1)} s, ${(out.bytes / 2 ** 20).toFixed(1)} MiB, ${first.count.toLocaleString('en')} annotations`);

    t = Date.now();
    const left = await wipe(lib);
    console.log(`wiped (forgot every article) in ${((Date.now() - t) / 1000).toFixed(1)} s; ${left} articles left`);

    const back = await lib.evaluate(importKept, null);
    console.log(`import (library page, batches): ${(back.ms / 1000).toFixed(1)} s; progress bar shown: ${back.sawProgress}`);
    console.log(`  ${back.status}`);
    const spread = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `median ${(s[s.length >> 1] ?? 0).toFixed(0)} ms, max ${(s.at(-1) ?? 0).toFixed(0)} ms over ${s.length}`;
    };
    console.log(`  while importing: a ping (settings read) ${spread(back.pings)}; a search ${spread(back.searches)}`);

    await lib.evaluate(exportJson, null);
    const again = await lib.evaluate(keptContent, null);
    const lossless = again.items === first.items && again.articles === first.articles;
    console.log(`round trip lossless (every field of every annotation and article): ${lossless} (${again.count.toLocaleString('en')} annotations back)`);
    if (!lossless) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

await main();
