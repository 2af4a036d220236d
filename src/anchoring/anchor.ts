// Selectors -> range in a (possibly changed) text. Order: trust the stored position if its
// text still matches, else the best exact occurrence, else a scored fuzzy match
// (the scoring follows Hypothesis's match-quote.ts).
import type { TextPositionSelector, TextQuoteSelector } from '../shared/records';
import { approxSearch, similarity } from './approx';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Below this a fuzzy candidate is rejected. A look-alike sentence elsewhere with foreign
 * context scores about 0.5-0.6; an edited passage, even moved, scores above 0.85.
 */
export const MIN_FUZZY_SCORE = 0.75;

/** Edit budget for fuzzy search: half the quote, capped as Hypothesis does. */
export function maxErrorsFor(exact: string): number {
  return Math.min(256, Math.floor(exact.length / 2));
}

function positionScore(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined || textLength === 0) return 1;
  return 1 - Math.abs(start - hint) / textLength;
}

/** Fraction of `prefix` that equals the text just before `start` (compared right to left). */
function prefixAgreement(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  let n = 0;
  while (n < prefix.length && n < start && text[start - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  return n / prefix.length;
}

function suffixAgreement(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  let n = 0;
  while (n < suffix.length && end + n < text.length && text[end + n] === suffix[n]) n++;
  return n / suffix.length;
}

function weighted(quote: number, prefix: number, suffix: number, pos: number): number {
  return (
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * pos) /
    MAX_SCORE
  );
}

function anchorExact(text: string, quote: TextQuoteSelector, hint: number | undefined): Anchored | null {
  let best: Anchored | null = null;
  let bestScore = -1;
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) {
    const end = i + quote.exact.length;
    const score = weighted(
      1,
      prefixAgreement(text, i, quote.prefix),
      suffixAgreement(text, end, quote.suffix),
      positionScore(i, hint, text.length),
    );
    if (score > bestScore) {
      bestScore = score;
      best = { start: i, end, method: 'exact' };
    }
  }
  return best;
}

/** Fuzzy candidates with their score; exported for tests that tune the threshold. */
export function scoreFuzzy(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
): { start: number; end: number; score: number }[] {
  return approxSearch(text, quote.exact, maxErrorsFor(quote.exact)).map((m) => {
    const prefixWindow = text.slice(Math.max(0, m.start - quote.prefix.length), m.start);
    const suffixWindow = text.slice(m.end, m.end + quote.suffix.length);
    const score = weighted(
      1 - m.errors / quote.exact.length,
      similarity(prefixWindow, quote.prefix),
      similarity(suffixWindow, quote.suffix),
      positionScore(m.start, hint, text.length),
    );
    return { start: m.start, end: m.end, score };
  });
}

function anchorFuzzy(text: string, quote: TextQuoteSelector, hint: number | undefined): Anchored | null {
  let best: { start: number; end: number; score: number } | null = null;
  for (const c of scoreFuzzy(text, quote, hint)) {
    if (!best || c.score > best.score) best = c;
  }
  if (!best || best.score < MIN_FUZZY_SCORE) return null;
  return { start: best.start, end: best.end, method: 'fuzzy' };
}

export function anchor(text: string, selectors: AnchorSelectors): Anchored | null {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return null;
  if (
    position &&
    position.end - position.start === quote.exact.length &&
    text.startsWith(quote.exact, position.start)
  ) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  return anchorExact(text, quote, position?.start) ?? anchorFuzzy(text, quote, position?.start);
}
