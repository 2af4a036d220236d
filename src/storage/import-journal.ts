// Imports written in batches, each batch its own short transaction, yet all or nothing: each batch
// journals the ids it added (one row) and every row it replaced, so a cancelled or failed import, or
// one the browser stopped half-way, is rolled back; commit just drops the journal.
import type { AnnotationRecord, ArticleRecord, LibraryData } from '../shared/records';
import { NO_COUNTS } from './build';
import type { QuotelightDB } from './db';

export type { JournalRow } from './journal-row';

/** What one import did to annotations, for the reader. */
export interface ImportTally {
  /** New to the library. */
  added: number;
  /** The file's copy was newer (its `updated` later): it replaced the library's. */
  replaced: number;
  /** The library's copy was newer: it was kept, the file's left out. */
  kept: number;
  /** The same version was already in the library. */
  skipped: number;
}

export const NO_TALLY: ImportTally = { added: 0, replaced: 0, kept: 0, skipped: 0 };

export function addTallies(a: ImportTally, b: ImportTally): ImportTally {
  return { added: a.added + b.added, replaced: a.replaced + b.replaced, kept: a.kept + b.kept, skipped: a.skipped + b.skipped };
}

/** Which copy of an annotation an import keeps: the newer `updated` wins; ties change nothing. */
export function resolveAnnotation(incoming: AnnotationRecord, existing: AnnotationRecord | undefined): keyof ImportTally {
  if (!existing) return 'added';
  if (incoming.updated > existing.updated) return 'replaced';
  return incoming.updated < existing.updated ? 'kept' : 'skipped';
}

/** The article as both copies describe it: every URL, the earliest first visit, the newer metadata. */
export function mergeArticle(incoming: ArticleRecord, existing: ArticleRecord | undefined): ArticleRecord {
  // Counts are the library's own: they start from nothing and follow what the import writes.
  if (!existing) return { ...incoming, counts: { ...NO_COUNTS } };
  const newer = incoming.lastSeen >= existing.lastSeen ? incoming : existing;
  return {
    ...newer,
    id: existing.id,
    urls: [...new Set([...existing.urls, ...incoming.urls])],
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
    counts: existing.counts,
  };
}

const ROLLBACK_CHUNK = 200;

/**
 * Restores what the import replaced and deletes what it added, a chunk per transaction; the
 * journal rows go with their chunk, so a rollback stopped half-way resumes where it left off.
 * Returns the ids of the articles it changed: their counts need recomputing and their search documents refreshing.
 */
export async function rollBackChunk(db: QuotelightDB, importId: string): Promise<{ done: boolean; articles: Set<string> }> {
  const rows = await db.importJournal.where('importId').equals(importId).limit(ROLLBACK_CHUNK).toArray();
  const articles = new Set<string>();
  const put = { a: [] as AnnotationRecord[], r: [] as ArticleRecord[] };
  const remove = { a: [] as string[], r: [] as string[] };
  for (const r of rows) {
    if (r.added) {
      remove.a.push(...r.added.annotations);
      remove.r.push(...r.added.articles);
    } else if (r.key.startsWith('a:')) put.a.push(r.before as AnnotationRecord);
    else put.r.push(r.before as ArticleRecord);
  }
  // The articles whose counts change: where the removed rows are now, and where the restored ones go back.
  for (const a of await db.annotations.bulkGet([...remove.a, ...put.a.map((x) => x.id)])) if (a) articles.add(a.articleId);
  for (const a of put.a) articles.add(a.articleId);
  // Articles removed or restored change too (title, site, or gone), for the search index.
  for (const id of [...remove.r, ...put.r.map((r) => r.id)]) articles.add(id);
  await db.annotations.bulkDelete(remove.a);
  await db.annotations.bulkPut(put.a);
  await db.articles.bulkDelete(remove.r);
  await db.articles.bulkPut(put.r);
  await db.importJournal.bulkDelete(rows.map((r) => [r.importId, r.key]));
  return { done: rows.length < ROLLBACK_CHUNK, articles };
}

/** What an import did: how many records the file had, and what became of its annotations. */
export type ImportSummary = { articles: number; annotations: number } & ImportTally;

/** Annotations per import batch: one short transaction each, and one message from the library page. */
export const IMPORT_BATCH = 2000;

/**
 * Cuts import data into batches of about `size` annotations. Each article goes with the first
 * batch holding one of its annotations (articles without any go first), so no batch is an orphan.
 */
export function* importBatches(data: LibraryData, size = IMPORT_BATCH): Generator<LibraryData> {
  const pending = new Map(data.articles.map((a) => [a.id, a]));
  const used = new Set(data.annotations.map((a) => a.articleId));
  const bare = data.articles.filter((a) => !used.has(a.id));
  if (bare.length > 0 || data.annotations.length === 0) yield { articles: bare, annotations: [] };
  for (const a of bare) pending.delete(a.id);
  for (let i = 0; i < data.annotations.length; i += size) {
    const annotations = data.annotations.slice(i, i + size);
    const articles: ArticleRecord[] = [];
    for (const a of annotations) {
      const article = pending.get(a.articleId);
      if (article) {
        articles.push(article);
        pending.delete(a.articleId);
      }
    }
    yield { articles, annotations };
  }
}

