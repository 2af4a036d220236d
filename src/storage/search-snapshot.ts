// The search index persisted: a snapshot (the index as of one log entry) in the database, so a
// background that starts again loads it and applies the few writes logged since (search-log.ts),
// instead of indexing the whole library.
import type { QuotelightDB } from './db';
import { SearchIndex, SNAPSHOT_FORMAT } from './search-index';

/** The last log entry so far (0 for none): what an index built from the tables now reflects at least. */
export async function lastLogSeq(db: QuotelightDB): Promise<number> {
  return ((await db.searchLog.orderBy(':id').lastKey()) as number | undefined) ?? 0;
}

/** The stored index and the log entry it reflects, or null when there is none (or it is of an older format). */
export async function loadSnapshot(db: QuotelightDB): Promise<{ index: SearchIndex; seq: number } | null> {
  const row = await db.searchSnapshot.get('index');
  if (!row || row.format !== SNAPSHOT_FORMAT) return null;
  return { index: await SearchIndex.fromJSON(row.json), seq: row.seq };
}

/**
 * Stores `index` as of log entry `seq` and drops the log entries it holds. The caller makes sure
 * the index reflects exactly the entries up to `seq` (nothing applied meanwhile).
 */
export async function saveSnapshot(db: QuotelightDB, index: SearchIndex, seq: number, stop?: () => boolean): Promise<void> {
  // In slices: searches are answered meanwhile; a write waiting behind it (LiveIndex's queue) stops it.
  const json = await index.toJSONInSlices(stop);
  await db.transaction('rw', db.searchSnapshot, db.searchLog, async () => {
    await db.searchSnapshot.put({ key: 'index', format: SNAPSHOT_FORMAT, seq, json });
    await db.searchLog.where(':id').belowOrEqual(seq).delete();
  });
}

/** Log entries past which replaying them costs more than indexing the library again. */
const MAX_LOG = 5000;

/**
 * With no index in memory, nothing takes a snapshot: a log with no snapshot serves nobody, and one
 * grown long costs more to replay than a rebuild. Either way both go; the next start builds anew.
 */
export async function trimLog(db: QuotelightDB): Promise<void> {
  const [snapshot, logged] = await Promise.all([db.searchSnapshot.get('index'), db.searchLog.count()]);
  if (logged === 0 || (snapshot && logged <= MAX_LOG)) return;
  await db.transaction('rw', db.searchSnapshot, db.searchLog, async () => {
    await db.searchSnapshot.clear();
    await db.searchLog.clear();
  });
}
