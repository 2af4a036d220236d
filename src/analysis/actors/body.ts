// Which text counts as article body for actors: not captions, bylines or credits, and not
// photo-credit or agency lines ("Jane Roe/Agency", "Photo: …") wherever they sit.
import type { TextBlock } from '../types';

/** Block kinds whose names are not the article's actors (kinds the extraction may add included). */
const NOT_BODY = new Set(['caption', 'byline', 'credit', 'dateline', 'related', 'share']);

/** A short line that credits a picture or a wire service rather than saying anything. */
const CREDIT_LINE = /^\s*(?:\(?(?:photo(?:graph)?s?|images?|pictures?|video|credits?|source|illustration)\b\s*(?:by|:|credit|courtesy)|©|copyright\b)/i;
/** "Contributing: …", "Additional reporting by …", "… contributed to this report." */
const CONTRIBUTOR_LINE = /^\s*(?:(?:additional\s+)?(?:contributing|reporting|writing|editing|edited|compiled)(?:\s+by)?\s*:|(?:additional\s+)?(?:reporting|writing|editing)\s+by\b)|\b(?:contributed|contributing)\s+to\s+this\s+(?:report|story|article)\b/i;
const SLASH_CREDIT = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*\/\s*\p{Lu}/u;

export function isBodyBlock(text: string, block: TextBlock): boolean {
  if (NOT_BODY.has(block.kind)) return false;
  const t = text.slice(block.start, block.end);
  if (CREDIT_LINE.test(t) || (t.length < 200 && CONTRIBUTOR_LINE.test(t))) return false;
  // "Jane Roe/Agency via Other": a short line of names joined by a slash.
  if (t.length < 120 && SLASH_CREDIT.test(t) && !/[.!?]["”’]?\s*$/.test(t.trim())) return false;
  return true;
}

/**
 * Character ranges inside body text that are credits: "(Photo: Jane Roe/Agency)",
 * "Jane Roe/Agency" — names on either side of a slash, and what a credit word introduces.
 */
export function creditRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const s = text.slice(from, to);
  const slash = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|da))*\s*\/\s*\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*)*/gu;
  for (let m = slash.exec(s); m; m = slash.exec(s)) out.push([from + m.index, from + m.index + m[0].length]);
  const credit = /\((?:photo(?:graph)?|image|picture|credit)s?\b[^)]*\)|\b(?:photo(?:graph)?|image|picture)s?\s*(?:by|credit|courtesy(?: of)?)\s*:?\s*[^.\n]*/giu;
  for (let m = credit.exec(s); m; m = credit.exec(s)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}
