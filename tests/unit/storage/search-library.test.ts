// The library's search end to end on a real (fake-indexeddb) database: the 20 ranking targets on a
// generated library, and the index following every kind of write without being rebuilt.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedRecords } from '../../../scripts/seed-records';
import { QuotelightDB } from '../../../src/storage/db';
import { Library, type LibraryData } from '../../../src/storage/library';
import { plantedRecords, plantId, RANKING_QUERIES } from '../../fixtures/search-ranking';
import { ARTICLE_TEXT, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';

let lib: Library;
let clock = 1_000;

beforeEach(() => {
  clock = 1_000;
  lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => clock });
});

afterEach(async () => {
  await lib.db.delete();
});

function generated(articles: number, annotations: number, seed = 7): LibraryData {
  const out: LibraryData = { articles: [], annotations: [] };
  for (const chunk of seedRecords({ articles, annotations, seed })) {
    out.articles.push(...chunk.articles);
    out.annotations.push(...chunk.annotations);
  }
  return out;
}

const ids = async (query: string, limit = 10) => (await lib.searchAnnotations(query, limit)).map((h) => h.annotation.id);

describe('ranking targets', () => {
  it('puts the expected item in the top 3 for each of the 20 queries, among 3,000 generated annotations', async () => {
    await lib.importRecords(generated(150, 3000));
    await lib.importRecords(plantedRecords());
    const missed: string[] = [];
    for (const { query, expect: key } of RANKING_QUERIES) {
      if (!(await ids(query, 3)).includes(plantId(key))) missed.push(query);
    }
    expect(missed).toEqual([]);
  });
});

describe('the index follows every write', () => {
  beforeEach(async () => {
    await lib.importRecords(generated(20, 400));
    await lib.search.ready();
  });

  const noRebuild = () => {
    const build = lib.search.lastBuild;
    const scans = vi.spyOn(lib.db.annotations, 'orderBy');
    return () => {
      expect(lib.search.lastBuild).toBe(build);
      expect(scans).not.toHaveBeenCalled();
      scans.mockRestore();
    };
  };

  it('a new highlight and a saved note are findable as soon as the write returns', async () => {
    const check = noRebuild();
    const row = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'ask about the zeppelin hangar', tags: ['airships'] });
    expect(await ids('zeppelin')).toEqual([row.id]);
    expect(await ids('tag:airships')).toEqual([row.id]);
    expect(await ids('demanded review')).toContain(row.id);
    check();
  });

  it('an edit replaces the old words and a delete removes the document', async () => {
    const row = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'zeppelin' });
    const check = noRebuild();
    await lib.updateAnnotation(row.id, { note: 'dirigible', tags: ['later'], speakerCorrection: null });
    expect(await ids('zeppelin ')).toEqual([]);
    expect(await ids('dirigible')).toEqual([row.id]);
    expect((await lib.facets()).tags).toContainEqual({ value: 'later', count: 1 });
    await lib.deleteAnnotation(row.id);
    expect(await ids('dirigible')).toEqual([]);
    expect((await lib.facets()).tags.find((t) => t.value === 'later')).toBeUndefined();
    check();
  });

  it('forgetting an article removes all its documents and its site from the facets', async () => {
    const row = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'zeppelin' });
    const { site } = (await lib.getArticleWithAnnotations(row.articleId))!.article;
    expect((await lib.facets()).sites.map((s) => s.value)).toContain(site);
    const check = noRebuild();
    await lib.forgetArticle(PAGE.url);
    expect(await ids('zeppelin')).toEqual([]);
    expect((await lib.facets()).sites.map((s) => s.value)).not.toContain(site);
    check();
  });

  it('an import of many adds them all, and importing changed rows again replaces their words', async () => {
    const check = noRebuild();
    // Articles 20-29 of a larger generated library: new ids, 500 annotations.
    const all = generated(30, 1500, 99);
    const fresh = new Set(all.articles.slice(20).map((a) => a.id));
    const more = { articles: all.articles.filter((a) => fresh.has(a.id)), annotations: all.annotations.filter((a) => fresh.has(a.articleId)) };
    more.annotations[0] = { ...more.annotations[0]!, note: 'quokka census' };
    await lib.importRecords(more);
    expect(lib.search.lastBuild).not.toBeNull();
    const index = await lib.search.ready();
    expect(index.size).toBe(900);
    expect(await ids('quokka')).toEqual([more.annotations[0]!.id]);
    await lib.importRecords({ articles: [], annotations: [{ ...more.annotations[0]!, note: 'wombat census' }] });
    expect(await ids('quokka ')).toEqual([]);
    expect(await ids('wombat')).toEqual([more.annotations[0]!.id]);
    expect(index.size).toBe(900);
    check();
  });

  it('facet counts cover the whole library', async () => {
    const { annotations, articles } = await lib.getLibraryData();
    const quotesBy = annotations.filter((a) => a.kind === 'quote' && a.speaker === 'Anna Okafor').length;
    const facets = await lib.facets();
    expect(facets.speakers.find((s) => s.value === 'Anna Okafor')?.count ?? 0).toBe(quotesBy);
    expect(facets.sites.reduce((n, s) => n + s.count, 0)).toBe(articles.length);
  });
});

describe('built at start', () => {
  it('takes the writes made while it is being built, never the rows read before them', async () => {
    const data = generated(20, 400);
    await lib.importRecords(data);
    const fresh = new Library(lib.db, { now: () => clock });
    const building = fresh.search.ready();
    const [edited, deleted] = [data.annotations[0]!, data.annotations[399]!];
    const [row] = await Promise.all([
      fresh.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'quokka' }),
      fresh.updateAnnotation(edited.id, { note: 'wombat' }),
      fresh.deleteAnnotation(deleted.id),
    ]);
    const index = await building;
    expect(await fresh.search.ready()).toBe(index);
    expect((await fresh.searchAnnotations('quokka')).map((h) => h.annotation.id)).toEqual([row.id]);
    expect((await fresh.searchAnnotations('wombat')).map((h) => h.annotation.id)).toEqual([edited.id]);
    expect(index.hasAnnotation(deleted.id)).toBe(false);
    expect(index.size).toBe(400);
  });
});
