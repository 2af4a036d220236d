import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anchor } from '../../../src/anchoring';
import { importJson } from '../../../src/export/import';
import { ValidationError } from '../../../src/export/validate';
import { toAnnotationCollection } from '../../../src/export/web-annotation';
import type { WebAnnotationCollection } from '../../../src/export/web-annotation-types';
import { QuotelightDB } from '../../../src/storage/db';
import { StorageFullError } from '../../../src/storage/errors';
import { Library, type LibraryData } from '../../../src/storage/library';
import { ANNOTATIONS, ARTICLE, TEXT } from '../../fixtures/storage/records';
import { ANALYSIS, ARTICLE_TEXT, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';

const IDS = { id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', pageId: 'urn:uuid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', generatedAt: 0 };

function exportJson(data: LibraryData): string {
  return JSON.stringify(toAnnotationCollection(data.articles, data.annotations, IDS));
}

function collection(): WebAnnotationCollection {
  return toAnnotationCollection([ARTICLE], ANNOTATIONS, IDS);
}

// biome-ignore lint/suspicious/noExplicitAny: the tests deliberately build malformed documents the types would forbid
type Loose = Record<string, any>;

/** Error message importJson gives for a mutated collection. */
function errorFor(mutate: (c: Loose) => void): string {
  const c = JSON.parse(JSON.stringify(collection())) as Loose;
  mutate(c);
  try {
    importJson(JSON.stringify(c));
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as Error).message;
  }
  throw new Error('expected a validation error');
}

describe('import validation', () => {
  it('names what is wrong and where, in one line', () => {
    const cases: [(c: Loose) => void, string][] = [
      [(c) => { c.first.items[3].target.selector = [c.first.items[3].target.selector[1]]; }, 'items[3].target.selector: missing TextQuoteSelector'],
      [(c) => { c.first.items[1].target.selector[0].exact = ''; }, 'items[1].target.selector[0].exact: is empty'],
      [(c) => { c.first.items[0].target.source = 'javascript:alert(1)'; }, 'items[0].target.source: not an http(s) URL: "javascript:alert(1)"'],
      [(c) => { c.first.items[2].target.selector[1].start = -1; }, 'items[2].target.selector[1].start: expected a non-negative integer'],
      [(c) => { c.first.items[2].target.selector[1].end = 0; c.first.items[2].target.selector[1].start = 5; }, 'items[2].target.selector[1].end: is before start (0 < 5)'],
      [(c) => { c.first.items[4].created = 'yesterday'; }, 'items[4].created: not a date: "yesterday"'],
      [(c) => { c.first.items[5].body[0].value = 42; }, 'items[5].body[0].value: expected a string'],
      [(c) => { c.first.items[0].quotelight.kind = 'meme'; }, 'items[0].quotelight.kind: unknown kind "meme"'],
      [(c) => { c.first.items[0].type = 'Note'; }, 'items[0].type: expected "Annotation"'],
      [(c) => { c.first.items[0].target = 'https://e.com/'; }, 'items[0].target: a bare URL has no selector; missing TextQuoteSelector'],
      [(c) => { c['@context'] = 'http://schema.org'; }, '@context: expected "http://www.w3.org/ns/anno.jsonld"'],
      [(c) => { c.total = 99; }, 'total: says 99 but first.items has 6'],
      [(c) => { c.first = 'https://e.com/page1'; }, 'first: pages given by URL are not supported; embed the AnnotationPage'],
      [(c) => { c.quotelight.articles[0].title = null; }, 'quotelight.articles[0].title: expected a string'],
      [(c) => { c.first.items[0].quotelight.speaker = { kind: 'named' }; }, 'items[0].quotelight.speaker: not a speaker: expected a name, "unnamed: …", null, or {kind: "named" | "unnamed" | "nobody"}'],
    ];
    for (const [mutate, message] of cases) {
      const got = errorFor(mutate);
      expect(got).toBe(message);
      expect(got).not.toContain('\n');
    }
    expect(() => importJson('{not json')).toThrow(/^JSON: /);
    expect(() => importJson('[]')).toThrow('root: expected an object');
  });

  it('accepts foreign annotations: plain string motivation, single objects, no extension', () => {
    const data = importJson(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: {
          type: 'AnnotationPage',
          items: [
            {
              type: 'Annotation',
              id: 'https://hypothes.is/a/xyz',
              motivation: 'commenting',
              body: { type: 'TextualBody', value: 'Interesting' },
              target: {
                source: 'https://e.com/story?utm_source=h',
                selector: { type: 'TextQuoteSelector', exact: 'a passage', prefix: 'x ', suffix: ' y' },
              },
            },
          ],
        },
      }),
      5_000,
    );
    expect(data.articles).toMatchObject([{ id: 'https://e.com/story', title: 'https://e.com/story', site: 'e.com' }]);
    expect(data.annotations).toHaveLength(1);
    expect(data.annotations[0]).toMatchObject({ kind: 'note', note: 'Interesting', text: 'a passage', created: 5_000 });
    // a non-uuid id is hashed to a stable uuid, so a second import overwrites it
    expect(data.annotations[0]!.id).toBe(importJson(JSON.stringify(collectionOfOne()), 9_000).annotations[0]!.id);
  });
});

function collectionOfOne() {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          id: 'https://hypothes.is/a/xyz',
          motivation: 'commenting',
          target: { source: 'https://e.com/story', selector: { type: 'TextQuoteSelector', exact: 'a passage' } },
        },
      ],
    },
  };
}

describe('speakers in files', () => {
  it('export writes typed speakers; files from before v5 with speaker strings import as typed', () => {
    const c = JSON.parse(JSON.stringify(collection())) as Loose;
    const quotes = c.first.items.filter((i: Loose) => i.quotelight.kind === 'quote');
    expect(quotes.map((i: Loose) => i.quotelight.speaker)).toContainEqual({ kind: 'unnamed', description: 'critics' });
    for (const i of quotes) i.quotelight.speaker = i.quotelight.speaker.kind === 'named' ? i.quotelight.speaker.name : i.quotelight.speaker.kind === 'unnamed' ? `unnamed: ${i.quotelight.speaker.description}` : null;
    const back = importJson(JSON.stringify(c)).annotations.filter((a) => a.kind === 'quote');
    expect(back.map((a) => a.speaker)).toEqual(ANNOTATIONS.filter((a) => a.kind === 'quote').map((a) => a.speaker));
  });
});

describe('import into the database', () => {
  let lib: Library;

  beforeEach(async () => {
    lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => 1_000 });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await lib.db.delete();
  });

  async function snapshot() {
    return { articles: await lib.db.articles.toArray(), annotations: await lib.db.annotations.orderBy('id').toArray() };
  }

  it('round-trips: export -> import into an empty db -> export gives the same annotations', async () => {
    const source = new Library(new QuotelightDB(uniqueDbName()), { now: () => 1_000 });
    await source.saveArticle(PAGE, ANALYSIS);
    const h = await source.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('talks ran over'), tags: ['eu'] });
    await source.updateAnnotation(h.id, { note: 'again', colour: 'pink' });
    const first = exportJson(await source.getLibraryData());

    await lib.importRecords(importJson(first));
    const second = exportJson(await lib.getLibraryData());
    expect(JSON.parse(second)).toEqual(JSON.parse(first));
    expect(await lib.db.annotations.count()).toBe(await source.db.annotations.count());
    expect((await lib.getArticleWithAnnotations(PAGE.url))!.article.counts).toEqual(
      (await source.getArticleWithAnnotations(PAGE.url))!.article.counts,
    );
    await source.db.delete();
  });

  it('restores UTF-16 offsets exactly around emoji and astral characters', async () => {
    await lib.importRecords(importJson(JSON.stringify(collection())));
    const rows = await lib.db.annotations.toArray();
    for (const original of ANNOTATIONS) {
      const back = rows.find((r) => r.id === original.id)!;
      expect(back.selectors).toEqual(original.selectors);
      expect(anchor(TEXT, back.selectors)).toMatchObject({ method: 'position' });
    }
  });

  it('importing the same file twice creates no duplicates', async () => {
    const json = JSON.stringify(collection());
    await lib.importRecords(importJson(json));
    const once = await snapshot();
    await lib.importRecords(importJson(json));
    expect(await snapshot()).toEqual(once);
    expect(once.annotations).toHaveLength(ANNOTATIONS.length);
    expect(once.articles).toHaveLength(1);
    expect(once.articles[0]!.counts).toEqual({ quotes: 3, actors: 1, highlights: 1, notes: 1 });
  });

  it('a failure in the middle of the write leaves the database exactly as it was', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const before = await snapshot();
    // articles are written first, then the annotations write fails
    vi.spyOn(lib.db.annotations, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(lib.importRecords(importJson(JSON.stringify(collection())))).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual(before);

    vi.spyOn(lib.db.annotations, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(lib.importRecords(importJson(JSON.stringify(collection())))).rejects.toThrow('disk on fire');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses annotations whose article is neither given nor stored, writing nothing', async () => {
    const data = importJson(JSON.stringify(collection()));
    await expect(lib.importRecords({ articles: [], annotations: data.annotations })).rejects.toThrow(/unknown article/);
    expect(await snapshot()).toEqual({ articles: [], annotations: [] });
  });

  it('an invalid file is refused before anything is written', async () => {
    const before = await snapshot();
    const c = JSON.parse(JSON.stringify(collection()));
    c.first.items[5].target.selector = [];
    expect(() => importJson(JSON.stringify(c))).toThrow('items[5].target.selector: missing TextQuoteSelector');
    expect(await snapshot()).toEqual(before);
  });
});
