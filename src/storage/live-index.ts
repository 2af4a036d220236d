// Keeps the search index in step with the database. Built once per background start, from the
// tables, in chunks so other messages are answered meanwhile; after that each committed write
// re-reads only the articles or annotations it touched and replaces just their documents.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import type { QuotelightDB } from './db';
import { SearchIndex } from './search-index';

/** Rows read per step of the start-up build: big enough to be fast, small enough to let messages through. */
const BUILD_CHUNK = 5000;

export interface BuildStats {
  ms: number;
  annotations: number;
}

const yieldToEvents = () => new Promise((r) => setTimeout(r, 0));

export class LiveIndex {
  private index: SearchIndex | null = null;
  private building: Promise<SearchIndex> | null = null;
  /** While building: ids a write has already indexed from fresher rows than the build's read. */
  private touched: Set<string> | null = null;
  /** The index being built, so writes during the build land in it too. */
  private pending: SearchIndex | null = null;
  private failedDuringBuild = false;
  /** Syncs run one after another, in the order the writes committed. */
  private queue: Promise<unknown> = Promise.resolve();
  lastBuild: BuildStats | null = null;

  constructor(private readonly db: QuotelightDB) {}

  /** The index, built first if this is the first search since the background started. */
  ready(): Promise<SearchIndex> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= this.build().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(): Promise<SearchIndex> {
    const t0 = performance.now();
    const index = new SearchIndex();
    this.pending = index;
    this.touched = new Set();
    try {
      const articles = new Map((await this.db.articles.toArray()).map((a) => [a.id, a]));
      for (const a of articles.values()) if (!this.touched.has(a.id)) index.putArticle(a);
      let after: string | null = null;
      for (;;) {
        const rows: AnnotationRecord[] = await (after === null ? this.db.annotations.orderBy(':id') : this.db.annotations.where(':id').above(after))
          .limit(BUILD_CHUNK)
          .toArray();
        if (rows.length === 0) break;
        after = rows[rows.length - 1]!.id;
        const touched = this.touched;
        index.putAnnotations(
          rows.filter((a) => !touched.has(a.id) && !touched.has(a.articleId)),
          (id) => articles.get(id),
        );
        await yieldToEvents();
      }
      this.lastBuild = { ms: performance.now() - t0, annotations: index.size };
      // A write the index could not follow meanwhile: this one is already stale, keep none.
      if (!this.failedDuringBuild) this.index = index;
      this.failedDuringBuild = false;
      return index;
    } finally {
      this.touched = null;
      this.pending = null;
    }
  }

  /**
   * After a committed write: re-indexes these articles with all their annotations (a title or site
   * change reaches every annotation's document), removing what the database no longer has.
   */
  syncArticles(ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    return this.enqueue(async (index) => {
      const [articles, annotations] = await this.db.transaction('r', this.db.articles, this.db.annotations, () =>
        Promise.all([this.db.articles.bulkGet(list), this.db.annotations.where('articleId').anyOf(list).toArray()]),
      );
      const byId = new Map<string, ArticleRecord>();
      list.forEach((id, i) => {
        const a = articles[i];
        this.touched?.add(id);
        if (a) {
          byId.set(id, a);
          index.putArticle(a);
        } else index.removeArticle(id);
        // All out, then the current ones in: a changed site moves every count with it.
        for (const old of index.annotationsOf(id)) index.removeAnnotation(old);
      });
      for (const a of annotations) this.touched?.add(a.id);
      index.putAnnotations(annotations, (id) => byId.get(id));
    });
  }

  /** After a committed write of single annotations (a note edited, one deleted). */
  syncAnnotations(ids: readonly string[]): Promise<void> {
    return this.enqueue(async (index) => {
      const rows = await this.db.annotations.bulkGet([...ids]);
      const present = rows.filter((r): r is AnnotationRecord => r !== undefined);
      const articles = await this.db.articles.bulkGet([...new Set(present.map((r) => r.articleId))]);
      const byId = new Map(articles.filter((a) => a !== undefined).map((a) => [a.id, a]));
      ids.forEach((id, i) => {
        this.touched?.add(id);
        if (!rows[i]) index.removeAnnotation(id);
      });
      index.putAnnotations(present, (id) => byId.get(id));
    });
  }

  /**
   * Runs `update` on the live index, or on the one being built; with no index yet there is nothing
   * to update. The write it follows has committed, so a failure here is not the write's: the index
   * is dropped (the next search builds it again from the tables) and the reason logged.
   */
  private enqueue(update: (index: SearchIndex) => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      const index = this.index ?? this.pending;
      if (!index) return;
      try {
        await update(index);
      } catch (e) {
        console.error('Quotelight: the search index could not follow a write; it will be rebuilt on the next search.', e);
        if (this.index === index) this.index = null;
        else this.failedDuringBuild = true;
      }
    });
    this.queue = run;
    return run;
  }
}
