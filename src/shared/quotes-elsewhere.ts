// What the reader is told about a quote found in other saved articles (src/quotes-across/ finds it,
// src/storage/quotes-elsewhere.ts looks it up): plain data, shown as text only.
import type { DiffPart, MatchKind } from '../quotes-across';

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
  speaker: string | null;
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

/** Speakers compared as every view compares them: case and outer spaces aside. */
export function sameSpeaker(x: string | null, y: string | null): boolean {
  return (x?.trim().toLowerCase() ?? '') === (y?.trim().toLowerCase() ?? '');
}

/** The library page's address of one annotation in its article. */
export function libraryHash(m: Pick<QuoteElsewhere, 'articleId' | 'annotationId'>): string {
  return `#${new URLSearchParams({ article: m.articleId, at: m.annotationId })}`;
}
