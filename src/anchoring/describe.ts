// Range -> selectors. The page code maps a DOM selection to offsets in the article's
// plain text; from here on everything is string offsets.
import type { AnnotationSelectors } from '../shared/records';
import { countAstral, splitsPair } from './codepoints';

/** Context length either side, as Hypothesis and the W3C examples use. */
export const CONTEXT_LENGTH = 32;

export function describe(text: string, start: number, end: number): AnnotationSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describe: bad range [${start}, ${end}) for text of length ${text.length}`);
  }
  // Never cut a surrogate pair in half: a lone surrogate breaks percent-encoding later.
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
    astralBefore: countAstral(text, 0, start),
  };
}
