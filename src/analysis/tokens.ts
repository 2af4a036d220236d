// Word and punctuation tokens with offsets: the unit every rule works on.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters/digits), as opposed to one punctuation character. */
  word: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// "U.S." | words with inner apostrophes, hyphens, dots ("al-Qaeda", "Russia's", "G.K.")
// A middle initial ("John D. Podesta") is one token with its dot.
// A soft hyphen (U+00AD) inside a word joins it: it is a line-break hint, not punctuation.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|[\p{L}\p{M}\p{N}]+(?:[-'’.&\u00ad][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const t = m[0];
    // ASCII by code (most tokens, and fast); anything else by Unicode class.
    const code = t.charCodeAt(0);
    let word: boolean;
    let cap: boolean;
    if (code < 128) {
      cap = code >= 65 && code <= 90;
      word = cap || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    } else {
      const c0 = t[0]!;
      word = LETTER_OR_DIGIT.test(c0);
      cap = word && c0 !== c0.toLowerCase();
    }
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t, lower: t.toLowerCase(), word, cap });
  }
  return out;
}

/** "Russia’s" → "Russia"; "Jones'" handled by the tokenizer leaving the mark out. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, '');
}

export function hasPossessive(word: string): boolean {
  return /['’]s$/i.test(word);
}
