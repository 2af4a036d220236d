// @vitest-environment happy-dom
// Paths that used to fail without a word: each now shows the reader a line on the page (and logs).
import { Readability } from '@mozilla/readability';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventually } from '../support/wait';

const sent: { type: string; [k: string]: unknown }[] = [];
let answer: (msg: { type: string }) => unknown = () => ({});
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: async (msg: { type: string }) => {
    sent.push(msg);
    return answer(msg);
  },
}));

const { PageSession } = await import('../../../src/page/page-session');
// The background's side of page/extract (a worker in the extension), run here in-process.
const { extractSnapshot } = await import('../../../src/extraction/snapshot-extraction');
const { StorageFullError } = await import('../../../src/storage/errors');
const { OVERLAY_TAG } = await import('../../../src/page/overlay-root');

const LONG = 'The council met for six hours and heard from residents, engineers and the harbour master about the repairs. ';
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<main><article><h1>Harbour bridge to reopen in spring</h1>
<p id="first">The harbour bridge will reopen in spring, the council leader said on Tuesday. ${LONG}</p>
<p>“We have crews on standby,” she said. ${LONG}</p>
<p>Traffic will be diverted through the old town until the work is done. ${LONG}${LONG}</p>
</article></main></body></html>`;

const READY = {
  analysis: { quotes: [], actors: [] },
  stopped: null,
  marks: [],
  settings: { disabledSites: [], showQuotes: true, showActors: true, showHighlights: true },
};

function normal(msg: { type: string }): unknown {
  if (msg.type === 'page/hello') return { enabled: true, highlightPrefix: 'qltest' };
  if (msg.type === 'page/extract') {
    const m = msg as { type: string; html: string; force: boolean };
    return extractSnapshot({ html: m.html, url: location.href, force: m.force });
  }
  if (msg.type === 'page/analyze') return READY;
  return { ok: true };
}

// The overlay's shadow root is closed to the page; the test keeps the one the session attaches.
let overlayRoot: ShadowRoot | null = null;
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  if (this.localName === OVERLAY_TAG) overlayRoot = root;
  return root;
};
const notice = () => overlayRoot?.querySelector<HTMLElement>('[data-ql="notice"]') ?? null;

beforeEach(() => {
  overlayRoot = null;
  document.open();
  document.write(PAGE);
  document.close();
  answer = normal;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  sent.length = 0;
  document.querySelector(OVERLAY_TAG)?.remove();
});

describe('failures the reader is now told about', () => {
  it('storage full on a highlight from the shortcut or context menu: the page says so', async () => {
    const session = new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html');
    await session.start();
    answer = (msg) => {
      if (msg.type === 'page/add-highlight') throw new StorageFullError();
      return normal(msg);
    };
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('first')!.firstChild!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await expect(session.handle({ type: 'page/highlight-selection' })).rejects.toBeInstanceOf(StorageFullError);
    expect(notice()?.hidden).toBe(false);
    expect(notice()?.textContent).toContain('Could not save the highlight: Quotelight could not save: the browser storage for this extension is full.');
    expect(console.warn).toHaveBeenCalled();
  });

  it('a Readability crash is reported as such (not as "not an article") and shown', async () => {
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new TypeError('node.getAttribute is not a function');
    });
    const session = new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html');
    const started = session.start();
    await expect(started).rejects.toThrow('Readability could not read this page (node.getAttribute is not a function)');
    const report = sent.find((m) => m.type === 'page/report') as { report: { reason?: string; error?: string } } | undefined;
    expect(report?.report).toMatchObject({ reason: 'extraction-failed', error: expect.stringContaining('node.getAttribute') });
    session.fail('page_failStart', await started.catch((e: unknown) => e));
    expect(notice()?.textContent).toContain('Could not start on this page: Readability could not read this page');
  });

  it('a failed re-read after the page changed shows on the page', async () => {
    const session = new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html');
    await session.start();
    answer = (msg) => {
      if (msg.type === 'page/analyze') throw new Error('The analysis document closed; reload the page to analyse it again.');
      return normal(msg);
    };
    document.getElementById('first')!.append(' A new paragraph of live updates was added to the article just now.');
    await eventually(() => expect(notice()?.hidden).toBe(false));
    expect(notice()?.textContent).toContain('Could not read the changed page: The analysis document closed');
  });

  it('an analysis stopped early tells the reader why', async () => {
    answer = (msg) =>
      msg.type === 'page/analyze' ? { ...READY, stopped: { reason: 'time', message: 'Quotelight stopped analysing this page after 20 s.' } } : normal(msg);
    await new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html').start();
    expect(notice()?.textContent).toContain('Quotelight stopped analysing this page after 20 s.');
  });
});
