// Finds quoted spans in article text, in the marks of English, French, Spanish, German and
// Portuguese: “…” "…" ‘…’ '…', « … » (with the no-break, narrow no-break or plain spaces French
// sets inside), German „…“ ‚…‘ »…« ›…‹, and ‹…›. Apostrophes (don't, Russia's, '90s,
// workers') are told apart from single quotes by their neighbours. A span is the words between
// the marks, without the spaces set inside them. A dash that opens dialogue is not a mark.
import type { ArticleText } from './types';

export interface QuoteSpan {
  /** Offsets of the quoted characters (marks excluded). */
  start: number;
  end: number;
  /** Index of the block holding the span. */
  block: number;
  /** The span runs to its paragraph's end because the quotation continues in the next one. */
  continues: boolean;
  /** The span is a later paragraph of a multi-paragraph quotation. */
  continuation: boolean;
  double: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,"“„«»‹›‚'‘]/u; // chars that may precede an opening mark

const SPACE = /\s/;
const ELISION_NUMBER = /^\d\ds?\b/;
const ELISION_WORD = /^(em|til|tis|twas|cause|n)\b/i;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || SPACE.test(ch);

interface Mark {
  pos: number;
  role: 'open' | 'close' | 'either';
  family: 'double' | 'single' | 'guillemet' | 'low' | 'angle' | 'low-single';
}

/**
 * « and » (‹ and ›) open and close either way round: French and Spanish «…», German »…«.
 * The mark opens where a word follows it and nothing but a space or an opening context precedes
 * it, and closes where it follows a word or punctuation; otherwise its usual role stands.
 */
function guillemetRole(prev: string | undefined, next: string | undefined, usual: 'open' | 'close'): 'open' | 'close' {
  const afterSpace = prev === undefined || OPEN_CONTEXT.test(prev);
  const beforeWord = next !== undefined && !SPACE.test(next) && !/[,.;:!?)\]]/.test(next);
  if (afterSpace && beforeWord) return 'open';
  if (!afterSpace && !beforeWord) return 'close';
  return usual;
}

/** Classify one quotation-mark character at `i` in `s` from its neighbours. */
function classify(s: string, i: number): Mark | null {
  const ch = s[i];
  const prev = i > 0 ? s[i - 1] : undefined;
  const next = s[i + 1];
  switch (ch) {
    case '“':
      // „…“ (German) closes with “; otherwise “ opens.
      return { pos: i, role: !isWord(next) && !isSpaceOrStart(prev) ? 'close' : 'open', family: 'double' };
    case '”':
      return { pos: i, role: isSpaceOrStart(prev) && isWord(next) ? 'open' : 'close', family: 'double' };
    case '„':
      return { pos: i, role: 'open', family: 'low' };
    case '‚':
      // German ‚…‘ (a comma-like mark between words is a typo'd comma: it opens only before a word).
      return isWord(next) && isSpaceOrStart(prev) ? { pos: i, role: 'open', family: 'low-single' } : null;
    case '«':
      return { pos: i, role: guillemetRole(prev, next, 'open'), family: 'guillemet' };
    case '»':
      return { pos: i, role: guillemetRole(prev, next, 'close'), family: 'guillemet' };
    case '‹':
      return { pos: i, role: guillemetRole(prev, next, 'open'), family: 'angle' };
    case '›':
      return { pos: i, role: guillemetRole(prev, next, 'close'), family: 'angle' };
    case '"': {
      const openish = prev === undefined || OPEN_CONTEXT.test(prev);
      const closeish = next === undefined || !isWord(next) || !openish;
      if (openish && !isSpaceOrStart(next)) return { pos: i, role: closeish && !isSpaceOrStart(prev) ? 'either' : 'open', family: 'double' };
      if (!isSpaceOrStart(prev)) return { pos: i, role: 'close', family: 'double' };
      return null;
    }
    case '‘':
    case "'":
    case '’': {
      // Inside a word: an apostrophe (don't, Russia's, O'Brien).
      if (isWord(prev) && isWord(next)) return null;
      const openish = prev === undefined || OPEN_CONTEXT.test(prev);
      if (openish && next !== undefined && !SPACE.test(next)) {
        // '90s, 'em, 'til, 'n': elisions, not quotes.
        if (ELISION_NUMBER.test(s.slice(i + 1, i + 4)) || ELISION_WORD.test(s.slice(i + 1, i + 6))) return null;
        if (ch === '’' && !isSpaceOrStart(prev) && prev !== '"' && prev !== '“') return null;
        return { pos: i, role: 'open', family: 'single' };
      }
      if (!isSpaceOrStart(prev) && ch !== '‘') return { pos: i, role: 'close', family: 'single' };
      // German ‚…‘ closes with ‘ after a word or punctuation.
      if (ch === '‘' && !isSpaceOrStart(prev) && !isWord(next)) return { pos: i, role: 'close', family: 'single' };
      return null;
    }
    default:
      return null;
  }
}

/** Is the UTF-16 unit a quotation mark or apostrophe: " “ ” „ « » ' ‘ ’ ‚ ‹ ›. */
const isMarkCode = (c: number) =>
  c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201a) || (c >= 0x201c && c <= 0x201e) || c === 0x2039 || c === 0x203a;

function marksIn(s: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!isMarkCode(s.charCodeAt(i))) continue;
    const mark = classify(s, i);
    if (mark) out.push(mark);
  }
  return out;
}

const closes = (open: Mark, close: Mark) =>
  open.family === close.family || (open.family === 'low' && close.family === 'double') || (open.family === 'low-single' && close.family === 'single');

/** Marks of the inner level: ‘…’ '…', German ‚…‘, and ‹…›. */
const isSingleFamily = (m: Mark) => m.family === 'single' || m.family === 'low-single' || m.family === 'angle';
/** „ and “ ” are one group (German opens low and closes high): a second opener of the group is a stray one. */
const sameGroup = (a: Mark, b: Mark) => a.family === b.family || (a.family !== 'guillemet' && b.family !== 'guillemet');

/** A plural possessive ("the workers' union") looks like a closing single quote. */
function looksPossessive(s: string, pos: number): boolean {
  return s[pos - 1] === 's' && /^\s+[\p{Ll}\p{Lu}]/u.test(s.slice(pos + 1, pos + 4)) && !/^[\s]*[,.;:!?]/.test(s.slice(pos + 1));
}

interface Pair {
  open: number;
  close: number; // index of the closing mark, or s.length when unclosed
  double: boolean;
}

/** Pair marks of one family group within one paragraph. Unclosed openers are reported with close = -1. */
function pairMarks(s: string, marks: Mark[], single: boolean): { pairs: Pair[]; unclosed: number | null } {
  const pairs: Pair[] = [];
  let open: Mark | null = null;
  let nested: Mark | null = null;
  // Single marks are one family, so any later mark that is not an opener could close.
  let lastCloser = -1;
  if (single) for (let k = 0; k < marks.length; k++) if (marks[k]!.role !== 'open') lastCloser = k;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (open === null) {
      if (m.role === 'open' || m.role === 'either') open = m;
      continue;
    }
    // French and Spanish quote inside «…» with “…”: the inner pair belongs to the outer quotation.
    if (nested) {
      if (m.role !== 'open' && closes(nested, m)) nested = null;
      continue;
    }
    if (!single && m.role === 'open' && !sameGroup(open, m)) {
      nested = m;
      continue;
    }
    if ((m.role === 'close' || m.role === 'either') && closes(open, m)) {
      if (single && looksPossessive(s, m.pos)) {
        // Prefer a later closer in this paragraph when there is one.
        if (lastCloser > k) continue;
      }
      if (m.pos > open.pos + 1) pairs.push({ open: open.pos, close: m.pos, double: !single });
      open = null;
    } else if (m.role === 'open' && (m.family === open.family || (!single && sameGroup(open, m)))) {
      // A second opener before any closer: the first was stray.
      open = m;
    }
  }
  return { pairs, unclosed: open ? open.pos : null };
}

function firstOpener(s: string, family: 'double' | 'single'): boolean {
  const t = s.trimStart();
  const ch = t[0];
  if (family === 'double') return ch === '“' || ch === '"' || ch === '„' || ch === '«' || (ch === '»' && WORD.test(t[1] ?? ''));
  return ch === '‘' || ch === "'" || ch === '‚' || ch === '‹' || (ch === '›' && WORD.test(t[1] ?? ''));
}

/** Blocks set beside the running text (photo captions, credits): a quotation runs on past them. */
export const ASIDE_KINDS: ReadonlySet<string> = new Set(['caption', 'byline', 'credit', 'dateline']);

/** All quote spans of an article, in text order. */
export function findQuoteSpans(article: ArticleText): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { text, blocks } = article;
  // A multi-paragraph quotation in progress: family of the unclosed mark.
  let carry: 'double' | 'single' | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const blk = blocks[b]!;
    // An aside has its own quotes but neither ends nor continues the running quotation.
    const aside = ASIDE_KINDS.has(blk.kind);
    const held: 'double' | 'single' | null = carry;
    if (aside) carry = null;
    const s = text.slice(blk.start, blk.end);
    const all = marksIn(s);
    const doubles = all.filter((m) => !isSingleFamily(m));
    const spans: QuoteSpan[] = [];
    const push = (from: number, to: number, continues: boolean, continuation: boolean, double: boolean) => {
      // The words between the marks: « mot » keeps neither of its (no-break) spaces.
      let start = from;
      let end = to;
      while (start < end && SPACE.test(s[start]!)) start++;
      while (end > start && SPACE.test(s[end - 1]!)) end--;
      if (end <= start) return;
      if (!WORD.test(s.slice(start, end))) return;
      spans.push({ start: blk.start + start, end: blk.start + end, block: b, continues, continuation, double });
    };

    let dMarks = doubles;
    const wasCarry = carry;
    carry = null;
    if (wasCarry === 'double' && !firstOpener(s, 'double')) {
      // The quotation resumes without a reopening mark: its text runs to the first closer.
      const close = dMarks.find((m) => m.role !== 'open');
      if (close) {
        push(0, close.pos, false, true, true);
        dMarks = dMarks.filter((m) => m.pos > close.pos);
      }
    }
    const d = pairMarks(s, dMarks, false);
    for (const p of d.pairs) push(p.open + 1, p.close, false, wasCarry === 'double' && p.open === s.search(/\S/), true);
    let nb = b + 1;
    while (!aside && nb < blocks.length && ASIDE_KINDS.has(blocks[nb]!.kind)) nb++;
    const next = blocks[nb];
    const nextText = next ? text.slice(next.start, next.end) : '';
    if (d.unclosed !== null) {
      const continues = next !== undefined && firstOpener(nextText, 'double');
      // A paragraph that opens a quote and never closes it: the quotation continues.
      if (continues || d.unclosed === s.search(/\S/)) {
        push(d.unclosed + 1, s.length, continues, wasCarry === 'double' && d.unclosed === s.search(/\S/), true);
        if (continues) carry = 'double';
      }
    }

    // Single quotes only outside double-quoted spans (nested quotes belong to the outer one).
    // The block's double-quoted spans are in text order and apart, marks included: a binary search.
    const inDouble = (pos: number) => {
      const at = pos + blk.start;
      let lo = 0;
      let hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const sp = spans[mid]!;
        if (at < sp.start - 1) hi = mid - 1;
        else if (at > sp.end) lo = mid + 1;
        else return true;
      }
      return false;
    };
    let sMarks = all.filter((m) => isSingleFamily(m) && !inDouble(m.pos));
    if (wasCarry === 'single' && !firstOpener(s, 'single')) {
      const close = sMarks.find((m) => m.role === 'close');
      if (close) {
        push(0, close.pos, false, true, false);
        sMarks = sMarks.filter((m) => m.pos > close.pos);
      }
    }
    const sp = pairMarks(s, sMarks, true);
    for (const p of sp.pairs) push(p.open + 1, p.close, false, wasCarry === 'single' && p.open === s.search(/\S/), false);
    if (sp.unclosed !== null && sp.unclosed === s.search(/\S/) && next !== undefined && firstOpener(nextText, 'single')) {
      push(sp.unclosed + 1, s.length, true, wasCarry === 'single', false);
      carry = 'single';
    }
    if (aside) carry = held;
    spans.sort((a, z) => a.start - z.start);
    // Not push(...spans): a block of a million tiny quotes would overflow the argument stack.
    for (const sp of spans) out.push(sp);
  }
  return out;
}
