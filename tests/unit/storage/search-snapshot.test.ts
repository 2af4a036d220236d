// The persisted search index: a restart loads the snapshot and replays only the writes logged
// since, whoever made them; the log is written in each write's own transaction.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedRecords } from '../../../scripts/seed-records';
import { QuotelightDB } from '../../../src/storage/db';
import { Library, type LibraryData } from '../../../src/storage/library';
import { trimLog } from '../../../src/storage/search-snapshot';
import { SnapshotDeferred } from '../../../src/storage/snapshot-json';
import { ARTICLE_TEXT, PAGE, rangeOf, uniqueDbName } from '../../fixtures/storage/sample';

let db: QuotelightDB;
const open = () => new Library(db, { now: () => 5_000 });

function generated(articles: number, annotations: number): LibraryData {
  const out: LibraryData = { articles: [], annotations: [] };
  for (const chunk of seedRecords({ articles, annotations, seed: 3 })) {
    out.articles.push(...chunk.articles);
    out.annotations.push(...chunk.annotations);
  }
  return out;
}

const ids = async (lib: Library, query: string) => (await lib.searchAnnotations(query, 10)).map((h) => h.annotation.id);

beforeEach(() => {
  db = new QuotelightDB(uniqueDbName());
});

afterEach(async () => {
  await db.delete();
});

describe('the search index across restarts', () => {
  it('a restart loads the snapshot and applies the writes made since, by a background that had no index', async () => {
    const data = generated(10, 200);
    const first = open();
    await first.importRecords(data);
    await first.search.ready();
    await first.search.snapshotNow();
    expect(await db.searchLog.count()).toBe(0); // the snapshot holds everything logged so far

    // A background without the index in memory (the library page closed) keeps writing.
    const second = open();
    const row = await second.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'quokka census' });
    const [edited, deleted] = [data.annotations[0]!, data.annotations[1]!];
    await second.updateAnnotation(edited.id, { note: 'wombat' });
    await second.deleteAnnotation(deleted.id);
    expect(await db.searchLog.count()).toBeGreaterThan(0);

    const third = open();
    const scans = vi.spyOn(db.annotations, 'orderBy');
    const index = await third.search.ready();
    expect(third.search.lastBuild?.from).toBe('snapshot');
    expect(scans).not.toHaveBeenCalled(); // loaded, not built from the tables
    scans.mockRestore();
    expect(await ids(third, 'quokka')).toEqual([row.id]);
    expect(await ids(third, 'wombat')).toEqual([edited.id]);
    expect(index.hasAnnotation(deleted.id)).toBe(false);
    expect(index.size).toBe(200); // 200 - 1 deleted + 1 new
    // Facets came back with the snapshot, and follow the writes since.
    const built = open();
    await db.searchSnapshot.clear();
    expect((await third.facets()).tags).toEqual((await built.facets()).tags);
    expect((await third.facets()).speakers).toEqual((await built.facets()).speakers);
  });

  it('the same searches give the same answers from a loaded snapshot as from a build', async () => {
    const first = open();
    await first.importRecords(generated(20, 400));
    await first.search.ready();
    await first.search.snapshotNow();
    const loaded = open();
    await loaded.search.ready();
    expect(loaded.search.lastBuild?.from).toBe('snapshot');
    for (const q of ['okafor', 'sanctoins', 'speaker:okafor gas', 'tag:nato', 'harbour strike']) {
      expect(await ids(loaded, q)).toEqual(await ids(first, q));
    }
  });

  it('a snapshot of another format, or one that cannot be read, is rebuilt from the tables', async () => {
    const first = open();
    await first.importRecords(generated(5, 50));
    await first.search.ready();
    await first.search.snapshotNow();
    await db.searchSnapshot.update('index', { json: '{"not": "an index"' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const again = open();
    expect((await again.search.ready()).size).toBe(50);
    expect(again.search.lastBuild?.from).toBe('tables');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('stored search index could not be read'), expect.anything());
    errors.mockRestore();

    await db.searchSnapshot.update('index', { format: -1 });
    const older = open();
    expect((await older.search.ready()).size).toBe(50);
    expect(older.search.lastBuild?.from).toBe('tables');
  });

  it('a snapshot that cannot be stored is reported and leaves the index in use', async () => {
    const lib = open();
    await lib.importRecords(generated(2, 20));
    await lib.search.ready();
    const put = vi.spyOn(db.searchSnapshot, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(lib.search.snapshotNow()).rejects.toThrow('disk full');
    put.mockRestore();
    expect(lib.search.live).toBe(true);
    const row = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'quokka' });
    expect(await ids(lib, 'quokka')).toEqual([row.id]);
    await lib.search.snapshotNow(); // the next one is stored
    expect(await db.searchSnapshot.count()).toBe(1);
  });

  it('logs a write in its own transaction: an aborted write leaves no log entry', async () => {
    const lib = open();
    await lib.importRecords(generated(2, 10));
    const before = await db.searchLog.count();
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.delete((await db.annotations.toCollection().first())!.id);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.searchLog.count()).toBe(before);
    await db.transaction('rw', db.annotations, async () => {
      await db.annotations.delete((await db.annotations.toCollection().first())!.id);
    });
    expect(await db.searchLog.count()).toBe(before + 1);
  });

  it('a log nobody will replay is trimmed: none without a snapshot, none past its limit', async () => {
    const lib = open();
    await lib.importRecords(generated(2, 10));
    expect(await db.searchLog.count()).toBeGreaterThan(0);
    await trimLog(db); // no snapshot: the next start builds from the tables anyway
    expect(await db.searchLog.count()).toBe(0);

    await lib.search.ready();
    await lib.search.snapshotNow();
    await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review') });
    await trimLog(db); // a short log beside a snapshot stays
    expect(await db.searchLog.count()).toBeGreaterThan(0);
    expect(await db.searchSnapshot.count()).toBe(1);
  });

  it('is written in slices, the same string as in one go; a search is answered between slices and a write stops it', async () => {
    const lib = open();
    await lib.importRecords(generated(20, 1500));
    const index = await lib.search.ready();
    const whole = index.toJSON();
    expect(await index.toJSONInSlices()).toBe(whole);

    // A search while the snapshot is being written is answered before it is done.
    let stored = false;
    const snapshot = lib.search.snapshotNow().then(() => {
      stored = true;
    });
    await lib.searchAnnotations('sanctions', 5);
    expect(stored).toBe(false);
    await snapshot;
    expect(await db.searchLog.count()).toBe(0);

    // A write waiting for the index stops the snapshot (it is taken at the next quiet moment).
    await expect(index.toJSONInSlices(() => true)).rejects.toBeInstanceOf(SnapshotDeferred);
    const seq = (await db.searchSnapshot.get('index'))!.seq;
    const row = await lib.addHighlight({ url: PAGE.url, text: ARTICLE_TEXT, ...rangeOf('demanded a review'), note: 'bilby' });
    const deferred = lib.search.snapshotNow();
    const waiting = lib.search.sync(); // queued behind the snapshot, as a write's catch-up is
    await Promise.all([deferred, waiting]);
    expect((await db.searchSnapshot.get('index'))!.seq).toBe(seq);
    expect(await ids(lib, 'bilby')).toEqual([row.id]);
    await lib.search.snapshotNow();
    expect((await db.searchSnapshot.get('index'))!.seq).toBeGreaterThan(seq);
    expect(await db.searchLog.count()).toBe(0);
  });
});
