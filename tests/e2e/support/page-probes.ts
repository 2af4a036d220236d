// Functions evaluated inside test pages (page world): they must be self-contained.

export interface HighlightProbe {
  supported: boolean;
  groups: Record<string, string[]>;
  outsideArticle: string[];
}

/** What Quotelight painted, read back from the page's own CSS.highlights registry. */
export function probeHighlights(articleSelector: string): HighlightProbe {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!reg) return { supported: false, groups: {}, outsideArticle: [] };
  const article = document.querySelector(articleSelector);
  const groups: Record<string, string[]> = {};
  const outsideArticle: string[] = [];
  reg.forEach((h, name) => {
    if (!name.startsWith('ql-')) return;
    groups[name] = [];
    h.forEach((r) => {
      groups[name]!.push(r.toString());
      if (!article?.contains(r.commonAncestorContainer)) outsideArticle.push(`${name}: ${r.toString()}`);
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

/** Text of an element of Quotelight's overlay (open shadow root), or null when absent/hidden. */
export function overlayText(dataQl: string): string | null {
  const root = document.querySelector('quotelight-overlay')?.shadowRoot;
  const el = root?.querySelector(`[data-ql="${dataQl}"]`) as HTMLElement | null | undefined;
  if (!el || el.hidden) return null;
  return el.textContent;
}

export function overlayAction(args: { dataQl: string; value?: string }): boolean {
  const root = document.querySelector('quotelight-overlay')?.shadowRoot;
  const el = root?.querySelector(`[data-ql="${args.dataQl}"]`) as HTMLInputElement | HTMLButtonElement | null | undefined;
  if (!el) return false;
  if (args.value !== undefined) {
    (el as HTMLInputElement).value = args.value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    el.click();
  }
  return true;
}
