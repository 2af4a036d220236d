// The word-level difference of two paragraphs (or two quotes), as the reader is shown it. Words are
// compared folded (case, marks, apostrophes: quotes-across/normalize.ts), shown as written.
import { foldWord } from '../quotes-across';
import { alignRuns } from './align-runs';
import type { WordPart } from './types';

const WORD = /\S+/gu;

/** A paragraph's words, folded for comparison; punctuation-only tokens fold to "". */
export function foldedWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => foldWord(w.replace(/[^\p{L}\p{N}\p{M}'’]/gu, ''))).filter((w) => w !== '');
}

/**
 * The comparison key of a paragraph: its words in lower case without marks, so punctuation, case or
 * spacing alone changes nothing. A few passes over the whole paragraph, not one per word: a visit
 * keys every paragraph of both versions.
 */
export const paragraphKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function wordDiff(from: string, to: string): WordPart[] {
  const a = from.match(WORD) ?? [];
  const b = to.match(WORD) ?? [];
  const fold = (w: string) => foldWord(w.replace(/[^\p{L}\p{N}\p{M}'’]/gu, ''));
  const parts: WordPart[] = [];
  const push = (op: WordPart['op'], word: string) => {
    const last = parts.at(-1);
    if (last?.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  for (const s of alignRuns(a.map(fold), b.map(fold))) {
    if (s.op === 'same') push('same', b[s.b]!);
    else if (s.op === 'removed') push('removed', a[s.a]!);
    else push('added', b[s.b]!);
  }
  return parts;
}

/** Share of the shorter paragraph's words the two have in common (0..1): pairs a removed paragraph with its rewording. */
export function wordOverlap(from: string, to: string): number {
  const a = foldedWords(from);
  const b = foldedWords(to);
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return common / Math.min(a.length, b.length);
}
