// A quote as a list of comparable words. Two reports of one statement differ in typography far more
// often than in wording: marks and accents, case, spacing, punctuation, curly or straight quotes and
// apostrophes, "1,000" or "1000". All of that is folded away here; an ellipsis is kept as a position,
// since it says words were left out there.

export interface QuoteWords {
  /** Folded words: no marks, lower case, no apostrophes or digit separators. */
  words: string[];
  /** The same words as the quote wrote them (for showing a difference). */
  surface: string[];
  /** Word indexes an ellipsis stood before (0 = at the start, words.length = at the end). */
  ellipses: number[];
}

// An ellipsis (three dots, spaced or not, or the one character, bracketed or not), or a word:
// letters, digits and marks, with apostrophes inside and separators between digits ("1,000").
const TOKEN = /[[(]?(?:\.\s?\.\s?\.|…)[\])]?|[\p{L}\p{N}\p{M}]+(?:(?:['’ʼ‘`]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/**
 * One word folded: marks off, lower case, a possessive 's off ("the Board's" and "the Board'" are one spelling
 * of one word), apostrophes and digit separators out.
 */
export function foldWord(w: string): string {
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘`]s$/, '')
    .replace(/['’ʼ‘`.,]/g, '');
}

export function quoteWords(text: string): QuoteWords {
  const words: string[] = [];
  const surface: string[] = [];
  const ellipses: number[] = [];
  for (const m of text.normalize('NFKC').matchAll(TOKEN)) {
    const t = m[0];
    if (/^[[(]?(?:\.|…)/.test(t)) {
      if (ellipses.at(-1) !== words.length) ellipses.push(words.length);
      continue;
    }
    const folded = foldWord(t);
    if (!folded) continue;
    words.push(folded);
    surface.push(t);
  }
  return { words, surface, ellipses };
}
