// @vitest-environment happy-dom
// The browser reports a selectionchange a page script caused as trusted, so the session acts on a
// selection only after the reader's own (isTrusted) pointer or key goes up: a page moving the caret
// into a mark cannot pop the reader's note up in a card, nor select text to bring the Highlight button.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { type: string; [k: string]: unknown }[] = [];
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: async (msg: { type: string }) => {
    sent.push(msg);
    return answer(msg);
  },
}));

const { PageSession } = await import('../../../src/page/page-session');
const { extractSnapshot } = await import('../../../src/extraction/snapshot-extraction');
const { OVERLAY_TAG } = await import('../../../src/page/overlay-root');

const LONG = 'The council met for six hours and heard from residents, engineers and the harbour master about the repairs. ';
const MARKED = 'crews on standby';
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<main><article><h1>Harbour bridge to reopen in spring</h1>
<p id="first">The harbour bridge will reopen in spring, the council leader said on Tuesday. ${LONG}</p>
<p id="marked">Officials said they have ${MARKED} for the night shifts. ${LONG}</p>
<p>Traffic will be diverted through the old town until the work is done. ${LONG}${LONG}</p>
</article></main></body></html>`;

const MARK_ID = '00000000-0000-4000-8000-000000000001';

function answer(msg: { type: string }): unknown {
  if (msg.type === 'page/hello') return { enabled: true, highlightPrefix: 'qltest' };
  if (msg.type === 'page/extract') {
    const m = msg as { type: string; html: string; force: boolean };
    return extractSnapshot({ html: m.html, url: location.href, force: m.force });
  }
  if (msg.type === 'page/analyze') {
    const text = (msg as unknown as { article: { text: string } }).article.text;
    const start = text.indexOf(MARKED);
    return {
      analysis: { quotes: [], actors: [] },
      stopped: null,
      marks: [{ id: MARK_ID, start, end: start + MARKED.length, colour: 'yellow' }],
      settings: { disabledSites: [], showQuotes: true, showActors: true, showHighlights: true },
    };
  }
  if (msg.type === 'page/frame-show' || msg.type === 'page/frame-card') return { shown: true };
  return { ok: true };
}

let overlayRoot: ShadowRoot | null = null;
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  if (this.localName === OVERLAY_TAG) overlayRoot = root;
  return root;
};
const buttonShown = () => overlayRoot?.querySelector('[data-ql="highlight-button"]')?.parentElement?.hidden === false;
const cardsAsked = () => sent.filter((m) => m.type === 'page/frame-show' || m.type === 'page/frame-card');

/** Text node and offset of `text` inside the element with `id`. */
function at(id: string, text: string): [Text, number] {
  const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.includes(text)) return [n, n.data.indexOf(text)];
  }
  throw new Error(`no text node with ${text}`);
}

function caretAt(id: string, text: string, plus = 0): void {
  const [node, i] = at(id, text);
  document.getSelection()!.collapse(node, i + plus);
}

function select(id: string, text: string): void {
  const [node, i] = at(id, text);
  document.getSelection()!.setBaseAndExtent(node, i, node, i + text.length);
}

/** An event as the browser makes it for the reader's own input (happy-dom makes none trusted). */
function input(type: 'keydown' | 'keyup' | 'pointerdown' | 'pointerup', trusted: boolean): void {
  const e = type.startsWith('key') ? new KeyboardEvent(type, { key: 'ArrowRight', bubbles: true }) : new PointerEvent(type, { bubbles: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  document.body.dispatchEvent(e);
}

/** What a page script can do: change the selection and fire every event it likes about it. */
function pageScript(change: () => void): void {
  change();
  document.dispatchEvent(new Event('selectionchange'));
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointerup'] as const) input(type, false);
}

/** The reader's key or pointer going down, `effect` (what the browser does with it), then up. */
function reader(kind: 'key' | 'pointer', effect: () => void = () => {}): void {
  input(kind === 'key' ? 'keydown' : 'pointerdown', true);
  effect();
  input(kind === 'key' ? 'keyup' : 'pointerup', true);
}

// The Custom Highlight API both browsers have (happy-dom has none): marks are painted without
// touching the page's text nodes, as on a real page.
class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
vi.stubGlobal('Highlight', FakeHighlight);
Object.defineProperty(document.defaultView!, 'CSS', { value: { highlights: new Map() }, configurable: true });

beforeEach(async () => {
  overlayRoot = null;
  document.open();
  document.write(PAGE);
  document.close();
  await new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html').start();
  // Time is the test's: what a page's events could have started has run by the time it is checked.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  sent.length = 0;
  document.getSelection()?.removeAllRanges();
  document.querySelector(OVERLAY_TAG)?.remove();
});

/** Lets every timer and reply due in the next second run (longer than any wait of the session's). */
const aSecondLater = () => vi.advanceTimersByTimeAsync(1_000);

describe('a selection is acted on after the reader’s own input only', () => {
  it("a page script moving the caret into a mark shows no card; the reader's arrow key moving it there does", async () => {
    pageScript(() => caretAt('marked', MARKED, 3));
    await aSecondLater();
    expect(cardsAsked()).toEqual([]);

    reader('key', () => caretAt('marked', MARKED, 4));
    await aSecondLater();
    expect(cardsAsked()).toEqual([{ type: 'page/frame-show', view: 'card', id: MARK_ID }]);
  });

  it('a key that moves nothing shows no card for a caret the page put in a mark', async () => {
    pageScript(() => caretAt('marked', MARKED, 3));
    reader('key');
    await aSecondLater();
    expect(cardsAsked()).toEqual([]);
  });

  it("a click's caret in a mark shows no card: the pointer shows cards by hovering", async () => {
    reader('pointer', () => caretAt('marked', MARKED, 3));
    await aSecondLater();
    expect(cardsAsked()).toEqual([]);
  });

  it('a page script selecting text brings no Highlight button; the reader making a selection does', async () => {
    pageScript(() => select('first', 'harbour bridge'));
    reader('pointer'); // a click that changed nothing
    await aSecondLater();
    expect(buttonShown()).toBe(false);

    reader('pointer', () => select('first', 'harbour bridge will'));
    await aSecondLater();
    expect(buttonShown()).toBe(true);
  });

  it('anyone clearing the selection hides the Highlight button', async () => {
    reader('key', () => select('first', 'harbour bridge'));
    await aSecondLater();
    expect(buttonShown()).toBe(true);
    document.getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    expect(buttonShown()).toBe(false);
  });
});
