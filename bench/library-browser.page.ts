// The in-browser half of bench/library-browser.ts, bundled and evaluated in an extension page of
// the loaded extension (same origin as the background, so it sees the same database). Everything
// here times what a reader would wait for.
import { QuotelightDB } from '../src/storage/db';
import { LiveIndex } from '../src/storage/live-index';

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

function frame(): HTMLIFrameElement {
  return document.querySelector('iframe')!;
}

/** Resolves after the frame's next paint: a frame callback, then the task after it. */
function painted(win: Window): Promise<void> {
  return new Promise((r) => win.requestAnimationFrame(() => setTimeout(r, 0)));
}

/** Resolves once `done()` holds, checking at every change to the frame's DOM. */
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
 * Loads the library page in a fresh frame and times, from the frame's creation, until the first
 * saved articles are on the screen (in the DOM, then painted).
 */
export async function firstRender(): Promise<number> {
  frame()?.remove();
  const f = document.createElement('iframe');
  f.style.cssText = 'width:1200px;height:900px;border:0';
  const t0 = performance.now();
  f.src = '/src/library/index.html';
  document.body.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  const doc = f.contentDocument!;
  await when(doc, () => doc.querySelector('[data-testid="article"]') !== null, 'the first article');
  await painted(f.contentWindow!);
  return performance.now() - t0;
}

function answered(doc: Document, query: string): boolean {
  const r = doc.querySelector('[data-testid="search-results"]');
  return r?.getAttribute('data-answered') === query && r.getAttribute('aria-busy') === 'false';
}

/**
 * Types `query` into the framed library page: all but its last character first (and waits for
 * those results), then the last key, timed until the results for the whole query are painted.
 * Returns the time and the ids of the hits shown, best first.
 */
export async function keystroke(query: string): Promise<{ ms: number; ids: string[] }> {
  const f = frame();
  const doc = f.contentDocument!;
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
  await painted(f.contentWindow!);
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
export async function indexBuild(): Promise<{ ms: number; heapMB: number; annotations: number }> {
  const heap = () => {
    gc?.();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
  };
  const db = new QuotelightDB();
  const before = heap();
  const live = new LiveIndex(db);
  const t0 = performance.now();
  const index = await live.ready();
  const ms = performance.now() - t0;
  const heapMB = heap() - before;
  const annotations = index.size;
  db.close();
  return { ms, heapMB, annotations };
}

Object.assign(globalThis, { bench: { timedAsk, firstRender, keystroke, writeFindable, indexBuild } });
