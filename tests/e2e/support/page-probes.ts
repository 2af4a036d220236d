// Functions evaluated inside test pages (page world): they must be self-contained.

export interface HighlightProbe {
  supported: boolean;
  groups: Record<string, string[]>;
  outsideArticle: string[];
}

/**
 * What Quotelight painted, read back from the page's own CSS.highlights registry. Highlight names
 * carry a random prefix per page load; groups are reported as `ql-<group>` (ql-quote-0, ql-mark-yellow…).
 */
export function probeHighlights(articleSelector: string): HighlightProbe {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!reg) return { supported: false, groups: {}, outsideArticle: [] };
  const article = document.querySelector(articleSelector);
  const groups: Record<string, string[]> = {};
  const outsideArticle: string[] = [];
  reg.forEach((h, name) => {
    const group = /^[a-z][a-z0-9]*-(quote-\d+|person|organization|place|mark-[a-z]+|flash)$/.exec(name)?.[1];
    if (!group) return;
    const key = `ql-${group}`;
    groups[key] = [];
    h.forEach((r) => {
      groups[key]!.push(r.toString());
      if (!article?.contains(r.commonAncestorContainer)) outsideArticle.push(`${key}: ${r.toString()}`);
    });
  });
  return { supported: true, groups, outsideArticle };
}

/** Viewport point in the middle of the first line of the first occurrence of `text`. */
export function pointOfText(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + Math.min(text.length, 12));
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    if (!rect) return null;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Selects the first occurrence of `text` in the page, as a reader's drag would. */
export function selectText(text: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return true;
  }
  return false;
}

/**
 * Where the floating Highlight button sits for the current selection: below the end of its last line
 * (overlay-root.ts placeNear with a 6 px gap), and whether Quotelight's overlay is under that point.
 * The button is in a closed shadow root, so this is all a page (or a test) can know of it.
 */
export function highlightButtonPoint(): { x: number; y: number; shown: boolean } | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const rects = sel.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1];
  if (!last) return null;
  const x = Math.max(4, last.left) + 20;
  const y = last.bottom + 6 + 12;
  return { x, y, shown: document.elementFromPoint(x, y)?.tagName === 'QUOTELIGHT-OVERLAY' };
}

/** Runs in the extension's frame on the page: the text of an element, or null when absent. */
export function frameText(dataQl: string): string | null {
  return document.querySelector(`[data-ql="${dataQl}"]`)?.textContent ?? null;
}

/** Runs in the extension's frame on the page: the value of a field, or null when absent. */
export function frameValue(dataQl: string): string | null {
  return (document.querySelector(`[data-ql="${dataQl}"]`) as HTMLInputElement | null)?.value ?? null;
}

/** Runs in the page: the viewport box of the first occurrence of `text`, scrolled into view. */
export function rectOfText(text: string): { x: number; y: number; width: number; height: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + text.length);
    const b = r.getClientRects()[0]!;
    return { x: Math.floor(b.left), y: Math.floor(b.top), width: Math.ceil(b.width), height: Math.ceil(b.height) };
  }
  return null;
}
