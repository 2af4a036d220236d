import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuotelightDB } from '../../../src/storage/db';
import { StorageFullError, guardQuota, isQuotaError } from '../../../src/storage/errors';
import { Library } from '../../../src/storage/library';
import { ANALYSIS, ARTICLE_ID, ARTICLE_TEXT, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';

function quotaDom(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('isQuotaError', () => {
  it('recognises the error bare, inside an AbortError, as a cause, and in BulkError failures', () => {
    expect(isQuotaError(quotaDom())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quotaDom()))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quotaDom() }))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', { 3: quotaDom() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('guardQuota converts only quota failures', async () => {
    await expect(guardQuota(() => Promise.reject(quotaDom()))).rejects.toBeInstanceOf(StorageFullError);
    const other = new Error('boom');
    await expect(guardQuota(() => Promise.reject(other))).rejects.toBe(other);
    const err = await guardQuota(() => Promise.reject(quotaDom())).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageFullError', message: expect.stringMatching(/storage .* is full/) });
    expect((err as Error).cause).toBeInstanceOf(DOMException);
  });
});

describe('storage full during a write', () => {
  let lib: Library;
  let clock = 1_000;

  beforeEach(async () => {
    clock = 1_000;
    lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => clock });
    await lib.saveArticle(PAGE, ANALYSIS);
    await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('talks ran over'), note: 'keep me' });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await lib.db.delete();
  });

  async function snapshot() {
    return {
      articles: await lib.db.articles.toArray(),
      annotations: await lib.db.annotations.orderBy('id').toArray(),
    };
  }

  it('saveArticle: StorageFullError and the half-done transaction (article already rewritten) rolls back', async () => {
    const before = await snapshot();
    clock = 9_000;
    // The article row is written first in the transaction; the annotations write then hits the quota.
    vi.spyOn(lib.db.annotations, 'bulkPut').mockRejectedValueOnce(new Dexie.AbortError('aborted', quotaDom()));
    const changed = { ...PAGE, meta: { ...PAGE.meta, title: 'Changed' } };
    await expect(lib.saveArticle(changed, ANALYSIS)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual(before);
    expect((await lib.db.articles.get(ARTICLE_ID))!.title).not.toBe('Changed');
  });

  it('addHighlight: a real add that fails with QuotaExceededError leaves everything stored before', async () => {
    const before = await snapshot();
    // Let the real row be added, then fail the later article update: the add must be undone too.
    vi.spyOn(lib.db.articles, 'update').mockRejectedValueOnce(quotaDom());
    await expect(
      lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('arrived late'), note: 'lost' }),
    ).rejects.toThrow(StorageFullError);
    expect(await snapshot()).toEqual(before);
    // and the library keeps working afterwards
    await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('arrived late') });
    expect((await lib.getArticleWithAnnotations(ARTICLE_ID))!.article.counts).toMatchObject({ highlights: 1, notes: 1 });
  });
});
