// Units of text the extraction's rules count and compare. Japanese and Chinese are written without
// spaces, so a "word" found by splitting on spaces or punctuation is a whole clause there: each of
// their characters is a unit of its own, and counts as half a word (a word of either averages about
// two characters), so length thresholds mean the same text in every script.

const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
/** One Han or kana character, or a run of letters and digits of any other script. */
const TOKEN = new RegExp(`[${UNSPACED}ー]|(?:(?![${UNSPACED}ー])[\\p{L}\\p{N}\\p{M}_])+`, 'gu');
const UNSPACED_CHAR = new RegExp(`^[${UNSPACED}ー]$`, 'u');

/** The text's tokens, lower-cased: words, and single characters of Japanese and Chinese. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** How many words the text holds; a Han or kana character is half a word. */
export function wordsIn(text: string): number {
  let n = 0;
  for (const t of text.match(TOKEN) ?? []) n += UNSPACED_CHAR.test(t) ? 0.5 : 1;
  return Math.round(n);
}

/** The text's 4-grams of tokens. */
export function grams(text: string): Set<string> {
  const w = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '));
  return out;
}
