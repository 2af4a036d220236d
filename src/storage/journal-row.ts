// One row of the import journal: what an import replaced or added, so a cancelled or failed import
// can be rolled back. Its own module because the schema (db.ts) and the journal's logic both need it.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';

export interface JournalRow {
  importId: string;
  /** `a:` + annotation id or `r:` + article id of a replaced row; `new:` + a batch number for what it added. */
  key: string;
  /** The replaced row as it was. */
  before?: AnnotationRecord | ArticleRecord;
  /** Ids the batch added (one row per batch: a journal write per added row would double the import's cost). */
  added?: { annotations: string[]; articles: string[] };
}
