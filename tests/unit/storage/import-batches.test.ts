import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importJson } from '../../../src/export/import';
import { toAnnotationCollection } from '../../../src/export/web-annotation';
import type { AnnotationRecord, ArticleRecord } from '../../../src/shared/records';
import { QuotelightDB } from '../../../src/storage/db';
import { importBatches, Library, type LibraryData } from '../../../src/storage/library';
import { ANNOTATIONS, ARTICLE } from '../../fixtures/storage/records';
import { uniqueDbName } from '../../fixtures/storage/sample';

const IDS = { id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', pageId: 'urn:uuid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', generatedAt: 0 };
const OTHER: ArticleRecord = { ...ARTICLE, id: 'https://other.example/story', urls: ['https://other.example/story'], title: 'Other' };

const LATER = Date.UTC(2030, 0, 1);
const lib = (now = () => LATER) => new Library(new QuotelightDB(uniqueDbName()), { now });
const data = (annotations: AnnotationRecord[], articles: ArticleRecord[] = [ARTICLE]): LibraryData => ({ articles, annotations });
const noted = (a: AnnotationRecord, note: string, updated: number): AnnotationRecord => ({ ...a, note, updated });

async function snapshot(l: Library) {
  return { articles: await l.db.articles.toArray(), annotations: await l.db.annotations.toArray(), journal: await l.db.importJournal.count() };
}

describe('import: the newer annotation wins', () => {
  it('replaces older copies, keeps newer ones, skips identical ones, and reports each count', async () => {
    const l = lib();
    const [a, b, c] = ANNOTATIONS as [AnnotationRecord, AnnotationRecord, AnnotationRecord];
    await l.importRecords(data([noted(a, 'mine, newer', 300), noted(b, 'mine, older', 100), noted(c, 'same', 200)]));
    const file = data([noted(a, 'file, older', 200), noted(b, 'file, newer', 200), noted(c, 'same', 200), ...ANNOTATIONS.slice(3)]);
    const summary = await l.importRecords(file);
    expect(summary).toMatchObject({ articles: 1, annotations: ANNOTATIONS.length, added: ANNOTATIONS.length - 3, replaced: 1, kept: 1, skipped: 1 });
    expect((await l.db.annotations.get(a.id))?.note).toBe('mine, newer');
    expect((await l.db.annotations.get(b.id))?.note).toBe('file, newer');
  });

  it('re-importing an older export never undoes a newer edit', async () => {
    const l = lib();
    await l.importRecords(data(ANNOTATIONS));
    const old = JSON.stringify(toAnnotationCollection([ARTICLE], ANNOTATIONS, IDS));
    const target = ANNOTATIONS.find((x) => x.kind === 'note')!;
    await l.updateAnnotation(target.id, { note: 'edited after the backup' });
    const summary = await l.importRecords(importJson(old));
    expect(summary.kept).toBe(1);
    expect((await l.db.annotations.get(target.id))?.note).toBe('edited after the backup');
  });

  it('recomputes the counts of every article touched, including one an annotation moved away from', async () => {
    const l = lib();
    await l.importRecords(data(ANNOTATIONS));
    const moved = { ...ANNOTATIONS[0]!, articleId: OTHER.id, updated: LATER };
    await l.importRecords(data([moved], [OTHER]));
    const [first, other] = await l.db.articles.bulkGet([ARTICLE.id, OTHER.id]);
    const left = ANNOTATIONS.slice(1);
    expect(first!.counts.quotes).toBe(left.filter((x) => x.kind === 'quote').length);
    expect(other!.counts).toEqual({ quotes: moved.kind === 'quote' ? 1 : 0, actors: moved.kind === 'actor' ? 1 : 0, highlights: moved.kind === 'highlight' ? 1 : 0, notes: moved.kind === 'note' ? 1 : 0 });
  });
});

describe('import: duplicate ids in a file', () => {
  it('are an error naming the id and where it appears', () => {
    const c = JSON.parse(JSON.stringify(toAnnotationCollection([ARTICLE], ANNOTATIONS, IDS)));
    c.first.items.push(c.first.items[1]);
    c.total = c.first.items.length;
    const id = ANNOTATIONS[1]!.id;
    expect(() => importJson(JSON.stringify(c))).toThrow(`items: the same annotation id more than once: ${id} (items[1], items[${ANNOTATIONS.length}])`);
  });

  it('are refused across the batches of one import too', async () => {
    const l = lib();
    const id = await l.beginImport();
    await l.importBatch(id, data(ANNOTATIONS.slice(0, 2)));
    await expect(l.importBatch(id, data(ANNOTATIONS.slice(1, 3), []))).rejects.toThrow(ANNOTATIONS[1]!.id);
    await l.rollBackImport(id);
  });
});

describe('import: all or nothing', () => {
  it('a failure in a later batch undoes the earlier batches, restoring what they replaced', async () => {
    const l = lib();
    await l.importRecords(data(ANNOTATIONS.slice(0, 2)));
    const before = await snapshot(l);
    const orphan = { ...ANNOTATIONS[4]!, articleId: 'https://nowhere.example/x' };
    const file = data([noted(ANNOTATIONS[0]!, 'newer', LATER), ...ANNOTATIONS.slice(2, 4), orphan]);
    await expect(l.importRecords(file, 2)).rejects.toThrow(/unknown article/);
    expect(await snapshot(l)).toEqual(before);
  });

  it('a cancelled import (rolled back after some batches) leaves the library as it was', async () => {
    const l = lib();
    await l.importRecords(data(ANNOTATIONS.slice(0, 3)));
    const before = await snapshot(l);
    const id = await l.beginImport();
    const batches = [...importBatches(data([noted(ANNOTATIONS[1]!, 'newer', LATER), ...ANNOTATIONS.slice(3)], [ARTICLE, OTHER]), 2)];
    for (const b of batches.slice(0, 2)) await l.importBatch(id, b);
    await l.rollBackImport(id);
    expect(await snapshot(l)).toEqual(before);
  });

  it('batches sent without waiting are written in order; none after a failed one, and the rollback waits for them', async () => {
    const l = lib();
    await l.importRecords(data(ANNOTATIONS.slice(0, 2)));
    const before = await snapshot(l);
    const orphan = { ...ANNOTATIONS[4]!, articleId: 'https://nowhere.example/x' };
    const id = await l.beginImport();
    const [first, second, third] = [
      data([noted(ANNOTATIONS[0]!, 'newer', LATER), ANNOTATIONS[2]!]),
      data([orphan], []),
      data([ANNOTATIONS[3]!], []),
    ].map((b) => l.importBatch(id, b));
    // All three asked at once, as the library page does with the next batch while one is written.
    await expect(first).resolves.toMatchObject({ added: 1, replaced: 1 });
    await expect(second).rejects.toThrow(/unknown article/);
    await expect(third).rejects.toThrow(/earlier batch/);
    expect(await l.db.annotations.get(ANNOTATIONS[3]!.id)).toBeUndefined();
    await l.rollBackImport(id);
    expect(await snapshot(l)).toEqual(before);
  });

  it('a rollback asked while batches are on their way undoes what they wrote and stops the rest', async () => {
    const l = lib();
    const before = await snapshot(l);
    const id = await l.beginImport();
    await l.importBatch(id, data(ANNOTATIONS.slice(0, 2)));
    const writing = l.importBatch(id, data(ANNOTATIONS.slice(2, 4), []));
    const queued = l.importBatch(id, data(ANNOTATIONS.slice(4), []));
    await new Promise((r) => setTimeout(r, 0)); // the second batch is under way
    await l.rollBackImport(id);
    await Promise.allSettled([writing]);
    await expect(queued).rejects.toThrow(/earlier batch/);
    expect(await snapshot(l)).toEqual(before);
  });

  it('an import the background lost half-way is rolled back by the next start', async () => {
    const name = uniqueDbName();
    const first = new Library(new QuotelightDB(name), { now: () => 1 });
    await first.importRecords(data(ANNOTATIONS.slice(0, 1)));
    const id = await first.beginImport();
    await first.importBatch(id, data(ANNOTATIONS.slice(1)));
    first.db.close();
    const restarted = new Library(new QuotelightDB(name), { now: () => 2 });
    expect(await restarted.rollBackStaleImports()).toBe(1);
    expect((await restarted.db.annotations.toArray()).map((a) => a.id)).toEqual([ANNOTATIONS[0]!.id]);
    expect(await restarted.db.importJournal.count()).toBe(0);
    await expect(restarted.importBatch(id, data([]))).rejects.toThrow(/stopped/);
  });
});
