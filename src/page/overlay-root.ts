// One host element for everything Quotelight draws on a page, in a shadow root so the page's CSS
// cannot restyle it and its CSS cannot leak into the page. The root is open on purpose: a closed one
// would not hide the reader's typing from a hostile page (its capture listeners see the keys anyway),
// it would only hide the overlay from tests and assistive tools.
// Built with DOM calls only: nothing from the page is ever parsed as HTML.

export const OVERLAY_TAG = 'quotelight-overlay';

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif; }
.card, .toolbar, .editor { position: fixed; pointer-events: auto; background: #1f2937; color: #f9fafb; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); max-width: 340px; }
.card { padding: 6px 10px; pointer-events: none; }
.card .who { font-weight: 600; }
.card .role, .card .cue { color: #cbd5e1; }
.toolbar { padding: 3px; display: flex; gap: 2px; }
button { font: inherit; color: inherit; background: transparent; border: 0; border-radius: 6px; padding: 4px 8px; cursor: pointer; }
button:hover, button:focus-visible { background: #374151; outline: none; }
button.primary { background: #ea580c; }
.editor { padding: 10px; width: 300px; display: grid; gap: 8px; }
.editor textarea, .editor input[type=text] { font: inherit; width: 100%; box-sizing: border-box; border-radius: 6px; border: 1px solid #4b5563;
  background: #111827; color: #f9fafb; padding: 5px 7px; }
.editor textarea { min-height: 64px; resize: vertical; }
.swatches { display: flex; gap: 6px; }
.swatch { width: 22px; height: 22px; border-radius: 50%; padding: 0; border: 2px solid transparent; }
.swatch[aria-checked=true] { border-color: #f9fafb; }
.row { display: flex; gap: 6px; justify-content: flex-end; }
.excerpt { color: #cbd5e1; max-height: 3.6em; overflow: hidden; }
.message { color: #fecaca; }
[hidden] { display: none !important; }
`;

export interface Overlay {
  layer: HTMLElement;
  host: HTMLElement;
  contains(node: Node | null): boolean;
  remove(): void;
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  return {
    layer,
    host,
    // A node inside the shadow tree is not host.contains()'d; its root's host is.
    contains: (node) => node !== null && (node === host || host.contains(node) || (node.getRootNode() as ShadowRoot).host === host),
    remove: () => host.remove(),
  };
}

/** Small DOM builder: tag, attributes, children (strings become text nodes, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Places a fixed-position box near a viewport rectangle, kept inside the viewport. */
export function placeNear(box: HTMLElement, rect: DOMRect, gap = 8): void {
  const view = box.ownerDocument.defaultView!;
  const w = box.offsetWidth || 200;
  const h = box.offsetHeight || 40;
  let top = rect.bottom + gap;
  if (top + h > view.innerHeight) top = Math.max(4, rect.top - h - gap);
  const left = Math.min(Math.max(4, rect.left), Math.max(4, view.innerWidth - w - 4));
  box.style.top = `${Math.round(top)}px`;
  box.style.left = `${Math.round(left)}px`;
}
