// Keeps the search index in step with the database. At the first search after the background
// starts, the index is loaded from its snapshot (search-snapshot.ts), or built from the tables in
// chunks when there is none; either way the writes logged since (search-log.ts) are applied before
// it is used. After that, each committed write applies the log entries it added: only the rows it
// touched are re-read and their documents replaced. A snapshot is taken once writes pause.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { singleFlight } from '../shared/single-flight';
import type { QuotelightDB } from './db';
import { SearchIndex } from './search-index';
import type { SearchLogRow } from './search-log';
import { SnapshotDeferred } from './snapshot-json';
import { lastLogSeq, loadSnapshot, saveSnapshot, trimLog } from './search-snapshot';

/** Rows read per step of a build from the tables: big enough to be fast, small enough to let messages through. */
const BUILD_CHUNK = 5000;

/**
 * A snapshot is taken once the index has gone this long without a write or a search (serialising
 * 100k annotations holds the background for seconds), or when the library page closes.
 */
const SNAPSHOT_AFTER_MS = 30_000;

/** With no index in memory, the log is checked for trimming every this many writes. */
const TRIM_EVERY = 200;

/**
 * What one committed write put, and the log entries it added (`after` < seq ≤ `upTo`): the index
 * takes these rows as given rather than reading them back (an import batch writes thousands).
 */
export interface Written {
  after: number;
  upTo: number;
  annotations: readonly AnnotationRecord[];
  articles: readonly ArticleRecord[];
}

export interface BuildStats {
  ms: number;
  annotations: number;
  /** Where the index came from: its stored snapshot, or the tables. */
  from: 'snapshot' | 'tables';
}

const yieldToEvents = () => new Promise((r) => setTimeout(r, 0));

/**
 * The rows of `written` that are as it left them: those no other log entry names (a later write
 * may have changed them since; an earlier one is overwritten by it).
 */
function givenRows(log: readonly SearchLogRow[], written: Written | undefined): { annotations: Map<string, AnnotationRecord>; articles: Map<string, ArticleRecord> } {
  if (!written) return { annotations: new Map(), articles: new Map() };
  const elsewhere = new Set<string>();
  for (const e of log) {
    if (e.seq! > written.after && e.seq! <= written.upTo) continue;
    for (const id of e.annotations ?? []) elsewhere.add(`a:${id}`);
    for (const id of e.articles ?? []) elsewhere.add(`r:${id}`);
  }
  return {
    annotations: new Map(written.annotations.filter((a) => !elsewhere.has(`a:${a.id}`)).map((a) => [a.id, a])),
    articles: new Map(written.articles.filter((a) => !elsewhere.has(`r:${a.id}`)).map((a) => [a.id, a])),
  };
}

/** The rows for `ids`, in order: the given ones as they are, the rest read from `table`. */
async function readUnlessGiven<T>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> }, ids: readonly string[], given: ReadonlyMap<string, T>): Promise<(T | undefined)[]> {
  const missing = ids.filter((id) => !given.has(id));
  const rows = missing.length > 0 ? await table.bulkGet(missing) : [];
  const read = new Map(missing.map((id, i) => [id, rows[i]]));
  return ids.map((id) => given.get(id) ?? read.get(id));
}

export class LiveIndex {
  private index: SearchIndex | null = null;
  private readonly starting = singleFlight(() => this.start());
  /** The last log entry the index reflects. */
  private applied = 0;
  /** The log entry the stored snapshot reflects (-1: none, or not known yet). */
  private saved = -1;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  private writesUnfollowed = 0;
  /** A trim of the log under way: a start waits for it, so it never reads a snapshot the trim then drops. */
  private trimming: Promise<void> | null = null;
  /** When a search or write last used the index (the snapshot waits for a quiet moment). */
  private lastUse = 0;
  /** Writes waiting for the queue to apply them (a snapshot under way gives way to them). */
  private waiting = 0;
  /** Catch-ups and snapshots run one after another, in the order the writes committed. */
  private queue: Promise<unknown> = Promise.resolve();
  lastBuild: BuildStats | null = null;

  constructor(
    private readonly db: QuotelightDB,
    private readonly options: { persist?: boolean; snapshotAfterMs?: number } = {},
  ) {}

  /** The index, loaded or built first if this is the first search since the background started. */
  ready(): Promise<SearchIndex> {
    this.lastUse = Date.now();
    if (this.index) return Promise.resolve(this.index);
    return this.starting.run();
  }

  /** True once the index is in memory (a search will not wait for a load or build). */
  get live(): boolean {
    return this.index !== null;
  }

  private async start(): Promise<SearchIndex> {
    const t0 = performance.now();
    const persist = this.options.persist !== false;
    await this.trimming;
    let loaded: { index: SearchIndex; seq: number } | null = null;
    if (persist) {
      try {
        loaded = await loadSnapshot(this.db);
      } catch (e) {
        console.error('Quotelight: the stored search index could not be read; building it from the library instead.', e);
      }
    }
    let { index, seq } = loaded ?? (await this.build());
    this.applied = seq;
    this.saved = loaded ? seq : -1;
    // Writes since the snapshot, or made during the build; until the log is drained, writes
    // only add to it, and the last read that finds nothing new is followed by nothing but this.
    for (;;) {
      const applied = await this.applyLog(index);
      if (applied === 0) break;
      if (applied === 'rebuild') {
        ({ index, seq } = await this.build());
        this.applied = seq;
        loaded = null;
      }
    }
    this.index = index;
    this.lastBuild = { ms: performance.now() - t0, annotations: index.size, from: loaded ? 'snapshot' : 'tables' };
    if (persist && this.applied !== this.saved) this.scheduleSnapshot();
    return index;
  }

  private async build(): Promise<{ index: SearchIndex; seq: number }> {
    // Read first: every write up to it is in the tables read below; later ones are replayed after.
    const seq = await lastLogSeq(this.db);
    const index = new SearchIndex();
    const articles = new Map((await this.db.articles.toArray()).map((a) => [a.id, a]));
    for (const a of articles.values()) index.putArticle(a);
    let after: string | null = null;
    for (;;) {
      const rows: AnnotationRecord[] = await (after === null ? this.db.annotations.orderBy(':id') : this.db.annotations.where(':id').above(after))
        .limit(BUILD_CHUNK)
        .toArray();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      index.putAnnotations(rows, (id) => articles.get(id));
      await yieldToEvents();
    }
    return { index, seq };
  }

  /**
   * Applies the log entries after the last applied one: re-reads the rows they name and replaces
   * their documents; an article whose site or date changed (or that is new to the index) with all
   * its annotations, whose documents carry them. Returns how many entries it applied, or `rebuild`
   * after a cleared table.
   */
  private async applyLog(index: SearchIndex, written?: Written): Promise<number | 'rebuild'> {
    const { db } = this;
    // Which articles' annotations must all be re-read is known once the articles are: then those
    // annotations, and only the logged ones not among them (an import logs the same rows twice).
    const read = await db.transaction('r', [db.searchLog, db.articles, db.annotations], async () => {
      const log: SearchLogRow[] = await db.searchLog.where(':id').above(this.applied).toArray();
      if (log.length === 0 || log.some((e) => e.all)) return { log, articleIds: [], articles: [], reindex: [], ofArticles: [], annotationIds: [], annotations: [] };
      const given = givenRows(log, written);
      const articleIds = [...new Set(log.flatMap((e) => e.articles ?? []))];
      const articles = await readUnlessGiven(db.articles, articleIds, given.articles);
      // An article the index holds whose site or date changed: each of its annotations carries them.
      // (One new to the index has none there yet: its annotations are in the log with it.)
      const reindex = articles.filter((a) => a !== undefined && index.hasArticle(a.id) && index.changesAnnotations(a)).map((a) => a!.id);
      const ofArticles = reindex.length > 0 ? await db.annotations.where('articleId').anyOf(reindex).toArray() : [];
      const have = new Set(ofArticles.map((a) => a.id));
      const annotationIds = [...new Set(log.flatMap((e) => e.annotations ?? []))].filter((id) => !have.has(id));
      return { log, articleIds, articles, reindex, ofArticles, annotationIds, annotations: await readUnlessGiven(db.annotations, annotationIds, given.annotations) };
    });
    if (read.log.length === 0) return 0;
    if (read.log.some((e) => e.all)) return 'rebuild'; // nothing in the app clears a table; start again from it
    const byId = new Map<string, ArticleRecord>();
    read.articleIds.forEach((id, i) => {
      const a = read.articles[i];
      if (a) {
        byId.set(id, a);
        index.putArticle(a);
      } else {
        index.removeArticle(id);
        for (const old of index.annotationsOf(id)) index.removeAnnotation(old);
      }
    });
    // All out, then the current ones in: a changed site moves every count with it.
    for (const id of read.reindex) for (const old of index.annotationsOf(id)) index.removeAnnotation(old);
    const present = new Map(read.ofArticles.map((a) => [a.id, a]));
    read.annotationIds.forEach((id, i) => {
      const a = read.annotations[i];
      if (a) present.set(id, a);
      else index.removeAnnotation(id);
    });
    const otherArticles = [...new Set([...present.values()].map((a) => a.articleId))].filter((id) => !byId.has(id));
    for (const a of await db.articles.bulkGet(otherArticles)) if (a) byId.set(a.id, a);
    index.putAnnotations([...present.values()], (id) => byId.get(id));
    this.applied = read.log[read.log.length - 1]!.seq!;
    return read.log.length;
  }

  /**
   * After a committed write: applies what it logged (and anything logged before it), so the write
   * is findable when its caller hears back. With no index in memory there is nothing to update.
   */
  sync(written?: Written): Promise<void> {
    if (!this.index) {
      if (++this.writesUnfollowed % TRIM_EVERY === 0 && !this.starting.running && !this.trimming && this.options.persist !== false) {
        this.trimming = trimLog(this.db)
          .catch((e: unknown) => console.error('Quotelight: trimming the search log failed.', e))
          .finally(() => {
            this.trimming = null;
          });
        return this.trimming;
      }
      return Promise.resolve();
    }
    this.waiting++;
    return this.enqueue(async (index) => {
      if ((await this.applyLog(index, written)) === 'rebuild') this.index = null;
      else this.scheduleSnapshot();
    }).finally(() => {
      this.waiting--;
    });
  }

  /** Takes a snapshot now, if anything changed since the last (the library page closed; tests). */
  snapshotNow(): Promise<void> {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    const run = this.queue.then(async () => {
      const index = this.index;
      if (!index || this.applied === this.saved) return;
      const seq = this.applied;
      try {
        // A write waiting for the index stops the snapshot: it is taken again once writes pause.
        await saveSnapshot(this.db, index, seq, () => this.waiting > 0);
        this.saved = seq;
      } catch (e) {
        if (!(e instanceof SnapshotDeferred)) throw e;
      }
    });
    // The index itself is fine when storing it fails: the queue goes on, the caller hears why.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private scheduleSnapshot(): void {
    if (this.options.persist === false) return;
    this.lastUse = Date.now();
    if (this.snapshotTimer) return;
    const quiet = this.options.snapshotAfterMs ?? SNAPSHOT_AFTER_MS;
    const check = () => {
      const since = Date.now() - this.lastUse;
      if (since < quiet) {
        this.snapshotTimer = setTimeout(check, quiet - since);
        return;
      }
      this.snapshotTimer = null;
      this.snapshotNow().catch((e: unknown) => console.error('Quotelight: storing the search index failed; it will be built again at the next start.', e));
    };
    this.snapshotTimer = setTimeout(check, quiet);
  }

  /**
   * Runs `update` on the live index. The write it follows has committed, so a failure here is not
   * the write's: the index is dropped (the next search loads or builds it again, and replays the
   * log) and the reason logged.
   */
  private enqueue(update: (index: SearchIndex) => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      const index = this.index;
      if (!index) return;
      try {
        await update(index);
      } catch (e) {
        console.error('Quotelight: the search index could not follow a write; it will be loaded again on the next search.', e);
        if (this.index === index) this.index = null;
      }
    });
    this.queue = run;
    return run;
  }
}
