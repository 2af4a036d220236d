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
  const s = text.slice(from, to);
  const out: [number, number][] = slashNames(s).map(([a, b]) => [from + a, from + b]);
  const credit = /\((?:photo(?:graph)?|image|picture|credit)s?\b[^)]*\)|\b(?:photo(?:graph)?|image|picture)s?\s*(?:by|credit|courtesy(?: of)?)\s*:?\s*[^.\n]*/giu;
  for (let m = credit.exec(s); m; m = credit.exec(s)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** Names joined by a slash, "Jane Roe/Agency Name": the leftmost, longest matches of this pattern. */
const SLASH_NAMES = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|da))*\s*\/\s*\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*)*/uy;
const NAME_CHAR = /^[\p{L}\p{M}.'’-]$/u;
const UPPER = /^\p{Lu}$/u;
const SPACE = /^\s$/u;
const PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'da']);

/** The code point ending at `i` (a surrogate pair counts as one character). */
function charBefore(s: string, i: number): string {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

const charAt = (s: string, i: number): string => String.fromCodePoint(s.codePointAt(i)!);

/**
 * The matches `SLASH_NAMES` would find scanning with /g, found from each slash outwards: the regex
 * scanned from every capital letter reads a whole run of capitalised words looking for a slash,
 * which is quadratic on a page of them. Each slash instead walks back over the words before it
 * (never past the previous slash or match, so every character is read a bounded number of times),
 * and the pattern is only run, anchored, where the leftmost match starts.
 */
export function slashNames(s: string): [number, number][] {
  const out: [number, number][] = [];
  let done = 0;
  for (let p = s.indexOf('/'); p >= 0; p = s.indexOf('/', p + 1)) {
    if (p < done) continue;
    let q = p + 1;
    while (q < s.length && SPACE.test(s[q]!)) q++;
    if (q >= s.length || !UPPER.test(charAt(s, q))) continue;
    // Words before the slash, right to left: each a run of name characters after white space.
    let start = -1;
    let e = p;
    while (e > done && SPACE.test(s[e - 1]!)) e--;
    for (;;) {
      let b = e;
      for (let ch = b > done ? charBefore(s, b) : ''; b > done && NAME_CHAR.test(ch); ch = b > done ? charBefore(s, b) : '') b -= ch.length;
      if (b === e) break;
      // The match may start at the word's first capital ("McCain", but also "iPhone" → "Phone").
      for (let i = b; i < e; ) {
        const ch = charAt(s, i);
        if (UPPER.test(ch)) {
          start = i;
          break;
        }
        i += ch.length;
      }
      // Only a whole capitalised word or a particle lets the run go on to the left.
      if (!(start === b || PARTICLES.has(s.slice(b, e)))) break;
      let w = b;
      while (w > done && SPACE.test(s[w - 1]!)) w--;
      if (w === b) break;
      e = w;
    }
    if (start < 0) continue;
    SLASH_NAMES.lastIndex = start;
    const m = SLASH_NAMES.exec(s);
    if (!m) continue;
    out.push([start, start + m[0].length]);
    done = start + m[0].length;
  }
  return out;
}
