// What the reader is told about a quote found in other saved articles (src/quotes-across/ finds it,
// src/storage/quotes-elsewhere.ts looks it up): plain data, shown as text only.
import { type DiffPart, type MatchKind, quoteWords } from '../quotes-across';
import type { Speaker } from './speaker-value';

export type { DiffPart, MatchKind };

export interface QuoteElsewhere {
  annotationId: string;
  articleId: string;
  title: string;
  site: string;
  /** As the page stated it; null when unknown. */
  published: string | null;
  /** When the reader first saved that article (epoch ms). */
  saved: number;
  /** Who said it there (the reader's correction wins). */
  speaker: Speaker;
  text: string;
  kind: MatchKind;
  /** From the quote being read to the one there: dropped, added, changed, moved words. */
  diff: DiffPart[];
  /** One is a trimmed part of the other: 'a' the one being read is longer, 'b' the one there, 'both' they overlap. */
  trimmed: 'a' | 'b' | 'both' | null;
}

/** Matches per quote, keyed by the quote's key (its annotation id, or `start-end` in the page's text). */
export type QuotesElsewhere = Record<string, QuoteElsewhere[]>;

export const quoteKey = (q: { start: number; end: number }): string => `${q.start}-${q.end}`;

/** How many other articles hold the statement. */
export function articleCount(matches: readonly QuoteElsewhere[]): number {
  return new Set(matches.map((m) => m.articleId)).size;
}

/**
 * Whether two articles likely name one speaker: two names with the same words (marks and case
 * aside), or one name's words all in the other with the same last word ("Okafor" and "Anna Okafor",
 * not "Anna Okafor" and "Ben Okafor"). Two unnamed sources are not told apart (nothing says who
 * either was), nor two quotes attributed to nobody.
 */
export function likelySameSpeaker(x: Speaker, y: Speaker): boolean {
  if (x.kind !== 'named' || y.kind !== 'named') return x.kind === y.kind;
  const a = quoteWords(x.name).words;
  const b = quoteWords(y.name).words;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return long.length === 0;
  return short.at(-1) === long.at(-1) && short.every((w) => long.includes(w));
}

/** The library page's address of one annotation in its article. */
export function libraryHash(m: Pick<QuoteElsewhere, 'articleId' | 'annotationId'>): string {
  return `#${new URLSearchParams({ article: m.articleId, at: m.annotationId })}`;
}
