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
// This expression defines the tokens; `tokenize` reads plain ASCII words and punctuation by
// hand (the bulk of any page) and hands everything else to it, with the same result.
const TOKEN_SOURCE = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|[\p{L}\p{M}\p{N}]+(?:[-'’.&\u00ad][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]`;
const TOKEN = new RegExp(TOKEN_SOURCE, 'gu');
/** The same expression anchored where the hand reader stopped. */
const TOKEN_AT = new RegExp(TOKEN_SOURCE, 'uy');

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Non-ASCII punctuation common in news text, each always a token of its own where a token starts
 * (the expression's last branch): read by hand, its string made once rather than per occurrence.
 */
const PUNCTUATION = new Map([...'“”‘’«»„‚‹›—–‐‑…•·′″'].map((ch) => [ch.charCodeAt(0), ch]));

const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isAsciiSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13);
/** ASCII characters that join two word parts into one token ("al-Qaeda", "Russia's", "3.5", "AT&T"). */
const isAsciiJoinCode = (c: number) => c === 45 || c === 39 || c === 46 || c === 38;

function token(text: string, start: number, from: number): Token {
  // ASCII by code (most tokens, and fast); anything else by Unicode class.
  const code = text.charCodeAt(0);
  let word: boolean;
  let cap: boolean;
  if (code < 128) {
    cap = code >= 65 && code <= 90;
    word = isAsciiWordCode(code);
  } else {
    const c0 = text[0]!;
    word = LETTER_OR_DIGIT.test(c0);
    cap = word && c0 !== c0.toLowerCase();
  }
  return { start: from + start, end: from + start + text.length, text, lower: text.toLowerCase(), word, cap };
}

/**
 * The end of the ASCII word at `i` in `s`, or -1 when the expression must decide: a capital
 * before a dot (an initial, "U.S."), or a word that runs into a non-ASCII character.
 */
function asciiWordEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90 && s.charCodeAt(i + 1) === 46) return -1;
  let j = i + 1;
  for (;;) {
    while (j < s.length && isAsciiWordCode(s.charCodeAt(j))) j++;
    if (j < s.length && s.charCodeAt(j) >= 128) return -1;
    if (j + 1 < s.length && isAsciiJoinCode(s.charCodeAt(j))) {
      const next = s.charCodeAt(j + 1);
      if (isAsciiWordCode(next)) {
        j += 2;
        continue;
      }
      if (next >= 128) return -1;
    }
    return j;
  }
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(from, to);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (isAsciiSpaceCode(c)) {
        i++;
        continue;
      }
      if (!isAsciiWordCode(c)) {
        out.push(token(s[i]!, i, from));
        i++;
        continue;
      }
      const end = asciiWordEnd(s, i);
      if (end > 0) {
        out.push(token(s.slice(i, end), i, from));
        i = end;
        continue;
      }
    }
    const punct = c >= 128 ? PUNCTUATION.get(c) : undefined;
    if (punct !== undefined) {
      out.push(token(punct, i, from));
      i++;
      continue;
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(s);
    if (m) {
      out.push(token(m[0], i, from));
      i += m[0].length;
    } else i++; // only white space matches nothing
  }
  return out;
}

/** The tokens by the expression alone: what `tokenize` must equal (tests compare the two). */
export function tokenizeByExpression(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push(token(m[0], m.index, from));
  return out;
}

/** "Russia’s" → "Russia"; "Jones'" handled by the tokenizer leaving the mark out. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, '');
}

export function hasPossessive(word: string): boolean {
  return /['’]s$/i.test(word);
}
