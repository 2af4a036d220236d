// The quotes-across index on a real (fake-indexeddb) database: built once from the stored quotes,
// then following saves, corrections, deletions and forgotten articles without a rebuild.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../src/analysis/types';
import { QuotelightDB } from '../../../src/storage/db';
import { Library } from '../../../src/storage/library';
import { quotesElsewhere, storedQuotesElsewhere } from '../../../src/storage/quotes-elsewhere';
import { ANALYSIS, ARTICLE_TEXT, META, PAGE, uniqueDbName } from '../../fixtures/storage/sample';

let lib: Library;

beforeEach(() => {
  lib = new Library(new QuotelightDB(uniqueDbName()), { now: () => 5_000 });
});

afterEach(async () => {
  await lib.db.delete();
});

/** The sample article again on another site, its first quote with one word changed and put in another mouth. */
async function saveSecondOutlet(changed = 'balance'): Promise<string> {
  const text = ARTICLE_TEXT.replace('We will balance the budget', `We will ${changed} the budget`);
  const first = ANALYSIS.quotes[0]!;
  const quoted = first.text.replace('balance', changed);
  const start = text.indexOf(quoted);
  const analysis: Analysis = { ...ANALYSIS, quotes: [{ ...first, text: quoted, start, end: start + quoted.length, speaker: { kind: 'named', name: 'Marc Dubois' } }] };
  const article = await lib.saveArticle(
    { url: 'https://other.example.org/2024/budget', text, meta: { ...META, siteName: 'Other Outlet', canonicalUrl: null, published: '2024-05-15' } },
    analysis,
  );
  return article.id;
}

describe('quotes elsewhere', () => {
  it('finds a stored quote worded differently in another article, with its site, date, speaker and difference', async () => {
    const first = await lib.saveArticle(PAGE, ANALYSIS);
    await saveSecondOutlet('fix');
    const found = await storedQuotesElsewhere(lib, first.id);
    const quoteId = Object.keys(found)[0]!;
    expect(Object.keys(found)).toHaveLength(1);
    const [m] = found[quoteId]!;
    expect(m).toMatchObject({ kind: 'reworded', site: 'Other Outlet', published: '2024-05-15', speaker: { kind: 'named', name: 'Marc Dubois' } });
    expect(m!.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'changed', from: ['balance'], to: ['fix'] }]);
  });

  it('follows writes without rebuilding: a new article, a speaker correction, a deletion, a forgotten article', async () => {
    const first = await lib.saveArticle(PAGE, ANALYSIS);
    const index = await lib.quoteMatches.ready();
    const build = vi.spyOn(lib.quoteMatches as unknown as { build: () => Promise<unknown> }, 'build');
    const look = () => quotesElsewhere(lib, [{ key: 'q', text: ANALYSIS.quotes[0]!.text }], first.id);
    expect(await look()).toEqual({});

    const second = await saveSecondOutlet('balance');
    expect((await look()).q?.map((m) => [m.kind, m.speaker])).toEqual([['same', { kind: 'named', name: 'Marc Dubois' }]]);

    const stored = (await lib.getArticleWithAnnotations(second))!.annotations.find((a) => a.kind === 'quote')!;
    await lib.updateAnnotation(stored.id, { speakerCorrection: 'Ana Ruiz' });
    expect((await look()).q?.[0]?.speaker).toEqual({ kind: 'named', name: 'Ana Ruiz' });

    await lib.deleteAnnotation(stored.id);
    expect(await look()).toEqual({});

    await saveSecondOutlet('balance');
    expect(await look()).not.toEqual({});
    await lib.forgetArticle(second);
    expect(await look()).toEqual({});
    expect(await lib.quoteMatches.ready()).toBe(index);
    expect(build).not.toHaveBeenCalled();
  });

  it('takes in writes made while it is being built', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    const building = lib.quoteMatches.ready();
    const second = await saveSecondOutlet('balance');
    await building;
    const found = await storedQuotesElsewhere(lib, second);
    expect(Object.values(found).flat().map((m) => m.kind)).toEqual(['same']);
  });
});

describe('without waiting', () => {
  it('answers nothing while the index is not built, starts the build, and answers once it is', async () => {
    await lib.saveArticle(PAGE, ANALYSIS);
    await saveSecondOutlet('balance');
    const text = ANALYSIS.quotes[0]!.text;
    expect(await quotesElsewhere(lib, [{ key: 'q', text }], null, { wait: false })).toEqual({});
    await lib.quoteMatches.ready();
    expect((await quotesElsewhere(lib, [{ key: 'q', text }], null, { wait: false })).q).toHaveLength(2);
  });
});
