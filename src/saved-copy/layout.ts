// What of a version counts as the article's content when two visits are compared. Layout is not
// content: whitespace, typography (curly or straight quotes, dashes), the kinds of block that are
// page furniture (byline, credit, dateline, caption: they rotate with the pictures), and lines that
// are stamps ("Updated 10:32"), ad labels or related links (layout-lines.json).
import type { BlockKind } from '../analysis/types';
import lines from './layout-lines.json';
import type { ArticleVersion } from './types';

const BODY: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'blockquote', 'list-item']);

const rx = (list: string[]) => list.map((p) => new RegExp(p, 'iu'));
const STAMPS = rx(lines.stamps);
const LABELS = rx(lines.labels);
const RELATED = rx(lines.related);
/** A time or a date: what makes a "Updated …" line a stamp rather than a sentence. */
const TIME_OR_DATE = /\d{1,2}[:.h]\d{2}|\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}\b|\b(ago|today|yesterday)\b/iu;

/** Whitespace collapsed, typography folded: two renderings of one text compare equal. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const wordCount = (s: string) => s.split(' ').length;

/** Whether a (normalized) body block is page furniture rather than the article's words. */
export function isLayoutLine(line: string): boolean {
  if (!line || !/[\p{L}\p{N}]/u.test(line)) return true;
  if (LABELS.some((r) => r.test(line))) return true;
  if (wordCount(line) <= lines.stampMaxWords && STAMPS.some((r) => r.test(line)) && TIME_OR_DATE.test(line)) return true;
  return wordCount(line) <= lines.relatedMaxWords && RELATED.some((r) => r.test(line));
}

/** A content paragraph: its normalized text and its span in the version's text. */
export interface ContentBlock {
  text: string;
  start: number;
  end: number;
}

/** The version's content blocks, in order: body kinds only, layout lines dropped, text normalized. */
export function contentBlocks(v: ArticleVersion): ContentBlock[] {
  const out: ContentBlock[] = [];
  for (const b of v.blocks) {
    if (!BODY.has(b.kind)) continue;
    const text = normalizeText(v.text.slice(b.start, b.end));
    if (!isLayoutLine(text)) out.push({ text, start: b.start, end: b.end });
  }
  return out;
}
