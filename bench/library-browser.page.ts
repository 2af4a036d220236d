// The in-browser half of bench/library-browser.ts, bundled and evaluated in an extension page of
// the loaded extension (same origin as the background, so it sees the same database). Everything
// here times what a reader would wait for.
import { QuotelightDB } from '../src/storage/db';
import { LiveIndex } from '../src/storage/live-index';
import { FIRST_RENDER_MARK } from '../src/library/first-render';
import { loadSnapshot } from '../src/storage/search-snapshot';

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

async function ask<T>(msg: unknown): Promise<T> {
  const reply = (await (g.browser ?? g.chrome)!.runtime.sendMessage(msg)) as T & { error?: string };
  if (reply && typeof reply === 'object' && 'error' in reply && typeof reply.error === 'string') throw new Error(reply.error);
  return reply;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One message to the background, timed. */
export async function timedAsk(msg: unknown): Promise<{ ms: number; reply: unknown }> {
  const t0 = performance.now();
  const reply = await ask(msg);
  return { ms: performance.now() - t0, reply };
}

/** Resolves after the next paint: a frame callback, then the task after it. */
function painted(win: Window): Promise<void> {
  return new Promise((r) => win.requestAnimationFrame(() => setTimeout(r, 0)));
}

/** Resolves once `done()` holds, checking at every change to the DOM. */
function when(doc: Document, done: () => boolean, label: string): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      obs.disconnect();
      reject(new Error(`timed out waiting for ${label}: ${(doc.body.textContent ?? '').slice(0, 300)}`));
    }, 60_000);
    const obs = new MutationObserver(() => {
      if (!done()) return;
      obs.disconnect();
      clearTimeout(timer);
      resolve();
    });
    obs.observe(doc.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * This library page's first render: from the navigation's start to the first saved articles
 * painted, as the page marks it (src/library/first-render.ts). (The library refuses messages from
 * frames, so each load is a navigation of its own.)
 */
export async function firstRender(): Promise<number> {
  for (let i = 0; i < 600; i++) {
    const [mark] = performance.getEntriesByName(FIRST_RENDER_MARK);
    if (mark) return mark.startTime;
    await sleep(100);
  }
  throw new Error(`the library page never marked its first render: ${(document.body.textContent ?? '').slice(0, 300)}`);
}

function answered(doc: Document, query: string): boolean {
  const r = doc.querySelector('[data-testid="search-results"]');
  return r?.getAttribute('data-answered') === query && r.getAttribute('aria-busy') === 'false';
}

/**
 * Types `query` into this library page's search box: all but its last character first (and waits for
 * those results), then the last key, timed until the results for the whole query are painted.
 * Returns the time and the ids of the hits shown, best first.
 */
export async function keystroke(query: string): Promise<{ ms: number; ids: string[] }> {
  const doc = document;
  const input = doc.querySelector<HTMLInputElement>('#library-search')!;
  const type = (v: string) => {
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const before = query.slice(0, -1);
  type(before);
  if (before.trim()) await when(doc, () => answered(doc, before), `results for ${before}`);
  await sleep(30);
  const t0 = performance.now();
  type(query);
  await when(doc, () => answered(doc, query), `results for ${query}`);
  await painted(window);
  const ms = performance.now() - t0;
  const ids = [...doc.querySelectorAll('[data-testid="hit"]')].map((h) => h.getAttribute('data-id') ?? '');
  return { ms, ids };
}

/** Imports one new annotation, then searches for its word until found: the time a write takes to be findable. */
export async function writeFindable(arg: { json: string; word: string }): Promise<number> {
  const t0 = performance.now();
  await ask({ type: 'library/import', json: arg.json });
  for (let tries = 0; ; tries++) {
    const hits = await ask<unknown[]>({ type: 'library/search', query: arg.word, limit: 1 });
    if (hits.length > 0) return performance.now() - t0;
    if (tries > 1000) throw new Error(`${arg.word} never became findable`);
  }
}

declare const gc: (() => void) | undefined;

/** Builds the index from the stored library in this page, as the background does at start: time and heap. */
const heap = () => {
  gc?.();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
};

export async function indexBuild(): Promise<{ ms: number; heapMB: number; annotations: number }> {
  const db = new QuotelightDB();
  const before = heap();
  const live = new LiveIndex(db, { persist: false });
  const t0 = performance.now();
  const index = await live.ready();
  const ms = performance.now() - t0;
  const heapMB = heap() - before;
  const annotations = index.size;
  db.close();
  return { ms, heapMB, annotations };
}

/**
 * Waits until the background has stored its snapshot of the index with every write in it (it does
 * once writes pause), then times loading it in this page: size, load time, heap.
 */
export async function indexSnapshot(): Promise<{ waitedMs: number; mb: number; loadMs: number; heapMB: number }> {
  const db = new QuotelightDB();
  const t0 = performance.now();
  for (;;) {
    const [row, logged] = await Promise.all([db.searchSnapshot.get('index'), db.searchLog.count()]);
    if (row && logged === 0) break;
    if (performance.now() - t0 > 180_000) throw new Error('no snapshot of the search index after 3 minutes');
    await sleep(250);
  }
  const waitedMs = performance.now() - t0;
  const before = heap();
  const t1 = performance.now();
  const loaded = await loadSnapshot(db);
  const loadMs = performance.now() - t1;
  const heapMB = heap() - before;
  const mb = ((await db.searchSnapshot.get('index'))?.json.length ?? 0) / 2 ** 20;
  if (!loaded) throw new Error('the snapshot did not load');
  db.close();
  return { waitedMs, mb, loadMs, heapMB };
}

Object.assign(globalThis, { bench: { timedAsk, firstRender, keystroke, writeFindable, indexBuild, indexSnapshot } });
