// A page on another site or origin that claims (by canonical URL and the same text) to be an article the
// reader saved: it must stay its own article, and leave the real one's title, text and notes alone.
// A page of the same origin may stand for the article (an alias) but never renames it.
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

describe('a canonical URL on another origin of the same site', () => {
  // Another port; http claiming the https page of its host; a user-content host under the real one's domain.
  const cases = [
    ['http://127.0.0.1:8080/real.html', 'http://127.0.0.1:9000/hijack.html'],
    ['https://example.com/story/1', 'http://example.com/story/1'],
    ['https://www.example.com/story/1', 'https://u1.usercontent.example.com/story/1'],
  ] as const;

  it.each(cases)('%s keeps its title, URLs and notes; %s gets its own record', async (real, copy) => {
    const claim = { ...META, title: 'HIJACKED TITLE', canonicalUrl: real };
    await lib.saveArticle({ url: real, meta: { ...META, canonicalUrl: null }, text: ARTICLE_TEXT }, ANALYSIS);
    await lib.addHighlight({ url: real, text: ARTICLE_TEXT, ...rangeOf('not on the table'), note: 'Ask the ministry.' });
    const before = await lib.getArticleWithAnnotations(real);

    await lib.addHighlight({ url: copy, meta: claim, text: ARTICLE_TEXT, ...rangeOf('Brussels'), note: 'Injected.' });
    const saved = await lib.saveArticle({ url: copy, meta: claim, text: ARTICLE_TEXT }, ANALYSIS);

    expect(saved.id).toBe(copy);
    expect(await lib.getArticleWithAnnotations(real)).toEqual(before);
    // What the copy is shown is its own article: its highlight, none of the real one's notes.
    const shown = await lib.getArticleWithAnnotations(copy);
    expect(shown!.article.id).toBe(copy);
    expect(shown!.annotations.filter((a) => a.note).map((a) => a.note)).toEqual(['Injected.']);
  });

  it('does not show an article an alias of another port joined before ids were checked', async () => {
    const [real, copy] = cases[0];
    await lib.saveArticle({ url: real, meta: { ...META, canonicalUrl: null }, text: ARTICLE_TEXT }, ANALYSIS);
    await lib.db.articles.update(real, { urls: [real, copy] });
    expect(await lib.getArticleWithAnnotations(copy)).toBeNull();
  });
});

describe('a page of the same origin standing for a saved article', () => {
  it('joins it as an alias, shares its notes, and does not rename it', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('not on the table'), note: 'Ask the ministry.' });
    const amp = 'https://news.example.com/amp/world/budget-talks';
    const claim = { ...META, title: 'Renamed by the AMP page', byline: 'Someone Else', canonicalUrl: ARTICLE_ID };

    const saved = await lib.saveArticle({ url: amp, meta: claim, text: ARTICLE_TEXT }, ANALYSIS);
    await lib.addHighlight({ url: amp, meta: claim, text: ARTICLE_TEXT, ...rangeOf('Brussels') });

    expect(saved.id).toBe(ARTICLE_ID);
    expect(saved.urls).toContain(amp);
    expect(saved.title).toBe(META.title);
    expect(saved.byline).toBe(META.byline);
    const shown = await lib.getArticleWithAnnotations(amp);
    expect(shown!.article.id).toBe(ARTICLE_ID);
    expect(shown!.annotations.map((a) => a.note)).toContain('Ask the ministry.');
  });

  it('names a new article from the first page saved, then from the article URL itself', async () => {
    const amp = 'https://news.example.com/amp/world/budget-talks';
    const first = await lib.saveArticle({ url: amp, meta: { ...META, title: 'AMP title' }, text: ARTICLE_TEXT }, ANALYSIS);
    expect(first).toMatchObject({ id: ARTICLE_ID, title: 'AMP title' });
    expect((await lib.saveArticle(PAGE, ANALYSIS)).title).toBe(META.title);
  });
});
