// The one place that talks to approx-string-match, so the rest of anchoring does not
// depend on its API (and a swap only touches this file).
import search from 'approx-string-match';

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Lowest-error matches of `pattern` in `text` with at most `maxErrors` edits. */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  return search(text, pattern, Math.max(0, Math.floor(maxErrors)));
}

/**
 * How well `pattern` occurs inside `window`: 1 for a verbatim match, 0 for nothing alike.
 * Used to score prefix/suffix context of a candidate match.
 */
export function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  const best = approxSearch(window, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}
