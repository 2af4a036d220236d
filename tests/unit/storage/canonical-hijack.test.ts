// A page on another site that claims (by canonical URL and the same text) to be an article the reader
// saved: it must stay its own article, and leave the real one's title, text and notes alone.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuotelightDB } from '../../../src/storage/db';
import { Library } from '../../../src/storage/library';
import { ANALYSIS, ARTICLE_ID, ARTICLE_TEXT, META, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';

const HOSTILE_URL = 'https://copycat.example.net/world/budget-talks';

let lib: Library;

beforeEach(() => {
  lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => 1_000 });
});

afterEach(async () => {
  await lib.db.delete();
});

describe('a canonical URL on another site', () => {
  it('does not make the page an alias of the saved article, rename it, or add to it', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const span = rangeOf('not on the table');
    const note = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...span, note: 'Ask the ministry.' });

    const claim = { ...META, title: 'Hijacked title', canonicalUrl: ARTICLE_ID };
    const hostile = await lib.saveArticle({ url: HOSTILE_URL, meta: claim, text: ARTICLE_TEXT }, ANALYSIS);
    await lib.addHighlight({ url: HOSTILE_URL, meta: claim, text: ARTICLE_TEXT, ...span, note: 'Injected.' });

    expect(hostile.id).toBe(HOSTILE_URL);
    const real = await lib.getArticleWithAnnotations(ARTICLE_ID);
    expect(real!.article.title).toBe(META.title);
    expect(real!.article.urls).not.toContain(HOSTILE_URL);
    expect(real!.annotations.filter((a) => a.note).map((a) => a.note)).toEqual([note.note]);
    const seenByHostile = await lib.getArticleWithAnnotations(HOSTILE_URL);
    expect(seenByHostile!.article.id).toBe(HOSTILE_URL);
    expect(seenByHostile!.annotations.map((a) => a.note)).not.toContain('Ask the ministry.');
  });

  it('does not follow an alias another site left before ids were checked', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    await lib.db.articles.update(ARTICLE_ID, { urls: [ARTICLE_ID, HOSTILE_URL] });
    expect(await lib.getArticleWithAnnotations(HOSTILE_URL)).toBeNull();
  });
});
