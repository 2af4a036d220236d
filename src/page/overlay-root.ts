// One host element for everything Quotelight draws on a page, in a *closed* shadow root: page scripts
// can see that the host is there, never reach inside it. The host resets every property with
// `all: initial !important`, which wins over the page's own !important rules (in the cascade an
// important declaration from the shadow tree beats one from the page), so `* { display: none !important }`
// or a transform on the host cannot hide or move it. What the reader reads or types is not here at
// all but in the extension's own frame (frame-host.ts); this root holds that frame and the Highlight button.
// Built with DOM calls only: nothing from the page is ever parsed as HTML.

export const OVERLAY_TAG = 'quotelight-overlay';

const STYLE = `
:host { all: initial !important; display: block !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  visibility: visible !important; opacity: 1 !important; pointer-events: none !important; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif; }
.toolbar { position: fixed; pointer-events: auto; background: #1f2937; color: #f9fafb; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 3px; display: flex; gap: 2px; }
button { font: inherit; color: inherit; background: transparent; border: 0; border-radius: 6px; padding: 4px 8px; cursor: pointer; }
button:hover, button:focus-visible { background: #374151; outline: none; }
button.primary { background: #ea580c; }
iframe.frame { position: fixed; pointer-events: auto; border: 0; width: 320px; height: 0; background: transparent;
  color-scheme: normal; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
iframe.frame.card { pointer-events: none; box-shadow: none; }
[hidden] { display: none !important; }
`;

export interface Overlay {
  layer: HTMLElement;
  host: HTMLElement;
  contains(node: Node | null): boolean;
  /** Puts the host back if the page took it out of the document. */
  reattach(): void;
  remove(): void;
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  let removed = false;
  return {
    layer,
    host,
    // Events from inside a closed shadow tree reach document listeners retargeted to the host.
    contains: (node) => node !== null && (node === host || host.contains(node) || (node.getRootNode() as ShadowRoot).host === host),
    reattach: () => {
      if (!removed && !host.isConnected) doc.documentElement.append(host);
    },
    remove: () => {
      removed = true;
      host.remove();
    },
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
export function placeNear(box: HTMLElement, rect: DOMRect, gap = 8, size?: { width: number; height: number }): void {
  const view = box.ownerDocument.defaultView!;
  const w = size?.width ?? (box.offsetWidth || 200);
  const h = size?.height ?? (box.offsetHeight || 40);
  let top = rect.bottom + gap;
  if (top + h > view.innerHeight) top = Math.max(4, rect.top - h - gap);
  const left = Math.min(Math.max(4, rect.left), Math.max(4, view.innerWidth - w - 4));
  box.style.top = `${Math.round(top)}px`;
  box.style.left = `${Math.round(left)}px`;
}
