// Keeps the quotes-across index (src/quotes-across/) in step with the database, as live-index.ts does
// for search: built once per background start from the stored quotes, in chunks so other messages are
// answered meanwhile; after that each committed write re-reads only the articles or annotations it
// touched and puts or removes just their quotes. Lookups never rebuild it.
import { QuoteMatchIndex } from '../quotes-across';
import { storedSpeaker } from '../shared/quote-source';
import type { AnnotationRecord } from '../shared/records';
import { singleFlight } from '../shared/single-flight';
import type { QuotelightDB } from './db';

/**
 * Quotes read and indexed per step of the build, then other messages get a turn. Each step is a
 * read transaction a save's write waits behind: 250 rows took 30-50 ms to read on a 2-core
 * machine; 100 take 15-25 ms, and a 100,000-quote library still builds in about 5 s.
 */
const BUILD_CHUNK = 100;

const yieldToEvents = () => new Promise((r) => setTimeout(r, 0));

function put(index: QuoteMatchIndex, a: AnnotationRecord): void {
  if (a.kind === 'quote') index.put({ id: a.id, articleId: a.articleId, text: a.text, speaker: storedSpeaker(a) });
  else index.remove(a.id);
}

export class LiveQuoteMatches {
  private index: QuoteMatchIndex | null = null;
  private readonly building = singleFlight(() => this.build());
  /** The index being built, so writes during the build land in it too... */
  private pending: QuoteMatchIndex | null = null;
  /** ...and ids they wrote, which the build's older read must not overwrite. */
  private touched: Set<string> | null = null;
  private failedDuringBuild = false;
  private queue: Promise<unknown> = Promise.resolve();
  lastBuild: { ms: number; quotes: number } | null = null;

  constructor(private readonly db: QuotelightDB) {}

  /** The index if it is built; otherwise null, and the build is started (a hover card does not wait for it). */
  now(): QuoteMatchIndex | null {
    if (!this.index) void this.ready().catch((e: unknown) => console.error('Quotelight: building the quotes-across index failed', e));
    return this.index;
  }

  ready(): Promise<QuoteMatchIndex> {
    if (this.index) return Promise.resolve(this.index);
    return this.building.run();
  }

  private async build(): Promise<QuoteMatchIndex> {
    const t0 = performance.now();
    const index = new QuoteMatchIndex();
    this.pending = index;
    this.touched = new Set();
    try {
      // The quotes' ids from the `kind` index in one read, then the rows a chunk at a time.
      const ids = (await this.db.annotations.where('kind').equals('quote').primaryKeys()) as string[];
      for (let from = 0; from < ids.length; from += BUILD_CHUNK) {
        const rows = await this.db.annotations.bulkGet(ids.slice(from, from + BUILD_CHUNK));
        const touched = this.touched;
        for (const a of rows) if (a && !touched.has(a.id) && !touched.has(a.articleId)) put(index, a);
        await yieldToEvents();
      }
      this.lastBuild = { ms: performance.now() - t0, quotes: index.size };
      if (!this.failedDuringBuild) this.index = index;
      this.failedDuringBuild = false;
      return index;
    } finally {
      this.touched = null;
      this.pending = null;
    }
  }

  /** After a committed write: these articles' quotes as the database now has them (none, if deleted). */
  syncArticles(ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    return this.enqueue(async (index) => {
      const rows = await this.db.annotations.where('articleId').anyOf(list).toArray();
      const keep = new Set(rows.map((a) => a.id));
      for (const id of list) {
        this.touched?.add(id);
        for (const old of index.idsOfArticle(id)) if (!keep.has(old)) index.remove(old);
      }
      for (const a of rows) {
        this.touched?.add(a.id);
        put(index, a);
      }
    });
  }

  /** After a committed write of single annotations (a speaker corrected, one deleted). */
  syncAnnotations(ids: readonly string[]): Promise<void> {
    return this.enqueue(async (index) => {
      const rows = await this.db.annotations.bulkGet([...ids]);
      ids.forEach((id, i) => {
        this.touched?.add(id);
        const row = rows[i];
        if (row) put(index, row);
        else index.remove(id);
      });
    });
  }

  /** After a committed import batch: the rows it put, as it wrote them (an import only adds or replaces, never deletes). */
  putWritten(rows: readonly AnnotationRecord[]): Promise<void> {
    return this.enqueue(async (index) => {
      for (const a of rows) {
        this.touched?.add(a.id);
        put(index, a);
      }
    });
  }

  /** Runs `update` on the live index or the one being built; a failure drops the index (rebuilt on the next lookup) and is logged. */
  private enqueue(update: (index: QuoteMatchIndex) => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      const index = this.index ?? this.pending;
      if (!index) return;
      try {
        await update(index);
      } catch (e) {
        console.error('Quotelight: the quotes-across index could not follow a write; it will be rebuilt on the next lookup.', e);
        if (this.index === index) this.index = null;
        else this.failedDuringBuild = true;
      }
    });
    this.queue = run;
    return run;
  }
}
