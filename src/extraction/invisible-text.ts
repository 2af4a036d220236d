// What the reader cannot see on the live page, so it is not analysed: a page can hide "said Vladimir
// Putin" beside a visible "said Harriet Okonkwo" and the snapshot, which carries no styles, would
// read both. Decided with the live page's computed style and layout, in one walk: a hidden element's
// subtree is not visited further. Runs in the content script (the worker has no layout).

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Any character that is not white space (cheaper than trimming every text node). */
const HAS_TEXT = /\S/;
/** Overflow values that cut off what does not fit the box. */
const CLIPS = new Set(['hidden', 'clip', 'scroll', 'auto']);

const transparent = (colour: string) => /^rgba\(.*,\s*0(\.0+)?\)$/.test(colour) || colour === 'transparent';

/** `rect(top, right, bottom, left)` with no area: the `clip` of visually hidden text. */
function clipsToNothing(clip: string): boolean {
  const m = /^rect\(\s*(-?[\d.]+)px,?\s+(-?[\d.]+)px,?\s+(-?[\d.]+)px,?\s+(-?[\d.]+)px\s*\)$/.exec(clip);
  return !!m && (Number(m[2]) - Number(m[4]) <= 1 || Number(m[3]) - Number(m[1]) <= 1);
}

/** Whether an element, with all it holds, cannot be seen. */
function boxHidden(el: Element, cs: CSSStyleDeclaration, pageWidth: number, view: Window): boolean {
  if (cs.display === 'none' || cs.contentVisibility === 'hidden' || (cs.opacity !== '' && Number(cs.opacity) === 0)) return true;
  if (cs.display === 'contents') return false; // no box of its own: its children decide
  const clipped = CLIPS.has(cs.overflowX) || CLIPS.has(cs.overflowY);
  // Text is moved out of view by absolute or fixed positioning or a transform (a relative offset that
  // far is rare): only those, and clipping boxes, pay for a layout read.
  const placed = cs.position === 'absolute' || cs.position === 'fixed' || (!!cs.transform && cs.transform !== 'none');
  const insetClip = /^inset\((\d+(\.\d+)?)%/.exec(cs.clipPath);
  if (insetClip && Number(insetClip[1]) >= 50) return true;
  if (!clipped && !placed) return false; // the common case: no layout read at all
  const r = el.getBoundingClientRect();
  if (clipped && (r.width <= 1 || r.height <= 1)) return true;
  if (placed && clipsToNothing(cs.clip)) return true;
  // Wholly beyond the page's left or top edge (no scrolling reaches it), or past its right end.
  if (placed && (r.right + view.scrollX < 0 || r.bottom + view.scrollY < 0 || r.left + view.scrollX >= pageWidth)) return true;
  return false;
}

/** Whether the text directly inside an element cannot be seen (its element children may undo this). */
function textHidden(cs: CSSStyleDeclaration): boolean {
  if (cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
  if (transparent(cs.color) || transparent(cs.getPropertyValue('-webkit-text-fill-color') || cs.color)) return true;
  if (Number.parseFloat(cs.fontSize) === 0) return true;
  return Number.parseFloat(cs.textIndent) <= -999; // the old "text pushed off the left" trick
}

/**
 * The elements and text nodes of `doc.body` the reader cannot see: hidden elements (their contents
 * go with them) and text nodes whose own element hides its text. Empty when nothing is hidden.
 */
export function invisibleNodes(doc: Document): Set<Node> {
  const hidden = new Set<Node>();
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return hidden;
  const root = doc.documentElement;
  const pageWidth = Math.max(root.scrollWidth, view.innerWidth);
  const visit = (el: Element) => {
    if (NOT_TEXT.has(el.tagName.toUpperCase())) return;
    const cs = view.getComputedStyle(el);
    if (boxHidden(el, cs, pageWidth, view)) {
      hidden.add(el);
      return;
    }
    // The text properties (inherited, five reads) are read only where the element holds text itself:
    // most elements hold only elements, and their children read their own.
    let quiet: boolean | undefined;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) visit(c as Element);
      else if (c.nodeType === 3 && HAS_TEXT.test((c as Text).data)) {
        if (quiet === undefined) quiet = textHidden(cs);
        if (quiet) hidden.add(c);
      }
    }
  };
  visit(body);
  return hidden;
}
