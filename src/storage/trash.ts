// The trash: what the reader deleted, kept whole for TRASH_DAYS so no click (a stray one, or one a
// page tricked out of them) destroys a note for good. An entry holds the rows as they were, so a
// restore puts back the note, tags, colour and selectors exactly; the search index and quote
// matches follow the annotations table, so deleted rows leave search and restored ones return.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';

export const TRASH_DAYS = 30;
export const TRASH_KEEP_MS = TRASH_DAYS * 24 * 60 * 60_000;
/** The trash is purged at most this often, on use (no alarm: the background may not live a day). */
export const PURGE_EVERY_MS = 24 * 60 * 60_000;

export interface TrashEntry {
  id: string;
  deletedAt: number;
  /** What was deleted: some annotations, or a whole article with all of its own. */
  what: 'annotations' | 'article';
  articleId: string;
  /** The article as it was, so a restore can put it back if it has been forgotten since. */
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/** What a list of the trash shows (no selectors or full rows cross to the page). */
export interface TrashItem {
  id: string;
  deletedAt: number;
  what: TrashEntry['what'];
  articleId: string;
  articleTitle: string;
  /** The first annotation's passage and note, and how many the entry holds. */
  text: string;
  note: string | null;
  count: number;
}

export function trashItem(e: TrashEntry): TrashItem {
  const first = e.annotations[0];
  return {
    id: e.id,
    deletedAt: e.deletedAt,
    what: e.what,
    articleId: e.articleId,
    articleTitle: e.article.title,
    text: first?.text ?? '',
    note: first?.note ?? null,
    count: e.annotations.length,
  };
}

/** The article a restore writes: the stored one if it came back meanwhile (its URLs joined), else the one trashed. */
export function restoredArticle(trashed: ArticleRecord, current: ArticleRecord | undefined): ArticleRecord {
  if (!current) return trashed;
  return { ...current, urls: [...new Set([...current.urls, ...trashed.urls])], firstSeen: Math.min(current.firstSeen, trashed.firstSeen) };
}
