import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { QuotelightDB } from '../../../src/storage/db';
import { Library } from '../../../src/storage/library';
import { ANALYSIS, ARTICLE_ID, ARTICLE_TEXT, PAGE, uniqueDbName } from '../../fixtures/storage/sample';

describe('many tabs writing at once', () => {
  it('loses no highlight and no article when 5 connections write 200 times concurrently', async () => {
    const name = uniqueDbName();
    // Each "tab" is its own Dexie connection to the same database, like separate extension pages.
    const tabs = Array.from({ length: 5 }, () => new Library(new QuotelightDB(name)));
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      const lib = tabs[i % tabs.length]!;
      const start = i % (ARTICLE_TEXT.length - 10);
      if (i % 20 === 0) writes.push(lib.saveArticle(PAGE, ANALYSIS));
      else if (i % 7 === 0) {
        writes.push(
          lib.saveArticle(
            { url: `https://site${i}.example/a`, meta: { ...PAGE.meta, canonicalUrl: null }, text: ARTICLE_TEXT },
            ANALYSIS,
          ),
        );
      } else writes.push(lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, start, end: start + 10, note: `n${i}` }));
    }
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const reader = new Library(new QuotelightDB(name));
    const notes = await reader.db.annotations.where('kind').equals('note').toArray();
    const expectedNotes = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 20 !== 0 && i % 7 !== 0);
    expect(notes.map((n) => n.note).sort()).toEqual(expectedNotes.map((i) => `n${i}`).sort());
    const otherSites = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 20 !== 0 && i % 7 === 0);
    expect(await reader.db.articles.count()).toBe(1 + otherSites.length);
    // detected rows are not duplicated by the 10 concurrent re-saves, and counts are consistent
    const main = (await reader.getArticleWithAnnotations(ARTICLE_ID))!;
    expect(main.annotations.filter((a) => a.kind === 'quote')).toHaveLength(4);
    expect(main.article.counts).toEqual({ quotes: 4, actors: 4, highlights: 0, notes: expectedNotes.length });
    for (const t of [...tabs, reader]) t.db.close();
    await reader.db.delete();
  });
});
