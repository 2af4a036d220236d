// The library's search end to end on a real (fake-indexeddb) database: the 20 ranking targets on a
// generated library, and the index following every kind of write without being rebuilt.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedRecords } from '../../../scripts/seed-records';
import { speakerString } from '../../../src/shared/speaker-value';
import { QuotelightDB } from '../../../src/storage/db';
import { Library, type LibraryData } from '../../../src/storage/library';
import { lastLogSeq } from '../../../src/storage/search-snapshot';
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
    // The newer `updated` wins: an older copy changes neither the row nor the index.
    const first = more.annotations[0]!;
    await lib.importRecords({ articles: [], annotations: [{ ...first, note: 'numbat census', updated: first.updated - 1 }] });
    expect(await ids('numbat')).toEqual([]);
    await lib.importRecords({ articles: [], annotations: [{ ...first, note: 'wombat census', updated: first.updated + 1 }] });
    expect(await ids('quokka ')).toEqual([]);
    expect(await ids('wombat')).toEqual([first.id]);
    expect(index.size).toBe(900);
    check();
  });

  it('an import in many batches indexes every batch, and a newer copy moved to another article leaves the old one', async () => {
    const { articles, annotations } = await lib.getLibraryData();
    const [from, to] = [articles[0]!, articles[1]!];
    const moved = annotations.find((a) => a.articleId === from.id)!;
    const all = generated(30, 1500, 99);
    const fresh = new Set(all.articles.slice(20).map((a) => a.id));
    const more = { articles: all.articles.filter((a) => fresh.has(a.id)), annotations: all.annotations.filter((a) => fresh.has(a.articleId)) };
    more.annotations[more.annotations.length - 1] = { ...more.annotations[more.annotations.length - 1]!, note: 'platypus' };
    more.annotations.push({ ...moved, articleId: to.id, note: 'echidna', updated: moved.updated + 1 });
    const check = noRebuild();
    await lib.importRecords(more, 50);
    expect(await ids('platypus')).toEqual([more.annotations[more.annotations.length - 2]!.id]);
    const [hit] = await lib.searchAnnotations('echidna');
    expect(hit?.article.id).toBe(to.id);
    const index = await lib.search.ready();
    expect(index.annotationsOf(from.id)).not.toContain(moved.id);
    expect(index.annotationsOf(to.id)).toContain(moved.id);
    expect(index.size).toBe(900);
    check();
  });

  it('an import batch is indexed from the rows it wrote, not read back', async () => {
    const all = generated(30, 1500, 99);
    const fresh = new Set(all.articles.slice(20).map((a) => a.id));
    const more = { articles: all.articles.filter((a) => fresh.has(a.id)), annotations: all.annotations.filter((a) => fresh.has(a.articleId)) };
    more.annotations[7] = { ...more.annotations[7]!, note: 'bandicoot' };
    const asked = new Set<string>();
    const bulkGet = lib.db.annotations.bulkGet.bind(lib.db.annotations);
    const spy = vi.spyOn(lib.db.annotations, 'bulkGet').mockImplementation((keys: string[]) => {
      for (const k of keys) asked.add(k);
      return bulkGet(keys);
    });
    const scans = vi.spyOn(lib.db.annotations, 'where');
    await lib.importRecords(more);
    expect(more.annotations.filter((a) => asked.has(a.id))).toEqual([]);
    expect(scans).not.toHaveBeenCalled();
    spy.mockRestore();
    scans.mockRestore();
    expect(await ids('bandicoot')).toEqual([more.annotations[7]!.id]);
    expect((await lib.search.ready()).size).toBe(900);
  });

  it('rows given by a write that a later write changed are read again: the later one wins', async () => {
    const { annotations } = await lib.getLibraryData();
    const row = annotations[3]!;
    const after = await lastLogSeq(lib.db);
    await lib.db.annotations.put({ ...row, note: 'quoll' });
    const upTo = await lastLogSeq(lib.db);
    await lib.db.annotations.put({ ...row, note: 'dunnart' });
    await lib.search.sync({ after, upTo, annotations: [{ ...row, note: 'quoll' }], articles: [] });
    expect(await ids('quoll')).toEqual([]);
    expect(await ids('dunnart')).toEqual([row.id]);
  });

  it('a rolled-back import takes its documents out of the index and puts the replaced ones back', async () => {
    const { annotations } = await lib.getLibraryData();
    const replaced = annotations[0]!;
    const all = generated(30, 1500, 99);
    const extra = all.articles[25]!;
    const check = noRebuild();
    const importId = await lib.beginImport();
    await lib.importBatch(importId, {
      articles: [extra],
      annotations: [
        { ...all.annotations.find((a) => a.articleId === extra.id)!, note: 'quokka' },
        { ...replaced, note: 'wombat', updated: replaced.updated + 1 },
      ],
    });
    expect(await ids('quokka')).toHaveLength(1);
    expect(await ids('wombat')).toEqual([replaced.id]);
    await lib.rollBackImport(importId);
    expect(await ids('quokka')).toEqual([]);
    expect(await ids('wombat')).toEqual([]);
    const index = await lib.search.ready();
    expect(index.hasAnnotation(replaced.id)).toBe(true);
    expect(index.annotationsOf(extra.id)).toEqual([]);
    expect(index.size).toBe(400);
    check();
  });

  it("an article's new site reaches every one of its annotations, and its facet", async () => {
    const { articles, annotations } = await lib.getLibraryData();
    const article = articles[0]!;
    const own = annotations.filter((a) => a.articleId === article.id).map((a) => a.id);
    const check = noRebuild();
    await lib.importRecords({ articles: [{ ...article, site: 'Quokka Gazette', lastSeen: article.lastSeen + 1 }], annotations: [] });
    expect((await ids('site:"quokka gazette"', 1000)).sort()).toEqual(own.sort());
    expect((await lib.facets()).sites.find((s) => s.value === 'Quokka Gazette')?.count).toBe(1);
    check();
  });

  it('facet counts cover the whole library', async () => {
    const { annotations, articles } = await lib.getLibraryData();
    const quotesBy = annotations.filter((a) => a.kind === 'quote' && speakerString(a.speaker) === 'Anna Okafor').length;
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
