// Sentence boundaries inside one block, ignoring full stops inside quotations and
// after abbreviations ("Mr.", "U.S.", "Jan.").
import { HONORIFICS } from './lexicons/titles';
import type { Span } from './types';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof', 'inc', 'corp',
  'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'no', 'mt', 'ft',
  'rev', 'fr', 'gov', 'adm', 'maj', 'cmdr', 'supt', 'det', 'insp', 'hon', 'atty', 'dept', 'univ', 'est', 'approx', 'etc',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'n.c', 's.c', 'wis', 'calif', 'fla', 'mass', 'penn', 'va', 'ky',
]);

/** Sentence spans (absolute offsets) of text[from, to); `inQuote(pos)` marks positions inside quotations. */
export function splitSentences(text: string, from: number, to: number, inQuote: (pos: number) => boolean): Span[] {
  const out: Span[] = [];
  let start = from;
  const re = /[.!?]+["”’']?(?=\s+["“‘'([]?[\p{Lu}\p{N}])/gu;
  const s = text.slice(from, to);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const endAbs = from + m.index + m[0].length;
    // A closing mark after the stop is outside the quotation: ".” He" ends a sentence.
    if (inQuote(from + m.index + m[0].length - 1)) continue;
    if (m[0][0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(s.slice(Math.max(0, m.index - 12), m.index));
      const w = before?.[1]?.toLowerCase() ?? '';
      if (ABBREV.has(w) || w in HONORIFICS || /^\p{L}$/u.test(w) || /^(\p{L}\.)+\p{L}$/u.test(w)) continue;
    }
    out.push({ start, end: endAbs });
    start = endAbs;
    while (start < to && /\s/.test(text[start] ?? '')) start++;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/**
 * Binary search over sorted, non-overlapping spans: the index of the span containing `pos`, or of
 * the last span before it (-1 if none), and whether `pos` is inside it.
 */
export function spanAt(spans: readonly Span[], pos: number): { index: number; inside: boolean } {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return { index: mid, inside: true };
  }
  return { index: lo - 1, inside: false };
}
