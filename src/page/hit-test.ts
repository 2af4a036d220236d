// Point or caret → article offset, through the live-DOM map.
import type { DomTextMap } from '../extraction/dom-text-map';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function offsetAtPoint(doc: Document, map: DomTextMap, x: number, y: number): number | null {
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  return offsetAtNode(doc, map, node, offset);
}

export function offsetAtNode(doc: Document, map: DomTextMap, node: Node, offset: number): number | null {
  const r = doc.createRange();
  r.setStart(node, offset);
  r.setEnd(node, Math.min(offset + 1, (node as Text).data?.length ?? offset));
  return map.fromRange(r)?.start ?? null;
}

/** The rectangle of the line the pointer is on, for placing the card under it. */
export function rectAround(map: DomTextMap, start: number, end: number, x: number, y: number): DOMRect | null {
  const rects = [...(map.toRange(start, end)?.getClientRects() ?? [])];
  return rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? rects[0] ?? null;
}
