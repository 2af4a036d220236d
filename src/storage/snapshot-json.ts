// MiniSearch's `toJSON`, written a slice at a time. At 100k annotations its `toJSON` and the
// `JSON.stringify` of the result hold the thread for seconds (3.5 s measured in the background);
// here the same JSON is built in pieces with other messages (searches, saves) answered between
// them. The caller makes sure nothing adds to or discards from the index meanwhile (LiveIndex
// queues writes behind the snapshot); MiniSearch's vacuum may drop entries of documents already
// discarded in between, which a loaded index tolerates either way.
import type MiniSearch from 'minisearch';
import type { Internals } from './top-k-search';

/** Postings written per slice: tens of milliseconds of work. */
const SLICE = 20_000;

/** Thrown between slices when the caller asked to stop (a write is waiting: the snapshot is taken at a quieter moment). */
export class SnapshotDeferred extends Error {}

/** Lets other messages through, then stops if `stop` says so. */
export async function yieldOrStop(stop?: () => boolean): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  if (stop?.()) throw new SnapshotDeferred('the snapshot gave way to a write');
}

/** The JSON of `mini.toJSON()` (MiniSearch's serialization version 2), appended to `out` a slice at a time. */
export async function writeMiniSearchJSON(mini: MiniSearch<unknown>, out: string[], stop?: () => boolean): Promise<void> {
  const ix = mini as unknown as Internals;
  const head = {
    documentCount: ix._documentCount,
    nextId: ix._nextId,
    documentIds: Object.fromEntries(ix._documentIds),
    fieldIds: ix._fieldIds,
  };
  out.push(JSON.stringify(head).slice(0, -1));
  await yieldOrStop(stop);
  out.push(`,"fieldLength":${JSON.stringify(Object.fromEntries(ix._fieldLength))}`);
  out.push(`,"averageFieldLength":${JSON.stringify(ix._avgFieldLength)}`);
  await yieldOrStop(stop);
  out.push(`,"storedFields":${JSON.stringify(Object.fromEntries(ix._storedFields))}`);
  out.push(`,"dirtCount":${JSON.stringify(ix._dirtCount)},"index":[`);
  await yieldOrStop(stop);
  // The words first (a cheap walk of the tree), then their postings a slice at a time.
  const terms = [...ix._index.keys()];
  let first = true;
  let slice: [string, Record<number, Record<number, number>>][] = [];
  let postings = 0;
  const flush = () => {
    if (slice.length === 0) return;
    out.push((first ? '' : ',') + JSON.stringify(slice).slice(1, -1));
    first = false;
    slice = [];
    postings = 0;
  };
  for (const term of terms) {
    const fields = ix._index.get(term);
    if (!fields) continue; // vacuumed away meanwhile
    const data: Record<number, Record<number, number>> = {};
    for (const [fieldId, freqs] of fields) {
      data[fieldId] = Object.fromEntries(freqs);
      postings += freqs.size;
    }
    slice.push([term, data]);
    if (postings >= SLICE) {
      flush();
      await yieldOrStop(stop);
    }
  }
  flush();
  out.push('],"serializationVersion":2}');
}
