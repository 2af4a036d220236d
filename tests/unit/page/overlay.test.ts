// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlay, el, OVERLAY_TAG, type Overlay } from '../../../src/page/overlay-root';
import { SelectionButton } from '../../../src/page/selection-button';
import { parseTags } from '../../../src/shared/tags';

describe('parseTags', () => {
  it('splits on commas and spaces, strips leading #, drops empties and duplicates', () => {
    expect(parseTags('#ports, budget  #ports,,#harbour')).toEqual(['ports', 'budget', 'harbour']);
    expect(parseTags('##nato\tsanctions\n#nato')).toEqual(['nato', 'sanctions']);
    expect(parseTags('  ,  # ,, ')).toEqual([]);
    expect(parseTags('')).toEqual([]);
  });

  it('keeps # inside a tag and, like storage, counts tags differing only in case once', () => {
    expect(parseTags('c#, C#, Ports ports')).toEqual(['c#', 'Ports']);
  });
});

const RECT = new DOMRect(20, 30, 100, 16);
let overlay: Overlay;

afterEach(() => {
  overlay?.remove();
  document.body.innerHTML = '';
});

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T & Element>(sel)!;

describe('overlay and el()', () => {
  it('hangs one closed shadow root off a quotelight-overlay host element: the page cannot reach inside', () => {
    overlay = createOverlay(document);
    expect(document.documentElement.lastElementChild?.tagName.toLowerCase()).toBe(OVERLAY_TAG);
    expect(overlay.host.shadowRoot).toBeNull();
    expect((overlay.layer.getRootNode() as ShadowRoot).mode).toBe('closed');
    expect(overlay.contains(overlay.host)).toBe(true);
    expect(overlay.contains(overlay.layer)).toBe(true);
    expect(overlay.contains(document.body)).toBe(false);
    expect(overlay.contains(null)).toBe(false);
    overlay.remove();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('resets every property of the host with an !important all: initial', () => {
    overlay = createOverlay(document);
    const css = (overlay.layer.getRootNode() as ShadowRoot).querySelector('style')!.textContent!;
    expect(css).toMatch(/:host\s*\{\s*all: initial !important;/);
  });

  it('puts the host back when the page takes it out, but not after Quotelight removed it', () => {
    overlay = createOverlay(document);
    overlay.host.remove();
    overlay.reattach();
    expect(overlay.host.isConnected).toBe(true);
    overlay.remove();
    overlay.reattach();
    expect(overlay.host.isConnected).toBe(false);
  });

  it('never parses text given to el() as HTML', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const div = el(document, 'div', { class: 'card' }, payload, el(document, 'span', {}, payload));
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toBe(payload + payload);
    expect(div.childNodes[0]!.nodeType).toBe(Node.TEXT_NODE);
    expect(div.getAttribute('class')).toBe('card');
  });
});

describe('SelectionButton', () => {
  it('is hidden until shown and hidden again on hide()', () => {
    overlay = createOverlay(document);
    const button = new SelectionButton(overlay);
    const b = q<HTMLButtonElement>(overlay.layer, '[data-ql=highlight-button]');
    expect(b.textContent).toBe('Highlight');
    expect(button.isShown).toBe(false);
    button.show(RECT, vi.fn());
    expect(button.isShown).toBe(true);
    expect(b.parentElement!.style.top).toBe('52px');
    button.hide();
    expect(button.isShown).toBe(false);
  });

  it("ignores a page script's synthetic click: only the browser's own (isTrusted) click highlights", () => {
    overlay = createOverlay(document);
    const button = new SelectionButton(overlay);
    const action = vi.fn();
    button.show(RECT, action);
    const b = q<HTMLButtonElement>(overlay.layer, '[data-ql=highlight-button]');
    b.click();
    b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(action).not.toHaveBeenCalled();
  });

  it('prevents the default of mousedown so the page selection survives', () => {
    overlay = createOverlay(document);
    new SelectionButton(overlay);
    const b = q<HTMLButtonElement>(overlay.layer, '[data-ql=highlight-button]');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    b.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});
