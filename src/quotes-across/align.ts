// Word alignment of two quotes: a longest common subsequence of their folded words (most words in
// common, in order, preferring runs), cut into what both share, the stretches where they differ, and the ends only
// one of them has (a quote trimmed from a longer one). Quotes are short (tens of words), so the
// quadratic table costs microseconds; longer ones are capped.

/** Words beyond this are not aligned (a quote that long is a paragraph; its first part decides). */
export const ALIGN_MAX_WORDS = 400;

/** A stretch between two matched words: A's words there and B's words there (either may be empty). */
export interface Gap {
  /** Half-open word ranges in A and in B. */
  a: [number, number];
  b: [number, number];
}

export interface Alignment {
  /** Matched word pairs [indexInA, indexInB], in order. */
  pairs: [number, number][];
  /** Stretches between matched words (and before the first / after the last), in order, non-empty ones only. */
  gaps: Gap[];
}

/** Reused between calls: one alignment at a time (the lookup is synchronous). */
let table = new Int32Array(0);

/**
 * Most words in common first; among those alignments, the one with the most adjacent matches, so
 * a quote inside a longer one lines up as one run instead of catching a stray "the" earlier on.
 */
export function alignWords(a: readonly (string | number)[], b: readonly (string | number)[]): Alignment {
  const n = Math.min(a.length, ALIGN_MAX_WORDS);
  const m = Math.min(b.length, ALIGN_MAX_WORDS);
  const w = m + 1;
  const size = (n + 1) * w;
  if (table.length < 2 * size) table = new Int32Array(2 * size);
  // G[i,j]: best score of a[i..] against b[j..]; F[i,j]: the same when (i-1, j-1) was a match, so a
  // match at (i, j) extends a run. A match is worth 1000, extending a run 1 more: words first, runs next.
  const G = table.subarray(0, size);
  const F = table.subarray(size, 2 * size);
  for (let j = 0; j <= m; j++) G[n * w + j] = F[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    G[i * w + m] = F[i * w + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(G[(i + 1) * w + j]!, G[i * w + j + 1]!);
      if (a[i] === b[j]) {
        const take = 1000 + F[(i + 1) * w + j + 1]!;
        G[i * w + j] = Math.max(take, skip);
        F[i * w + j] = Math.max(take + 1, skip);
      } else G[i * w + j] = F[i * w + j] = skip;
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  let run = false;
  while (i < n && j < m) {
    const here = (run ? F : G)[i * w + j]!;
    if (a[i] === b[j] && here === 1000 + (run ? 1 : 0) + F[(i + 1) * w + j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
      run = true;
      continue;
    }
    run = false;
    if (G[(i + 1) * w + j]! >= G[i * w + j + 1]!) i++;
    else j++;
  }
  const gaps: Gap[] = [];
  let pa = 0;
  let pb = 0;
  for (const [x, y] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (x > pa || y > pb) gaps.push({ a: [pa, x], b: [pb, y] });
    pa = x + 1;
    pb = y + 1;
  }
  return { pairs, gaps };
}

/** Longest run of consecutive matched words. */
export function longestRun(pairs: readonly [number, number][]): number {
  let best = 0;
  let run = 0;
  for (let k = 0; k < pairs.length; k++) {
    const prev = pairs[k - 1];
    const cur = pairs[k]!;
    run = prev && prev[0] + 1 === cur[0] && prev[1] + 1 === cur[1] ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
