// Whether two quotes are the same words, the same statement worded differently, or two statements,
// and the word-level difference to show. `a` is the quote being read, `b` the one found elsewhere:
// "dropped" words are a's that b lacks, "added" are b's that a lacks.
import { alignWords, type Gap, longestRun } from './align';
import { wordWeight } from './function-words';
import type { QuoteWords } from './normalize';

export type MatchKind = 'same' | 'reworded';

/** Quotes shorter than this (in words) match only when every word is the same. */
export const MIN_FUZZY_WORDS = 6;
/** One or two quoted words are a term or a scare quote far more often than a statement: they match nothing. */
export const MIN_MATCH_WORDS = 3;

/** One step of the difference, in a's order, as the quotes wrote the words. */
export type DiffPart =
  | { op: 'same'; words: string[] }
  /** In a, not in b; `elided` when b marks the gap with an ellipsis. */
  | { op: 'dropped'; words: string[]; elided: boolean }
  /** In b, not in a; `elided` when a marks the gap with an ellipsis. */
  | { op: 'added'; words: string[]; elided: boolean }
  | { op: 'changed'; from: string[]; to: string[] }
  /** Words both have, in another place in b (a clause moved). */
  | { op: 'moved'; words: string[] };

export interface Comparison {
  kind: MatchKind | 'different';
  /** Words the two have in common (moved ones included). */
  shared: number;
  /** The difference over the stretch the two share (a's part of a longer b, or b's of a longer a); empty when the same. */
  diff: DiffPart[];
  /** One quote is a trimmed part of the other (or they overlap): which has the words the other left out. */
  trimmed: 'a' | 'b' | 'both' | null;
}

/**
 * How much two quotes must share to count as one statement worded differently, words weighted by
 * wordWeight (function words a quarter): this share of the stretch they have in common (its heavier
 * side; words left out at an ellipsis not counted)...
 */
export const REWORDED_MIN_SHARE = 0.7;
/** ...this share of the shorter quote (two excerpts that merely meet in a stock phrase do not)... */
export const REWORDED_MIN_COVER = 0.6;
/** ...at least this many words, two of them content words, and a run of three in a row, so scattered common words never match. */
export const REWORDED_MIN_SHARED = 5;
export const REWORDED_MIN_CONTENT = 2;
/** ...and most of the shorter quote's content words: two statements that end in one stock phrase stay two. */
export const REWORDED_MIN_CONTENT_SHARE = 0.7;
export const REWORDED_MIN_RUN = 3;

const DIFFERENT: Comparison = { kind: 'different', shared: 0, diff: [], trimmed: null };

function equalWords(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/** Index of y inside x as a contiguous run, or -1. */
function indexOfRun(x: readonly string[], y: readonly string[]): number {
  outer: for (let s = 0; s + y.length <= x.length; s++) {
    for (let k = 0; k < y.length; k++) if (x[s + k] !== y[k]) continue outer;
    return s;
  }
  return -1;
}

const len = (r: [number, number]) => r[1] - r[0];

export function compareQuotes(a: QuoteWords, b: QuoteWords): Comparison {
  const na = a.words.length;
  const nb = b.words.length;
  if (na < MIN_MATCH_WORDS || nb < MIN_MATCH_WORDS) return DIFFERENT;
  if (na < MIN_FUZZY_WORDS || nb < MIN_FUZZY_WORDS) {
    return equalWords(a.words, b.words) ? { kind: 'same', shared: na, diff: [], trimmed: null } : DIFFERENT;
  }
  // The common case, checked without aligning: one is the other, or a trimmed part of it.
  if (na === nb && equalWords(a.words, b.words)) return { kind: 'same', shared: na, diff: [], trimmed: null };
  if (na < nb && indexOfRun(b.words, a.words) >= 0) return { kind: 'same', shared: na, diff: [], trimmed: 'b' };
  if (nb < na && indexOfRun(a.words, b.words) >= 0) return { kind: 'same', shared: nb, diff: [], trimmed: 'a' };

  const { pairs, gaps } = alignWords(a.words, b.words);
  if (pairs.length === 0) return DIFFERENT;
  const first = pairs[0]!;
  const last = pairs[pairs.length - 1]!;
  // An end only one side has is a trim (the other quote starts or stops later); where both have
  // words before the first match (or after the last), those words differ.
  const head = gaps[0] && gaps[0].a[0] === 0 && gaps[0].b[0] === 0 && (first[0] > 0 || first[1] > 0) ? gaps[0] : null;
  const tailGap = gaps.at(-1);
  const tail = tailGap && tailGap.a[0] > last[0] && tailGap.b[0] > last[1] ? tailGap : null;
  const isTrim = (g: Gap | null) => g !== null && (len(g.a) === 0 || len(g.b) === 0);
  const interior = gaps.filter((g) => !(g === head && isTrim(head)) && !(g === tail && isTrim(tail)));
  const trims = [head, tail].filter((g): g is Gap => isTrim(g));

  // A clause moved: words one side dropped in one place and the other added in another, the same run.
  const moved = findMoved(a, b, [...interior, ...trims]);
  const movedWords = moved.reduce((s, mv) => s + mv.length, 0);
  const shared = pairs.length + movedWords;
  const trimmedA = trims.reduce((s, g) => s + len(g.a), 0) - moved.filter((mv) => mv.inTrimA).reduce((s, mv) => s + mv.length, 0);
  const trimmedB = trims.reduce((s, g) => s + len(g.b), 0) - moved.filter((mv) => mv.inTrimB).reduce((s, mv) => s + mv.length, 0);
  const trimmed = trimmedA > 0 && trimmedB > 0 ? 'both' : trimmedA > 0 ? 'a' : trimmedB > 0 ? 'b' : null;

  // Weights of the words both have, of each side's compared stretch, and of each whole quote. Words
  // left out at an ellipsis were declared left out: they do not count against the match.
  const weigh = (q: QuoteWords, from: number, to: number) => {
    let s = 0;
    for (let k = from; k < to; k++) s += wordWeight(q.words[k]!);
    return s;
  };
  const sharedWeight = pairs.reduce((s, [i]) => s + wordWeight(a.words[i]!), 0) + moved.reduce((s, mv) => s + weigh(a, mv.a[0], mv.a[0] + mv.length), 0);
  const content =
    pairs.filter(([i]) => wordWeight(a.words[i]!) === 1).length +
    moved.reduce((s, mv) => s + a.words.slice(mv.a[0], mv.a[0] + mv.length).filter((w) => wordWeight(w) === 1).length, 0);
  const trimWeight = (q: QuoteWords, side: 'a' | 'b') =>
    trims.reduce((s, g) => s + weigh(q, ...g[side]), 0) - moved.filter((mv) => (side === 'a' ? mv.inTrimA : mv.inTrimB)).reduce((s, mv) => s + weigh(q, mv[side][0], mv[side][0] + mv.length), 0);
  const elided = interior.reduce(
    (s, g) => s + (gapElided(b, g.b) && len(g.b) === 0 ? weigh(a, ...g.a) : 0) + (gapElided(a, g.a) && len(g.a) === 0 ? weigh(b, ...g.b) : 0),
    0,
  );
  const wholeA = weigh(a, 0, na);
  const wholeB = weigh(b, 0, nb);
  const span = Math.max(wholeA - trimWeight(a, 'a'), wholeB - trimWeight(b, 'b')) - elided;
  const cover = sharedWeight >= REWORDED_MIN_COVER * Math.min(wholeA, wholeB);
  const contentOf = (q: QuoteWords) => q.words.filter((w) => wordWeight(w) === 1).length;
  const contentCover = content >= REWORDED_MIN_CONTENT_SHARE * Math.min(contentOf(a), contentOf(b));
  if (interior.length === 0 && moved.length === 0) {
    // Two excerpts of one longer statement that overlap: the same words where they meet, if that is
    // most of the shorter one (an idiom they both happen to contain is not a statement).
    return shared >= MIN_FUZZY_WORDS && cover ? { kind: 'same', shared, diff: [], trimmed } : DIFFERENT;
  }
  const reworded =
    longestRun(pairs) >= REWORDED_MIN_RUN &&
    shared >= REWORDED_MIN_SHARED &&
    content >= REWORDED_MIN_CONTENT &&
    sharedWeight >= REWORDED_MIN_SHARE * span &&
    cover &&
    contentCover;
  if (!reworded) return DIFFERENT;
  return { kind: 'reworded', shared, diff: describe(a, b, pairs, interior, moved), trimmed };
}

/** Whether the quote has an ellipsis at this (empty) word range, or just around it. */
function gapElided(q: QuoteWords, r: [number, number]): boolean {
  return q.ellipses.some((e) => e >= r[0] && e <= r[1]);
}

interface Moved {
  /** Word range in a and in b. */
  a: [number, number];
  b: [number, number];
  length: number;
  inTrimA: boolean;
  inTrimB: boolean;
}

/** Runs of two or more words that sit in an a-only stretch and, identical, in a b-only stretch elsewhere. */
function findMoved(a: QuoteWords, b: QuoteWords, gaps: Gap[]): Moved[] {
  const found: Moved[] = [];
  const onlyA = gaps.filter((g) => len(g.a) >= 2);
  const onlyB = gaps.filter((g) => len(g.b) >= 2);
  for (const ga of onlyA) {
    for (const gb of onlyB) {
      if (ga === gb) continue;
      const x = a.words.slice(...ga.a);
      const y = b.words.slice(...gb.b);
      const { pairs } = alignWords(x, y);
      // The longest common run of the two stretches, when it is most of the shorter one.
      const run = longestRun(pairs);
      if (run >= 2 && run * 10 >= 8 * Math.min(x.length, y.length)) {
        found.push({ a: ga.a, b: gb.b, length: run, inTrimA: ga.a[0] === 0 || ga.a[1] === a.words.length, inTrimB: gb.b[0] === 0 || gb.b[1] === b.words.length });
        break;
      }
    }
  }
  return found;
}

function describe(a: QuoteWords, b: QuoteWords, pairs: [number, number][], interior: Gap[], moved: Moved[]): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (p: DiffPart) => {
    const prev = parts.at(-1);
    if (p.op === 'same' && prev?.op === 'same') prev.words.push(...p.words);
    else parts.push(p);
  };
  const movedA = new Set(moved.map((m) => m.a[0]));
  const movedB = new Set(moved.map((m) => m.b[0]));
  const gapAt = new Map(interior.map((g) => [g.a[0], g]));
  const sa = (r: [number, number]) => a.surface.slice(...r);
  const sb = (r: [number, number]) => b.surface.slice(...r);
  const emit = (g: Gap) => {
    const wa = movedA.has(g.a[0]) ? [] : sa(g.a);
    const wb = movedB.has(g.b[0]) ? [] : sb(g.b);
    if (movedA.has(g.a[0])) push({ op: 'moved', words: sa(g.a) });
    if (wa.length > 0 && wb.length > 0) push({ op: 'changed', from: wa, to: wb });
    else if (wa.length > 0) push({ op: 'dropped', words: wa, elided: gapElided(b, g.b) });
    else if (wb.length > 0) push({ op: 'added', words: wb, elided: gapElided(a, g.a) });
  };
  // A moved run in a trimmed end of a still shows, at its place in a.
  for (const m of moved) if (m.a[0] === 0 && !gapAt.has(0)) push({ op: 'moved', words: sa(m.a) });
  if (gapAt.has(0)) emit(gapAt.get(0)!);
  for (let k = 0; k < pairs.length; k++) {
    const [i] = pairs[k]!;
    push({ op: 'same', words: [a.surface[i]!] });
    const g = gapAt.get(i + 1);
    if (g && (g.a[0] > 0 || g.b[0] > 0)) emit(g);
  }
  for (const m of moved) if (m.a[1] === a.words.length && m.a[0] !== 0 && !gapAt.has(m.a[0])) push({ op: 'moved', words: sa(m.a) });
  return parts;
}
