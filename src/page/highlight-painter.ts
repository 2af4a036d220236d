// Paints groups of Ranges. The CSS Custom Highlight API leaves the page's DOM untouched (no layout
// shift, page scripts and selection unaffected); where it is missing, ranges are wrapped in a custom
// element the page's own CSS cannot know, as the fallback.

export interface Painter {
  readonly kind: 'highlight-api' | 'wrap';
  /** Replaces what is painted under `group` (a CSS-ident-safe name). */
  paint(group: string, ranges: readonly Range[]): void;
  clear(group: string): void;
  clearAll(): void;
}

export const HIGHLIGHT_PREFIX = 'ql-';

/** Later groups win where they overlap: the reader's marks over quotes over actors. */
function priorityOf(group: string): number {
  if (group === 'flash') return 40;
  if (group.startsWith('mark')) return 30;
  if (group.startsWith('quote')) return 20;
  return 10;
}

class HighlightApiPainter implements Painter {
  readonly kind = 'highlight-api';
  private readonly groups = new Set<string>();
  constructor(private readonly registry: HighlightRegistry) {}

  paint(group: string, ranges: readonly Range[]): void {
    if (ranges.length === 0) {
      this.clear(group);
      return;
    }
    const h = new Highlight(...ranges);
    h.priority = priorityOf(group);
    this.registry.set(HIGHLIGHT_PREFIX + group, h);
    this.groups.add(group);
  }
  clear(group: string): void {
    this.registry.delete(HIGHLIGHT_PREFIX + group);
    this.groups.delete(group);
  }
  clearAll(): void {
    for (const g of [...this.groups]) this.clear(g);
  }
}

export const WRAP_TAG = 'ql-mark';

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

export function createPainter(doc: Document): Painter {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (css?.highlights && typeof Highlight === 'function') return new HighlightApiPainter(css.highlights);
  return new WrapPainter(doc);
}
