// The Dexie database. Only src/storage touches its tables; the app calls library.ts.
import { Dexie, type EntityTable } from 'dexie';
import type { AnnotationRecord, ArticleRecord, SettingRecord } from '../shared/records';
import type { JournalRow } from './journal-row';
import { defineSchema } from './schema';
import type { VersionRow, VersionTextRow } from './version-rows';
import type { TrashEntry } from './trash';
import { logWrites, type SearchLogRow, type SnapshotRow } from './search-log';

export const DB_NAME = 'quotelight';

export class QuotelightDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  importJournal!: Dexie.Table<JournalRow, [string, string]>;
  searchSnapshot!: EntityTable<SnapshotRow, 'key'>;
  searchLog!: Dexie.Table<SearchLogRow, number>;
  /** Saved copies (schema v8): each article's versions, and their compressed texts. */
  articleVersions!: Dexie.Table<VersionRow, number>;
  versionTexts!: EntityTable<VersionTextRow, 'hash'>;
  trash!: EntityTable<TrashEntry, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineSchema(this);
    logWrites(this);
  }
}
