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
  constructor(private readonly doc: Document) {}

  paint(group: string, ranges: readonly Range[]): void {
    this.clear(group);
    const els: HTMLElement[] = [];
    // Collect every text segment first: wrapping splits text nodes and would shift later ranges.
    const segments = ranges.flatMap((r) => textSegments(r));
    for (const seg of segments.reverse()) {
      const el = this.doc.createElement(WRAP_TAG);
      el.setAttribute('data-ql', group);
      const r = this.doc.createRange();
      r.setStart(seg.node, seg.start);
      r.setEnd(seg.node, seg.end);
      r.surroundContents(el);
      els.push(el);
    }
    this.wrapped.set(group, els);
  }
  clear(group: string): void {
    for (const el of this.wrapped.get(group) ?? []) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
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
