// Maps offsets in an ExtractedArticle's text back to the LIVE document, so the page
// code can paint exact Ranges. Each block is found, in order, in the whitespace-
// collapsed text of the live text nodes; every block character then has a
// (text node, offset) position.
import type { ExtractedArticle } from './types';

export interface DomTextMap {
  /** A live Range covering article text [start, end), or null if it is not on the page. */
  toRange(start: number, end: number): Range | null;
  /** Article offsets of a live Range (e.g. the user's selection), or null if outside the article. */
  fromRange(range: Range): { start: number; end: number } | null;
}

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'TR', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DT', 'DD', 'PRE', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV']);

interface Flat {
  text: string;
  nodes: Text[];
  /** For each char of `text`: index into `nodes` and offset in that node. */
  nodeIdx: Int32Array;
  nodeOff: Int32Array;
}

/** The characters `\s` matches (HTML whitespace, NBSP and the other Unicode spaces), by code: no regex per character. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** An Int32Array that grows by doubling: the position map is built on the page's main thread, so it avoids per-character boxing. */
class IntBuffer {
  data = new Int32Array(1 << 14);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** The live body's text with whitespace runs collapsed to one space, plus a position map. */
function flatten(doc: Document, hidden: ReadonlySet<Node>): Flat {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const idx = new IntBuffer();
  const off = new IntBuffer();
  let lastWasSpace = true;
  const visit = (node: Node) => {
    if (hidden.has(node)) return; // left out of the snapshot too: the article's text never has it
    if (node.nodeType === 3) {
      const t = node as Text;
      const v = t.data;
      const ni = nodes.length;
      nodes.push(t);
      // Runs of non-space characters are copied whole; each space run becomes one ' '.
      let run = -1;
      for (let i = 0; i < v.length; i++) {
        if (isSpaceCode(v.charCodeAt(i))) {
          if (run >= 0) {
            parts.push(v.slice(run, i));
            run = -1;
          }
          if (lastWasSpace) continue;
          lastWasSpace = true;
          parts.push(' ');
        } else {
          if (run < 0) run = i;
          lastWasSpace = false;
        }
        idx.push(ni);
        off.push(i);
      }
      if (run >= 0) parts.push(v.slice(run));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP_PARENTS.has(tag)) return;
    // A <br> or a block boundary reads as a space in extracted text ("line<br>line"): add a
    // virtual space that maps to the end of the previous text node.
    const boundary = tag === 'BR' || BLOCK_TAGS.has(tag);
    if (boundary) virtualSpace();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (boundary && tag !== 'BR') virtualSpace();
  };
  const virtualSpace = () => {
    if (lastWasSpace || !nodes.length) return;
    const ni = nodes.length - 1;
    lastWasSpace = true;
    parts.push(' ');
    idx.push(ni);
    off.push(nodes[ni]!.data.length);
  };
  visit(doc.body ?? doc.documentElement);
  return { text: parts.join(''), nodes, nodeIdx: idx.done(), nodeOff: off.done() };
}

/** `hidden`: the nodes the snapshot left out (the text the reader cannot see). */
export function mapArticleToDom(doc: Document, article: ExtractedArticle, hidden: ReadonlySet<Node> = new Set()): DomTextMap {
  const flat = flatten(doc, hidden);
  // For each block: where its first character sits in flat.text (-1 when not found).
  const blockPos: number[] = [];
  let cursor = 0;
  for (const b of article.blocks) {
    const t = article.text.slice(b.start, b.end);
    let at = flat.text.indexOf(t, cursor);
    if (at < 0) at = flat.text.indexOf(t); // out of order on the page (e.g. a caption moved)
    blockPos.push(at);
    if (at >= 0) cursor = at + t.length;
  }

  const blockAt = (offset: number): number => {
    // Binary search: the block containing offset (end inclusive, for range ends).
    let lo = 0;
    let hi = article.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = article.blocks[mid]!;
      if (offset < b.start) hi = mid - 1;
      else if (offset > b.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const flatPos = (offset: number): number => {
    const bi = blockAt(offset);
    if (bi < 0) return -1;
    const base = blockPos[bi] ?? -1;
    if (base < 0) return -1;
    return base + (offset - article.blocks[bi]!.start);
  };

  return {
    toRange(start, end) {
      if (!(start >= 0 && end >= start && end <= article.text.length)) return null;
      const fs = flatPos(start);
      // The end is exclusive: map the last character and step past it.
      const fe = end > start ? flatPos(end - 1) : fs - 1;
      if (fs < 0 || (end > start && fe < 0)) return null;
      const range = doc.createRange();
      const sn = flat.nodes[flat.nodeIdx[fs] ?? -1];
      if (!sn) return null;
      range.setStart(sn, flat.nodeOff[fs] ?? 0);
      if (end === start) {
        range.collapse(true);
        return range;
      }
      const en = flat.nodes[flat.nodeIdx[fe] ?? -1];
      if (!en) return null;
      range.setEnd(en, Math.min(en.data.length, (flat.nodeOff[fe] ?? 0) + 1));
      return range;
    },
    fromRange(range) {
      const toFlat = (node: Node, offset: number, isEnd: boolean): number => {
        let n = node;
        let o = offset;
        if (n.nodeType !== 3) {
          // Element boundary: move to the first text node at or after it.
          const child = n.childNodes[o] ?? null;
          n = child ?? n;
          o = 0;
          while (n && n.nodeType !== 3 && n.firstChild) n = n.firstChild;
        }
        const ni = flat.nodes.indexOf(n as Text);
        if (ni < 0) return -1;
        // First flat char at or after (ni, o).
        let lo = 0;
        let hi = flat.text.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const a = flat.nodeIdx[mid]!;
          if (a < ni || (a === ni && flat.nodeOff[mid]! < o)) lo = mid + 1;
          else hi = mid;
        }
        return isEnd ? lo : lo;
      };
      const fs = toFlat(range.startContainer, range.startOffset, false);
      const fe = toFlat(range.endContainer, range.endOffset, true);
      if (fs < 0 || fe < 0) return null;
      const toArticle = (f: number, isEnd: boolean): number => {
        for (let i = 0; i < article.blocks.length; i++) {
          const p = blockPos[i] ?? -1;
          const b = article.blocks[i]!;
          if (p < 0) continue;
          const len = b.end - b.start;
          if (f >= p && f <= p + len) return b.start + (f - p);
          if (!isEnd && f < p) return b.start; // selection starts before this block
        }
        return -1;
      };
      let s = toArticle(fs, false);
      let e = toArticle(fe, true);
      if (e < 0 && s >= 0) e = article.text.length;
      if (s < 0 || e < 0) return null;
      if (e < s) [s, e] = [e, s];
      return { start: s, end: e };
    },
  };
}
