// The trash: a deleted note or a forgotten article comes back whole (note, tags, colour, selectors),
// leaves search while deleted and returns to it when restored; entries go for good after 30 days.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuotelightDB } from '../../../src/storage/db';
import { Library } from '../../../src/storage/library';
import { TRASH_KEEP_MS } from '../../../src/storage/trash';
import { ANALYSIS, ARTICLE_ID, ARTICLE_TEXT, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';

const DAY = 24 * 60 * 60_000;
let clock = 1_000;
let lib: Library;

beforeEach(() => {
  clock = 1_000;
  lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => clock });
});

afterEach(async () => {
  await lib.db.delete();
});

const found = async (query: string) => (await lib.searchAnnotations(query)).map((h) => h.annotation.id);
const note = () => lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'zeppelin plans', tags: ['later', 'audit'], colour: 'green' });

describe('deleting an annotation', () => {
  it('moves it to the trash, out of the article and out of search', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const row = await note();
    expect(await found('zeppelin')).toEqual([row.id]);
    clock = 5_000;
    const trashId = await lib.deleteAnnotation(row.id);
    expect(trashId).toEqual(expect.any(String));

    const stored = (await lib.getArticleWithAnnotations(ARTICLE_ID))!;
    expect(stored.annotations.map((a) => a.id)).not.toContain(row.id);
    expect(stored.article.counts.notes).toBe(0);
    expect(await found('zeppelin')).toEqual([]);
    expect(await lib.listTrash()).toEqual([
      { id: trashId, deletedAt: 5_000, what: 'annotations', articleId: ARTICLE_ID, articleTitle: 'Budget talks stall in Brussels', text: 'demanded a review', note: 'zeppelin plans', count: 1 },
    ]);
  });

  it('a restore puts it back as it was: note, tags, colour, selectors, counts, and search', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const row = await note();
    const trashId = (await lib.deleteAnnotation(row.id))!;
    expect(await lib.restoreTrash(trashId)).toBe(ARTICLE_ID);

    const stored = (await lib.getArticleWithAnnotations(ARTICLE_ID))!;
    const back = stored.annotations.find((a) => a.id === row.id);
    expect(back).toEqual(row);
    expect(back!.selectors).toEqual(row.selectors);
    expect(stored.article.counts.notes).toBe(1);
    expect(await found('zeppelin')).toEqual([row.id]);
    expect(await lib.listTrash()).toEqual([]);
    // Restored once: a second restore finds nothing.
    expect(await lib.restoreTrash(trashId)).toBeNull();
  });

  it('a detected quote deleted comes back too, with the reader correction it carried', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const quote = (await lib.getArticleWithAnnotations(ARTICLE_ID))!.annotations.find((a) => a.kind === 'quote')!;
    await lib.updateAnnotation(quote.id, { speakerCorrection: 'Someone Else' });
    const trashId = (await lib.deleteAnnotation(quote.id))!;
    expect((await lib.quoteMatches.ready()).idsOfArticle(ARTICLE_ID)).not.toContain(quote.id);
    await lib.restoreTrash(trashId);
    const back = (await lib.getArticleWithAnnotations(ARTICLE_ID))!.annotations.find((a) => a.id === quote.id)!;
    expect(back).toMatchObject({ kind: 'quote', speakerCorrection: 'Someone Else', selectors: quote.selectors });
    expect((await lib.quoteMatches.ready()).idsOfArticle(ARTICLE_ID)).toContain(quote.id);
  });
});

describe('forgetting an article', () => {
  it('puts the article and all its annotations in one trash entry, restorable with the article record', async () => {
    const article = await lib.saveArticle(PAGE, ANALYSIS);
    const row = await note();
    const before = (await lib.getArticleWithAnnotations(ARTICLE_ID))!;
    const trashId = (await lib.forgetArticle(PAGE.url))!;
    expect(await lib.getArticleWithAnnotations(ARTICLE_ID)).toBeNull();
    expect(await found('zeppelin')).toEqual([]);
    const [item] = await lib.listTrash();
    expect(item).toMatchObject({ id: trashId, what: 'article', articleTitle: article.title, count: before.annotations.length });

    expect(await lib.restoreTrash(trashId)).toBe(ARTICLE_ID);
    const after = (await lib.getArticleWithAnnotations(PAGE.url))!;
    expect(after.article).toEqual(before.article);
    expect(after.annotations).toEqual(before.annotations);
    expect(await found('zeppelin')).toEqual([row.id]);
  });

  it('a note deleted before its article was forgotten still restores, and brings the article back', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const row = await note();
    const noteTrash = (await lib.deleteAnnotation(row.id))!;
    await lib.forgetArticle(PAGE.url);
    await lib.restoreTrash(noteTrash);
    const back = (await lib.getArticleWithAnnotations(PAGE.url))!;
    expect(back.annotations.map((a) => a.id)).toEqual([row.id]);
    expect(back.article.counts.notes).toBe(1);
  });

  it('an article saved again meanwhile keeps its new record and gains the trashed annotations', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const row = await note();
    const trashId = (await lib.forgetArticle(PAGE.url))!;
    clock = 9_000;
    await lib.saveArticle(PAGE, ANALYSIS);
    await lib.restoreTrash(trashId);
    const back = (await lib.getArticleWithAnnotations(PAGE.url))!;
    expect(back.article).toMatchObject({ firstSeen: 1_000, lastSeen: 9_000 });
    expect(back.annotations.find((a) => a.id === row.id)?.note).toBe('zeppelin plans');
  });
});

describe('keeping and emptying', () => {
  it('purges what has been in the trash for 30 days, and keeps what has not', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const old = await note();
    await lib.deleteAnnotation(old.id);
    clock += 10 * DAY;
    const recent = await note();
    const recentTrash = await lib.deleteAnnotation(recent.id);
    clock = 1_000 + TRASH_KEEP_MS - 1;
    expect(await lib.purgeTrash()).toBe(0);
    clock = 1_000 + TRASH_KEEP_MS + 1;
    expect(await lib.purgeTrash()).toBe(1);
    expect((await lib.listTrash()).map((t) => t.id)).toEqual([recentTrash]);
  });

  it('checks for old entries on use, at most once a day, without being asked', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    await lib.deleteAnnotation((await note()).id);
    expect(await lib.listTrash()).toHaveLength(1);
    clock += TRASH_KEEP_MS + 1;
    // Listing is a use: a day has passed since the last check, so the old entry goes.
    expect(await lib.listTrash()).toEqual([]);
  });

  it('empty trash deletes every entry for good', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const a = await note();
    const trashId = (await lib.deleteAnnotation(a.id))!;
    await lib.forgetArticle(PAGE.url);
    expect(await lib.emptyTrash()).toBe(2);
    expect(await lib.listTrash()).toEqual([]);
    expect(await lib.restoreTrash(trashId)).toBeNull();
  });
});
