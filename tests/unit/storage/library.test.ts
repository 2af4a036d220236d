import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuotelightDB } from '../../../src/storage/db';
import { UUID_RE } from '../../../src/storage/ids';
import { Library } from '../../../src/storage/library';
import { ANALYSIS, ARTICLE_ID, ARTICLE_TEXT, META, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';
import { parseSpeaker } from '../../../src/shared/speaker-value';

let clock = 1_000;
let lib: Library;

beforeEach(() => {
  clock = 1_000;
  lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => clock });
});

afterEach(async () => {
  await lib.db.delete();
});

describe('saveArticle', () => {
  it("keeps each quote's speaker probability, and a new analysis replaces it while the reader's correction stays", async () => {
    const at = (p: number) => ({ ...ANALYSIS, quotes: ANALYSIS.quotes.map((q, i) => (i === 0 ? { ...q, confidence: p } : q)) });
    await lib.saveArticle(PAGE, at(0.42));
    const first = async () => (await lib.getArticleWithAnnotations(ARTICLE_ID))!.annotations.find((a) => a.kind === 'quote' && a.text === ANALYSIS.quotes[0]!.text)!;
    expect((await first()).speakerConfidence).toBe(0.42);
    await lib.updateAnnotation((await first()).id, { speakerCorrection: 'Someone Else' });
    await lib.saveArticle(PAGE, at(0.81));
    expect(await first()).toMatchObject({ speakerConfidence: 0.81, speakerCorrection: 'Someone Else' });
  });

  it('stores the article under its normalized canonical URL with detected quotes and actors', async () => {
    const article = await lib.saveArticle(PAGE, ANALYSIS);
    expect(article).toMatchObject({
      id: ARTICLE_ID,
      title: META.title,
      site: 'The Daily Example',
      byline: 'Jo Example',
      published: '2024-05-14T08:00:00Z',
      firstSeen: 1_000,
      lastSeen: 1_000,
      // 'other' quotes (scare quotes) are not speech and are not stored
      counts: { quotes: 4, actors: 4, highlights: 0, notes: 0 },
    });
    const got = await lib.getArticleWithAnnotations(ARTICLE_ID);
    const quotes = got!.annotations.filter((a) => a.kind === 'quote');
    expect(quotes.map((q) => q.text)).toEqual([
      'We will balance the budget by the end of next year,',
      'not on the table',
      'a fantasy dressed as a plan',
      'nobody believes the numbers',
    ]);
    const first = quotes[0]!;
    expect(first.id).toMatch(UUID_RE);
    expect(first.speaker).toEqual({ kind: 'named', name: 'Ana Ruiz' });
    expect(first.speakerRole).toBe('finance minister');
    expect(first.selectors.quote.exact).toBe(first.text);
    expect(first.selectors.quote.prefix).toBe(ARTICLE_TEXT.slice(first.selectors.position.start - 32, first.selectors.position.start));
    const actor = got!.annotations.find((a) => a.text === 'Court of Auditors')!;
    expect(actor).toMatchObject({ kind: 'actor', actorType: 'organization' });
    expect(actor.selectors.position).toMatchObject(rangeOf('Court of Auditors'));
  });

  it('finds the article by the tab URL even when the canonical URL is the id', async () => {
    await lib.saveArticle({ ...PAGE, url: 'https://news.example.com/amp/budget?utm_source=x' }, ANALYSIS);
    const got = await lib.getArticleWithAnnotations('https://news.example.com/amp/budget#section');
    expect(got?.article.id).toBe(ARTICLE_ID);
    expect(await lib.getArticleWithAnnotations('https://news.example.com/other')).toBeNull();
  });

  it('is idempotent: saving again updates the same rows instead of adding', async () => {
    const before = await lib.saveArticle(PAGE, ANALYSIS);
    const idsBefore = (await lib.getArticleWithAnnotations(ARTICLE_ID))!.annotations.map((a) => a.id).sort();
    clock = 5_000;
    const after = await lib.saveArticle({ ...PAGE, meta: { ...META, title: 'Budget talks stall (updated)' } }, ANALYSIS);
    const rows = (await lib.getArticleWithAnnotations(ARTICLE_ID))!.annotations;
    expect(rows.map((a) => a.id).sort()).toEqual(idsBefore);
    expect(await lib.db.articles.count()).toBe(1);
    expect(after.firstSeen).toBe(before.firstSeen);
    expect(after.lastSeen).toBe(5_000);
    expect(after.title).toBe('Budget talks stall (updated)');
    expect(after.counts).toEqual(before.counts);
    // nothing about the detections changed, so their `updated` stays put
    expect(rows.every((a) => a.updated === 1_000)).toBe(true);
  });

  it('keeps the reader edits on a detected quote when re-saving, and drops stale untouched detections', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const rows = (await lib.getArticleWithAnnotations(ARTICLE_ID))!.annotations;
    const fantasy = rows.find((a) => a.text === 'a fantasy dressed as a plan')!;
    const table = rows.find((a) => a.text === 'not on the table')!;
    await lib.updateAnnotation(fantasy.id, { note: 'check this', speakerCorrection: 'Marc Dubois-Leroy' });
    // re-analysis no longer finds either quote
    const fewer = { ...ANALYSIS, quotes: ANALYSIS.quotes.filter((q) => q.text === 'We will balance the budget by the end of next year,') };
    await lib.saveArticle(PAGE, fewer);
    const after = (await lib.getArticleWithAnnotations(ARTICLE_ID))!;
    expect(after.annotations.find((a) => a.id === table.id)).toBeUndefined();
    const kept = after.annotations.find((a) => a.id === fantasy.id)!;
    expect(kept).toMatchObject({ note: 'check this', speakerCorrection: 'Marc Dubois-Leroy', kind: 'quote' });
    expect(after.article.counts.quotes).toBe(2);
  });
});

describe('reader highlights', () => {
  it('addHighlight creates a bare article when needed and stores selectors from the text', async () => {
    const r = rangeOf('arrived late on Tuesday');
    const h = await lib.addHighlight({ url: 'https://example.org/p?utm_medium=x', text: ARTICLE_TEXT, ...r, tags: ['#EU', 'eu', 'budget'] });
    expect(h).toMatchObject({ kind: 'highlight', text: 'arrived late on Tuesday', tags: ['EU', 'budget'], articleId: 'https://example.org/p' });
    expect(h.selectors.position).toEqual({ type: 'TextPositionSelector', ...r });
    const got = await lib.getArticleWithAnnotations('https://example.org/p');
    expect(got!.article).toMatchObject({ title: 'https://example.org/p', site: 'example.org', counts: { highlights: 1 } });
  });

  it('a note makes a highlight a note; clearing it makes it a highlight again; counts follow', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const h = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('talks ran over'), note: 'again?' });
    expect(h.kind).toBe('note');
    clock = 2_000;
    const cleared = await lib.updateAnnotation(h.id, { note: '  ', colour: 'yellow', tags: ['later'] });
    expect(cleared).toMatchObject({ kind: 'highlight', note: null, colour: 'yellow', tags: ['later'], updated: 2_000, created: 1_000 });
    expect((await lib.getArticleWithAnnotations(ARTICLE_ID))!.article.counts).toMatchObject({ highlights: 1, notes: 0 });
    expect(await lib.updateAnnotation('no-such-id', { note: 'x' })).toBeNull();
  });

  it('deleteAnnotation removes one row and updates counts', async () => {
    const h = await lib.addHighlight({ url: PAGE.url, meta: META, text: ARTICLE_TEXT, ...rangeOf('talks ran over') });
    expect(h.articleId).toBe(ARTICLE_ID);
    expect(await lib.deleteAnnotation(h.id)).toEqual(expect.any(String));
    expect(await lib.deleteAnnotation(h.id)).toBeNull();
    const got = await lib.getArticleWithAnnotations(ARTICLE_ID);
    expect(got!.annotations).toHaveLength(0);
    expect(got!.article.counts.highlights).toBe(0);
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    clock = 2_000;
    await lib.saveArticle(
      {
        url: 'https://other.example.net/ruiz-interview',
        meta: { ...META, title: 'Ruiz: no cuts', siteName: null, canonicalUrl: null, byline: null },
        text: 'Ruiz said "there will be no cuts" on Monday.',
      },
      {
        quotes: [
          { start: 11, end: 32, text: 'there will be no cuts', speaker: parseSpeaker('Ana Ruiz'), speakerMention: 'Ruiz', speakerRole: null, cue: 'said', kind: 'direct', confidence: 0.8 },
        ],
        actors: [],
      },
    );
    await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'Follow the Court’s report', tags: ['audit'] });
  });

  it('quotesBySpeaker spans articles and honours corrections', async () => {
    const hits = await lib.quotesBySpeaker('ana ruiz');
    expect(hits.map((h) => h.annotation.text).sort()).toEqual([
      'We will balance the budget by the end of next year,',
      'not on the table',
      'there will be no cuts',
    ]);
    expect(new Set(hits.map((h) => h.article.id)).size).toBe(2);
    const nobody = (await lib.quotesBySpeaker('a senior official (unnamed)'))[0]!;
    await lib.updateAnnotation(nobody.annotation.id, { speakerCorrection: 'Ana Ruiz' });
    expect(await lib.quotesBySpeaker('a senior official (unnamed)')).toHaveLength(0);
    expect(await lib.quotesBySpeaker('Ana Ruiz')).toHaveLength(4);
  });

  it('searchAnnotations matches quote text, notes, speakers and tags (the last word as a prefix)', async () => {
    const texts = async (q: string) => (await lib.searchAnnotations(q)).map((h) => h.annotation.text).sort();
    expect(await texts('fanta')).toEqual(['a fantasy dressed as a plan']);
    expect(await texts('court report')).toEqual(['demanded a review']); // from the note
    expect(await texts('audit')).toEqual(['Court of Auditors', 'demanded a review']); // actor name, tag
    expect(await texts('dubois')).toEqual(['Marc Dubois', 'a fantasy dressed as a plan']); // speaker
    expect(await texts('ruiz cuts')).toEqual(['there will be no cuts']);
    expect(await texts('  ')).toEqual([]);
    const [hit] = await lib.searchAnnotations('fantasy');
    expect(hit!.article.title).toBe(META.title);
  });

  it('listArticles filters by search, speaker, tag and site, newest first, with a limit', async () => {
    const ids = async (o: Parameters<Library['listArticles']>[0]) => (await lib.listArticles(o)).map((a) => a.id);
    const other = 'https://other.example.net/ruiz-interview';
    expect(await ids({})).toEqual([other, ARTICLE_ID]);
    expect(await ids({ limit: 1 })).toEqual([other]);
    expect(await ids({ speaker: 'Marc Dubois' })).toEqual([ARTICLE_ID]);
    expect(await ids({ speaker: 'Ana Ruiz' })).toEqual([other, ARTICLE_ID]);
    expect(await ids({ tag: '#AUDIT' })).toEqual([ARTICLE_ID]);
    expect(await ids({ site: 'the daily example' })).toEqual([ARTICLE_ID]);
    expect(await ids({ site: 'other.example.net' })).toEqual([other]);
    expect(await ids({ search: 'no cuts' })).toEqual([other]); // title and quote
    expect(await ids({ search: 'stall' })).toEqual([ARTICLE_ID]); // title only
    // A picked speaker narrows the matching annotations, not just the articles.
    expect(await ids({ search: 'fantasy', speaker: 'Marc Dubois' })).toEqual([ARTICLE_ID]);
    expect(await ids({ search: 'fantasy', speaker: 'Ana Ruiz' })).toEqual([]);
    expect(await ids({ search: 'fantasy', site: 'other.example.net' })).toEqual([]);
  });

  it('searchAnnotations with many equally good matches returns only the newest `limit`, newest first', async () => {
    for (let i = 0; i < 30; i++) {
      clock = 10_000 + i;
      await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: `budget note ${i}` });
    }
    const hits = await lib.searchAnnotations('"budget note"', 5);
    expect(hits.map((h) => h.annotation.note)).toEqual(['budget note 29', 'budget note 28', 'budget note 27', 'budget note 26', 'budget note 25']);
    expect(await lib.searchAnnotations('"budget note"', 100)).toHaveLength(30);
  });

  it('a deleted annotation is not found by the next search', async () => {
    expect(await lib.searchAnnotations('fantasy')).toHaveLength(1);
    const [hit] = await lib.searchAnnotations('fantasy');
    await lib.deleteAnnotation(hit!.annotation.id);
    expect(await lib.searchAnnotations('fantasy')).toHaveLength(0);
  });

  it('listArticles finds an article by a word of its title after the title changes (v3 article words)', async () => {
    const other = 'https://other.example.net/ruiz-interview';
    clock = 3_000;
    await lib.saveArticle(
      { url: other, meta: { ...META, title: 'Ruiz: pension reform ahead', siteName: null, canonicalUrl: null, byline: null }, text: 'Nothing quoted.' },
      { quotes: [], actors: [] },
    );
    expect((await lib.listArticles({ search: 'pension' })).map((a) => a.id)).toEqual([other]);
  });

  it('forgetArticle removes the article and all its annotations, and nothing else', async () => {
    expect(await lib.forgetArticle('https://m.example.com/nothing')).toBeNull();
    expect(await lib.forgetArticle(PAGE.url)).toEqual(expect.any(String));
    expect(await lib.getArticleWithAnnotations(ARTICLE_ID)).toBeNull();
    expect(await lib.db.annotations.where('articleId').equals(ARTICLE_ID).count()).toBe(0);
    expect(await lib.db.annotations.count()).toBe(1);
    expect(await lib.db.articles.count()).toBe(1);
  });
});

describe('settings', () => {
  it('returns defaults, stores values, and keeps a per-site off switch', async () => {
    expect(await lib.getSetting('showQuotes')).toBe(true);
    await lib.setSetting('showActors', false);
    expect(await lib.getSetting('showActors')).toBe(false);
    expect(await lib.isSiteEnabled('https://News.example.com/a')).toBe(true);
    await Promise.all([lib.setSiteEnabled('https://news.example.com/a', false), lib.setSiteEnabled('blog.example.org', false)]);
    expect(await lib.isSiteEnabled('https://news.example.com/other')).toBe(false);
    expect(await lib.getSetting('disabledSites')).toEqual(['blog.example.org', 'news.example.com']);
    await lib.setSiteEnabled('news.example.com', true);
    expect(await lib.isSiteEnabled('https://news.example.com/other')).toBe(true);
  });
});
