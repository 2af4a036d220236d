// Every schema version ever shipped, oldest first. Never edit a released version:
// add a new one with an upgrade() that brings old rows forward.
import type { Dexie, Transaction } from 'dexie';
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { NOBODY, parseSpeaker, type Speaker, toSpeaker } from '../shared/speaker-value';
import { normalizeUrl } from './url';
import { annotationWords, articleWords, speakerKey } from './words';

function safeNormalize(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}

/** v1 (first release): no search words, no speaker correction, articles keyed by one URL. */
export const SCHEMA_V1 = {
  articles: 'id, site, lastSeen',
  annotations: 'id, articleId, kind, speaker, *tags, updated',
  settings: 'key',
} as const;

/** v2: full-text `*words`, reader speaker corrections (indexed via speakerKey), URL aliases. */
export const SCHEMA_V2 = {
  articles: 'id, site, lastSeen, *urls',
  annotations: 'id, articleId, kind, speakerKey, *tags, updated, *words',
  settings: 'key',
} as const;

/** v3: `*words` on articles (title, site, byline), so a search never scans every article. */
export const SCHEMA_V3 = {
  articles: 'id, site, lastSeen, *urls, *words',
  annotations: SCHEMA_V2.annotations,
  settings: 'key',
} as const;

/** v4: the journal of batched imports, so a cancelled or failed import can be rolled back. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  importJournal: '[importId+key], importId',
} as const;

/** v5: typed speakers ({kind: named | unnamed | nobody}) in place of "Name" / "unnamed: …" / null. Same indexes. */
export const SCHEMA_V5 = SCHEMA_V4;

/**
 * v6: no index nothing reads. Search runs on the in-memory index (search-index.ts), so the `*words`
 * indexes went (their dozen entries per row were most of the cost of every write, an import of
 * 100k annotations among them), and with them `updated` and the articles' `site`, which no
 * query used. Adds the search index's persisted snapshot and the log of rows written since it
 * was taken (search-snapshot.ts).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V4,
  articles: 'id, lastSeen, *urls',
  annotations: 'id, articleId, kind, speakerKey, *tags',
  searchSnapshot: 'key',
  searchLog: '++seq',
} as const;

// ---- Schema block of the trash (issue 24, branch `trash`): one new table. Other branches add versions
// of their own at the same time; the number is the merge's to set. ----
/**
 * v7: the trash (trash.ts): deleted annotations and forgotten articles, whole, for 30 days. A new
 * table only, so no rows to bring forward and no upgrade().
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  trash: 'id, deletedAt',
} as const;

// ── v8: saved copies (issue 28, docs/saved-copy.md) ─────────────────────────────────────────────
// One block, so a merge with another branch's new version renumbers only this: two new tables, no
// row of an old table changes, so there is no upgrade function.
/**
 * v8: each saved article's versions as read on its visits (`articleVersions`: one light row per
 * version, what changed from the one before), and their gzip-compressed texts (`versionTexts`,
 * keyed by the SHA-256 of the version, so equal versions share one copy).
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  articleVersions: '++seq, articleId',
  versionTexts: 'hash',
} as const;
// ── end of v8 ──────────────────────────────────────────────────────────────────────────────────────

export const CURRENT_VERSION = 8;

/** Row shapes as version 1 wrote them (what an upgrade has to read). */
export type ArticleRecordV1 = Omit<ArticleRecord, 'urls'>;
export type AnnotationRecordV1 = Omit<AnnotationRecord, 'speakerCorrection' | 'speakerKey' | 'speaker'> & { speaker: string | null };
/** Versions 2–4 kept the speaker as a string: a name, "unnamed: a senior official", or null. */
export type AnnotationRecordV4 = Omit<AnnotationRecord, 'speaker'> & { speaker: string | null };

/** Rows as versions 2 to 5 stored them, with the words of the `*words` indexes. */
type WithWords<T> = T & { words?: string[] };

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<ArticleRecord>('articles')
    .toCollection()
    .modify((a) => {
      // Also alias the id in today's normalized form, so lookups by a fresh tab URL still hit.
      a.urls ??= [...new Set([a.id, safeNormalize(a.id)].filter((u) => u !== null))];
    });
  await tx
    .table<WithWords<AnnotationRecord>>('annotations')
    .toCollection()
    .modify((a) => {
      a.speakerCorrection ??= null;
      // Derived from the speaker, which v5 types: upgradeToV5 computes both.
      a.speakerKey = null;
      a.words = [];
    });
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table<ArticleRecord & { words?: string[] }>('articles')
    .toCollection()
    .modify((a) => {
      a.words = articleWords(a);
    });
}

/** Speakers become typed; the reader's corrections stay as written, and the derived search keys follow. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table<WithWords<AnnotationRecord>>('annotations')
    .toCollection()
    .modify((a) => {
      const old: unknown = a.speaker;
      a.speaker = typeof old === 'string' || old == null ? parseSpeaker(old as string | null) : storedSpeaker(old);
      a.speakerKey = speakerKey(a);
      a.words = annotationWords(a);
    });
}

/** A value that is already an object: kept when it is a speaker, else nobody (an upgrade never fails on one row). */
function storedSpeaker(v: unknown): Speaker {
  try {
    return toSpeaker(v);
  } catch {
    return NOBODY;
  }
}

/** v6: the rows lose the `words` that fed the dropped indexes. */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  for (const table of ['articles', 'annotations']) {
    await tx
      .table<{ words?: string[] }>(table)
      .toCollection()
      .modify((row) => {
        delete row.words;
      });
  }
}

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  db.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  db.version(7).stores(SCHEMA_V7); // the trash's block (see SCHEMA_V7)
  db.version(8).stores(SCHEMA_V8); // the saved copies' block (see SCHEMA_V8)
}
