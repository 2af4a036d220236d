// The Dexie database. Only src/storage touches its tables; the app calls library.ts.
import { Dexie, type EntityTable } from 'dexie';
import type { AnnotationRecord, ArticleRecord, SettingRecord } from '../shared/records';
import type { JournalRow } from './import-journal';
import { defineSchema } from './schema';

export const DB_NAME = 'quotelight';

/** An article as stored: the record plus its derived search words (indexed, never exported). */
export type StoredArticle = ArticleRecord & { words: string[] };

export class QuotelightDB extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  importJournal!: Dexie.Table<JournalRow, [string, string]>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineSchema(this);
  }
}
