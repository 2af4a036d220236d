// Paints groups of Ranges. The CSS Custom Highlight API leaves the page's DOM untouched (no layout
// shift, page scripts and selection unaffected); where it is missing, ranges are wrapped in a custom
// element the page's own CSS cannot know, as the fallback. Highlight names carry a random per-page
// prefix (their colours come from the background as CSS the page cannot read or outrank,
// shared/highlight-styles.ts and docs/highlight-painting.md).
import { groupStyles } from '../shared/highlight-styles';
import { WRAP_TAG } from '../shared/wrap-tag';

/** The groups the background's stylesheet paints: a highlight under any of these names shows. */
const STYLED_GROUPS = Object.keys(groupStyles());

export interface Painter {
  readonly kind: 'highlight-api' | 'wrap';
  /** Replaces what is painted under `group` (a CSS-ident-safe name). */
  paint(group: string, ranges: readonly Range[]): void;
  clear(group: string): void;
  clearAll(): void;
  /**
   * Whether the page undid some painting behind our back (cleared CSS.highlights, replaced or emptied
   * a highlight, moved or collapsed one of its ranges): the caller then paints everything again.
   * Highlights under our prefix that we did not make are deleted here, as they are found.
   */
  tampered(): boolean;
}

/** Boundaries of a range when it was painted, to notice a page script changing it later. */
type Bounds = [Node, number, Node, number];
const boundsOf = (r: Range): Bounds => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
const sameBounds = (r: Range, b: Bounds) =>
  r.startContainer === b[0] && r.startOffset === b[1] && r.endContainer === b[2] && r.endOffset === b[3];

/** Later groups win where they overlap: the reader's marks over quotes over actors. */
function priorityOf(group: string): number {
  if (group === 'flash') return 40;
  if (group.startsWith('mark')) return 30;
  if (group.startsWith('quote')) return 20;
  return 10;
}

class HighlightApiPainter implements Painter {
  readonly kind = 'highlight-api';
  private readonly groups = new Map<string, { h: Highlight; ranges: Range[]; bounds: Bounds[] }>();
  /** Whether this script may walk the registry's entries (Firefox does not let it). */
  private listable = true;
  constructor(
    private readonly registry: HighlightRegistry,
    private readonly prefix: string,
  ) {}

  paint(group: string, ranges: readonly Range[]): void {
    if (ranges.length === 0) {
      this.clear(group);
      return;
    }
    const h = new Highlight(...ranges);
    h.priority = priorityOf(group);
    this.registry.set(this.prefix + group, h);
    this.groups.set(group, { h, ranges: [...ranges], bounds: ranges.map(boundsOf) });
  }
  clear(group: string): void {
    this.registry.delete(this.prefix + group);
    this.groups.delete(group);
  }
  clearAll(): void {
    for (const g of [...this.groups.keys()]) this.clear(g);
  }
  tampered(): boolean {
    // The page can read our prefix from the registry's keys and paint its own ranges under a name our
    // stylesheet colours (a forged mark): any prefixed name we did not set is deleted on each check.
    // Names we set but the page replaced are caught below and painted again.
    // Every name our stylesheet colours is asked for by name, then the listed ones are checked. Firefox's
    // content scripts see the page's registry through an Xray wrapper that shows neither what the page
    // added there: the page's own view (wrappedJSObject) cannot be walked from here either ("Permission
    // denied to access object"), so in Firefox a forged mark stays (hostile-page.e2e.ts records it).
    const forged = new Set<string>();
    for (const group of STYLED_GROUPS) if (!this.groups.has(group) && this.registry.has(this.prefix + group)) forged.add(this.prefix + group);
    if (this.listable) {
      try {
        this.registry.forEach((_h, name) => {
          if (name.startsWith(this.prefix) && !this.groups.has(name.slice(this.prefix.length))) forged.add(name);
        });
      } catch (e) {
        // Firefox (153) refuses a content script the registry's entries ("Permission denied to access
        // object"), every 500 ms: said once, then only the styled names are checked.
        this.listable = false;
        console.info('Quotelight: this browser does not let the content script list the page’s highlights; forged names are checked by name only.', e);
      }
    }
    for (const name of forged) this.registry.delete(name);
    for (const [group, { h, ranges, bounds }] of this.groups) {
      if (this.registry.get(this.prefix + group) !== h || h.size !== ranges.length || h.priority !== priorityOf(group)) return true;
      if (ranges.some((r, i) => !h.has(r) || !sameBounds(r, bounds[i]!))) return true;
    }
    return false;
  }
}

export { WRAP_TAG };

class WrapPainter implements Painter {
  readonly kind = 'wrap';
  private readonly wrapped = new Map<string, HTMLElement[]>();
  private readonly splitOff = new WeakSet<Node>();
  constructor(private readonly doc: Document) {}

  paint(group: string, ranges: readonly Range[]): void {
    this.clear(group);
    const els: HTMLElement[] = [];
    // Collect every text segment first, in document order, then wrap from the last one back:
    // wrapping splits a text node, and only later offsets in it would shift.
    const sorted = [...ranges].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const segments = sorted.flatMap((r) => textSegments(r));
    for (const seg of segments.reverse()) {
      const el = this.doc.createElement(WRAP_TAG);
      el.setAttribute('data-ql', group);
      const r = this.doc.createRange();
      r.setStart(seg.node, seg.start);
      r.setEnd(seg.node, seg.end);
      const nextBefore = seg.node.nextSibling;
      r.surroundContents(el);
      // The text after the wrap now sits in a node the split created: remember it to re-join on clear.
      if (el.nextSibling && el.nextSibling !== nextBefore && el.nextSibling.nodeType === Node.TEXT_NODE) this.splitOff.add(el.nextSibling);
      els.push(el);
    }
    this.wrapped.set(group, els);
  }
  clear(group: string): void {
    for (const el of this.wrapped.get(group) ?? []) {
      const parent = el.parentNode;
      if (!parent) continue;
      // Re-join only the pieces our wrap split off, never the page's own adjacent text nodes.
      const before = el.previousSibling;
      const after = el.nextSibling;
      const text = el.textContent ?? '';
      if (before?.nodeType === Node.TEXT_NODE && el.childNodes.length === 1 && el.firstChild?.nodeType === Node.TEXT_NODE) {
        (before as Text).appendData(text);
        el.remove();
        if (after?.nodeType === Node.TEXT_NODE && this.splitOff.has(after)) {
          (before as Text).appendData((after as Text).data);
          after.remove();
        }
        continue;
      }
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
    }
    this.wrapped.delete(group);
  }
  clearAll(): void {
    for (const g of [...this.wrapped.keys()]) this.clear(g);
  }
  tampered(): boolean {
    for (const els of this.wrapped.values()) if (els.some((e) => !e.isConnected)) return true;
    return false;
  }
}

interface Segment {
  node: Text;
  start: number;
  end: number;
}

function textSegments(range: Range): Segment[] {
  const out: Segment[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
  while (node) {
    const t = node as Text;
    if (range.intersectsNode(t)) {
      const start = t === range.startContainer ? range.startOffset : 0;
      const end = t === range.endContainer ? range.endOffset : t.data.length;
      if (end > start) out.push({ node: t, start, end });
    }
    node = root.nodeType === Node.TEXT_NODE ? null : walker.nextNode();
  }
  return out;
}

/** A painter whose highlight names are `prefix + group` (the prefix is random per page load). */
export function createPainter(doc: Document, prefix: string): Painter {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (css?.highlights && typeof Highlight === 'function') return new HighlightApiPainter(css.highlights, prefix);
  return new WrapPainter(doc);
}
