// Finds quoted spans in article text: curly, straight, single, guillemets and „…“.
// Apostrophes (don't, Russia's, '90s, workers') are told apart from single quotes by
// their neighbours. Spans are the characters strictly between the marks.
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
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,"“„«'‘]/u; // chars that may precede an opening mark

const SPACE = /\s/;
const ELISION_NUMBER = /^\d\ds?\b/;
const ELISION_WORD = /^(em|til|tis|twas|cause|n)\b/i;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || SPACE.test(ch);

interface Mark {
  pos: number;
  role: 'open' | 'close' | 'either';
  family: 'double' | 'single' | 'guillemet' | 'low';
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
    case '«':
      return { pos: i, role: 'open', family: 'guillemet' };
    case '»':
      return { pos: i, role: 'close', family: 'guillemet' };
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
      return null;
    }
    default:
      return null;
  }
}

/** Is the UTF-16 unit a quotation mark or apostrophe: " “ ” „ « » ' ‘ ’. */
const isMarkCode = (c: number) => c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201e);

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
  open.family === close.family || (open.family === 'low' && close.family === 'double');

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
  // Single marks are one family, so any later mark that is not an opener could close.
  let lastCloser = -1;
  if (single) for (let k = 0; k < marks.length; k++) if (marks[k]!.role !== 'open') lastCloser = k;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (open === null) {
      if (m.role === 'open' || m.role === 'either') open = m;
      continue;
    }
    if ((m.role === 'close' || m.role === 'either') && closes(open, m)) {
      if (single && looksPossessive(s, m.pos)) {
        // Prefer a later closer in this paragraph when there is one.
        if (lastCloser > k) continue;
      }
      if (m.pos > open.pos + 1) pairs.push({ open: open.pos, close: m.pos, double: !single });
      open = null;
    } else if (m.role === 'open' && (m.family === open.family || (single ? false : m.family !== 'single'))) {
      // A second opener before any closer: the first was stray.
      open = m;
    }
  }
  return { pairs, unclosed: open ? open.pos : null };
}

function firstOpener(s: string, family: 'double' | 'single'): boolean {
  const t = s.trimStart();
  const ch = t[0];
  if (family === 'double') return ch === '“' || ch === '"' || ch === '„' || ch === '«';
  return ch === '‘' || ch === "'";
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
    const doubles = all.filter((m) => m.family !== 'single');
    const spans: QuoteSpan[] = [];
    const push = (start: number, end: number, continues: boolean, continuation: boolean, double: boolean) => {
      // Trim nothing: the span is exactly what lies between the marks.
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
    let sMarks = all.filter((m) => m.family === 'single' && !inDouble(m.pos));
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
