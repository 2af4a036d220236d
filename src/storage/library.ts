// The storage API the background and popup call. Every write is one Dexie transaction
// (so concurrent tabs serialise instead of overwriting each other) wrapped in guardQuota
// (so a full disk surfaces as StorageFullError with nothing half-written).
import { byPosition } from '../shared/annotations';
import type { Analysis } from '../analysis/types';
import { describe } from '../anchoring/describe';
import type { ArticleMeta } from '../extraction/types';
import type { AnnotationRecord, ArticleRecord, LibraryData, SettingKey, SettingsMap } from '../shared/records';
import { articleFromMeta, COUNT_KEY, countKinds, detectedAnnotations, mergeDetected, readerTouched, withDerived } from './build';
import { QuotelightDB } from './db';
import { LiveIndex, type Written } from './live-index';
import { lastLogSeq } from './search-snapshot';
import { LiveQuoteMatches } from './live-quote-matches';
import { type Facets, newestFirst } from './search-index';
import { hasFilters, hasPhrase, mergeFilters, parseQuery, pickedFilters, type SearchFilters } from './search-query';
import { guardQuota } from './errors';
import { addTallies, IMPORT_BATCH, type ImportSummary, type ImportTally, importBatches, type JournalRow, mergeArticle, NO_TALLY, resolveAnnotation, rollBackChunk } from './import-journal';
export { IMPORT_BATCH, type ImportSummary, importBatches } from './import-journal';
import { randomUuid } from './ids';
import { SavedCopies } from './saved-copies';
import { PURGE_EVERY_MS, restoredArticle, TRASH_KEEP_MS, type TrashEntry, type TrashItem, trashItem } from './trash';
import { articleIdFor, mayAlias } from './article-id';
import { hostOf, normalizeUrl } from './url';
import { cleanTags, fold } from './words';
import { checkLimit, checkReaderFields } from '../shared/limits';
import { NOBODY } from '../shared/speaker-value';
import { effectiveSpeaker } from '../shared/speakers';

export interface PageInput {
  /** The tab's URL; tracking params and fragment are dropped. */
  url: string;
  meta: ArticleMeta;
  /** The article's plain text that analysis offsets refer to. */
  text: string;
}

export interface NewHighlight {
  url: string;
  /** Used when the article is not stored yet (canonicalUrl picks its id). */
  meta?: Partial<ArticleMeta>;
  /** Article plain text and the UTF-16 range the reader selected in it. */
  text: string;
  start: number;
  end: number;
  colour?: string | null;
  note?: string | null;
  tags?: string[];
}

export interface AnnotationPatch {
  note?: string | null;
  tags?: string[];
  colour?: string | null;
  speakerCorrection?: string | null;
}

export interface ListArticlesOptions {
  /** A library search (words, "phrases", filters): articles with a matching annotation, or matching title/site/byline. */
  search?: string;
  speaker?: string;
  tag?: string;
  /** Site name or host. */
  site?: string;
  limit?: number;
}

export interface ArticleWithAnnotations {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

export interface AnnotationHit {
  annotation: AnnotationRecord;
  article: ArticleRecord;
  /** The indexed (folded) words the search matched in it, for highlighting; absent outside searches. */
  terms?: string[];
}

export type { LibraryData } from '../shared/records';

/** An import that has written nothing for this long was abandoned; the next import rolls it back. */
const IMPORT_IDLE_MS = 5 * 60_000;

export const DEFAULT_SETTINGS: SettingsMap = {
  disabledSites: [],
  showQuotes: true,
  showActors: true,
  showHighlights: true,
};

function emptyToNull(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** Reader items are notes once they carry a note, plain highlights otherwise. */
function readerKind(a: AnnotationRecord): AnnotationRecord['kind'] {
  if (a.kind === 'quote' || a.kind === 'actor') return a.kind;
  return a.note ? 'note' : 'highlight';
}


/** How many of the best matching annotations a search returns, and whose articles it lists. */
const SEARCH_DEPTH = 200;

/** Import batches up to this size look their ids up one by one rather than list every stored id. */
const FEW_TO_READ = 200;

/** Phrase queries check candidates' text this many at a time, best ranked first. */
const PHRASE_BATCH = 200;

/** The fields a phrase may stand in, each on its own (a phrase never spans two fields). */
function phraseFields(a: AnnotationRecord, article: ArticleRecord | undefined): string[] {
  return [a.text, a.note ?? '', effectiveSpeaker(a) ?? '', ...a.tags, article?.title ?? ''];
}

/** An import under way in this background (see Library.imports). */
interface ImportRun {
  /** Annotation ids written so far (a second copy in the file is an error) and articles. */
  seen: Set<string>;
  articles: Set<string>;
  /** When it last wrote. */
  active: number;
  batches: number;
  /** The ids already in the library as of write `keysAt`. */
  existing: Set<string> | null;
  keysAt: number;
  /** Its batches, written one after another; once one failed, none after it is. */
  queue: Promise<unknown>;
  failed: boolean;
}

export class Library {
  readonly db: QuotelightDB;
  private readonly now: () => number;

  /**
   * The search index. The extension writes only through the background's one Library, so this
   * instance sees every write and updates the index with just what the write touched.
   */
  readonly search: LiveIndex;
  /** Every stored quote, to find the same statement in other articles (src/quotes-across/); follows writes as `search` does. */
  readonly quoteMatches: LiveQuoteMatches;
  /** The saved copies of articles and their versions (saved-copies.ts). */
  readonly copies: SavedCopies;
  /** Bumped by every write: an import re-reads the ids already stored only if something wrote since. */
  private writes = 0;
  /**
   * Imports under way in this background: the annotation ids each has written (a second copy in the
   * file is an error), when it last wrote, and the ids already in the library as of write `keysAt`.
   */
  private readonly imports = new Map<string, ImportRun>();
  /** When the trash was last purged of entries older than TRASH_DAYS (purgeTrashIfDue). */
  private lastPurge = Number.NEGATIVE_INFINITY;

  constructor(db: QuotelightDB = new QuotelightDB(), options: { now?: () => number } = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
    this.search = new LiveIndex(db);
    this.quoteMatches = new LiveQuoteMatches(db);
    this.copies = new SavedCopies(db, this.now);
  }

  /**
   * After a committed write, both live indexes follow it: the search index applies what the write
   * logged (search-log.ts), the quote matches re-read the articles or annotations it names.
   */
  private syncArticles(ids: Iterable<string>): Promise<void> {
    const list = [...ids];
    return Promise.all([this.search.sync(), this.quoteMatches.syncArticles(list)]).then(() => undefined);
  }

  private syncAnnotations(ids: readonly string[]): Promise<void> {
    return Promise.all([this.search.sync(), this.quoteMatches.syncAnnotations(ids)]).then(() => undefined);
  }

  /**
   * Every write goes through here: quota errors become StorageFullError; once committed, `sync`
   * brings the search index up to date before the caller hears back, so what it wrote is findable.
   */
  private async write<T>(run: () => Promise<T>, sync?: (result: T) => Promise<void>): Promise<T> {
    this.writes++;
    try {
      const result = await guardQuota(run);
      if (sync) await sync(result);
      return result;
    } finally {
      this.writes++;
    }
  }

  /** Stored id for a URL: the normalized URL, or an article that lists it as an alias. */
  private async resolveId(url: string): Promise<string | null> {
    const id = normalizeUrl(url);
    if (await this.db.articles.get(id)) return id;
    // Only an article of the same origin: an alias another origin's page left (before ids were checked) is not followed.
    const aliases = await this.db.articles.where('urls').equals(id).primaryKeys();
    return aliases.find((a) => mayAlias(a, id)) ?? null;
  }

  /** Call inside a write transaction after changing an article's annotations. */
  private async recount(articleId: string): Promise<void> {
    const rows = await this.db.annotations.where('articleId').equals(articleId).toArray();
    await this.db.articles.update(articleId, { counts: countKinds(rows) });
  }

  /** Stores the article and its detected quotes/actors; saving again updates, never duplicates. */
  async saveArticle(page: PageInput, analysis: Analysis): Promise<ArticleRecord> {
    const id = articleIdFor(page.url, page.meta.canonicalUrl);
    const pageId = normalizeUrl(page.url);
    const now = this.now();
    const fresh = detectedAnnotations(id, page.text, analysis, now);
    const { db } = this;
    return this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        const existing = await db.articles.get(id);
        await db.articles.put(articleFromMeta(id, pageId, page.meta, now, existing));
        const stored = await db.annotations.where('articleId').equals(id).toArray();
        const storedById = new Map(stored.map((a) => [a.id, a]));
        const freshIds = new Set(fresh.map((a) => a.id));
        await db.annotations.bulkPut(fresh.map((a) => mergeDetected(a, storedById.get(a.id))));
        // Detected items that analysis no longer finds go, unless the reader annotated them.
        const stale = stored.filter(
          (a) => (a.kind === 'quote' || a.kind === 'actor') && !freshIds.has(a.id) && !readerTouched(a),
        );
        await db.annotations.bulkDelete(stale.map((a) => a.id));
        await this.recount(id);
        return (await db.articles.get(id))!;
      }),
      (article) => this.syncArticles([article.id]),
    );
  }

  async addHighlight(input: NewHighlight): Promise<AnnotationRecord> {
    checkLimit('quote', input.end - input.start);
    checkReaderFields(input);
    const selectors = describe(input.text, input.start, input.end);
    const now = this.now();
    const note = emptyToNull(input.note);
    const { db } = this;
    return this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        let articleId = await this.resolveId(input.url);
        if (!articleId) {
          articleId = articleIdFor(input.url, input.meta?.canonicalUrl);
          const existing = await db.articles.get(articleId);
          const meta = input.meta ?? {};
          await db.articles.put(articleFromMeta(articleId, normalizeUrl(input.url), meta, now, existing));
        }
        const row = withDerived({
          id: randomUuid(),
          articleId,
          kind: note ? ('note' as const) : ('highlight' as const),
          selectors,
          text: selectors.quote.exact,
          speaker: NOBODY,
          speakerRole: null,
          speakerCorrection: null,
          actorType: null,
          colour: emptyToNull(input.colour),
          note,
          tags: cleanTags(input.tags ?? []),
          created: now,
          updated: now,
        });
        await db.annotations.add(row);
        await db.articles.update(articleId, { lastSeen: now });
        await this.recount(articleId);
        return row;
      }),
      (row) => this.syncArticles([row.articleId]),
    );
  }

  /** Changes the reader's fields; returns the new row, or null if it no longer exists. */
  async updateAnnotation(id: string, patch: AnnotationPatch): Promise<AnnotationRecord | null> {
    checkReaderFields(patch);
    const { db } = this;
    const now = this.now();
    return this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        const old = await db.annotations.get(id);
        if (!old) return null;
        const next: AnnotationRecord = { ...old, updated: now };
        if (patch.note !== undefined) next.note = emptyToNull(patch.note);
        if (patch.tags !== undefined) next.tags = cleanTags(patch.tags);
        if (patch.colour !== undefined) next.colour = emptyToNull(patch.colour);
        if (patch.speakerCorrection !== undefined) next.speakerCorrection = emptyToNull(patch.speakerCorrection);
        next.kind = readerKind(next);
        const row = withDerived(next);
        await db.annotations.put(row);
        if (row.kind !== old.kind) await this.recount(row.articleId);
        return row;
      }),
      () => this.syncAnnotations([id]),
    );
  }

  /**
   * Moves one annotation to the trash (restoreTrash puts it back); returns the trash entry's id, or
   * null if it no longer exists. A detected one also returns if the article is analysed and saved again.
   */
  async deleteAnnotation(id: string): Promise<string | null> {
    const { db } = this;
    const now = this.now();
    const trashId = await this.write(() =>
      db.transaction('rw', db.articles, db.annotations, db.trash, async () => {
        const old = await db.annotations.get(id);
        if (!old) return null;
        const article = await db.articles.get(old.articleId);
        const entry: TrashEntry | null = article ? { id: randomUuid(), deletedAt: now, what: 'annotations', articleId: old.articleId, article, annotations: [old] } : null;
        // An orphan (no article to put it back into) has nothing a restore could show; it just goes.
        if (entry) await db.trash.add(entry);
        await db.annotations.delete(id);
        await this.recount(old.articleId);
        return entry?.id ?? null;
      }),
      () => this.syncAnnotations([id]),
    );
    await this.purgeTrashIfDue();
    return trashId;
  }

  /** The trash, newest first. */
  async listTrash(): Promise<TrashItem[]> {
    await this.purgeTrashIfDue();
    const rows = await this.db.trash.orderBy('deletedAt').reverse().toArray();
    return rows.map(trashItem);
  }

  /**
   * Puts a trash entry back: its article (if it was forgotten, or has been since) and its annotations
   * as they were. Returns the article id, or null if the entry is gone (restored, emptied, purged).
   */
  async restoreTrash(trashId: string): Promise<string | null> {
    const { db } = this;
    return this.write(
      () =>
        db.transaction('rw', db.articles, db.annotations, db.trash, async () => {
          const entry = await db.trash.get(trashId);
          if (!entry) return null;
          await db.articles.put(restoredArticle(entry.article, await db.articles.get(entry.articleId)));
          await db.annotations.bulkPut(entry.annotations.map((a) => withDerived(a)));
          await db.trash.delete(trashId);
          await this.recount(entry.articleId);
          return entry.articleId;
        }),
      (articleId) => (articleId ? this.syncArticles([articleId]) : Promise.resolve()),
    );
  }

  /** Deletes for good everything in the trash, or the entries deleted before `before`; returns how many. */
  async emptyTrash(before?: number): Promise<number> {
    const { db } = this;
    return this.write(() =>
      db.transaction('rw', db.trash, () => (before === undefined ? db.trash.where('deletedAt').aboveOrEqual(-Infinity).delete() : db.trash.where('deletedAt').below(before).delete())),
    );
  }

  /** Drops what has been in the trash longer than TRASH_DAYS; run at background start and, on use, daily. */
  async purgeTrash(): Promise<number> {
    const now = this.now();
    this.lastPurge = now;
    return this.emptyTrash(now - TRASH_KEEP_MS);
  }

  private async purgeTrashIfDue(): Promise<void> {
    if (this.now() - this.lastPurge >= PURGE_EVERY_MS) await this.purgeTrash();
  }

  async getArticleWithAnnotations(url: string): Promise<ArticleWithAnnotations | null> {
    const { db } = this;
    return db.transaction('r', db.articles, db.annotations, async () => {
      const id = await this.resolveId(url);
      const article = id ? await db.articles.get(id) : undefined;
      if (!article) return null;
      const annotations = await db.annotations.where('articleId').equals(article.id).toArray();
      return { article, annotations: annotations.sort(byPosition) };
    });
  }

  /** Articles, most recently seen first, filtered by every option given. */
  async listArticles(options: ListArticlesOptions = {}): Promise<ArticleRecord[]> {
    const { db } = this;
    if (options.search?.trim()) return this.articlesMatching(options.search, options);
    // Each filter becomes a set of article ids from an index; the articles themselves are then
    // read in lastSeen order only until `limit` pass, so the first screen never loads them all.
    const allowed: Set<string>[] = [];
    if (options.speaker !== undefined) {
      const rows = await db.annotations.where('speakerKey').equals(fold(options.speaker)).toArray();
      allowed.push(new Set(rows.map((a) => a.articleId)));
    }
    if (options.tag !== undefined) {
      const rows = await db.annotations.where('tags').equalsIgnoreCase(options.tag.replace(/^#/, '').trim()).toArray();
      allowed.push(new Set(rows.map((a) => a.articleId)));
    }
    const site = options.site ? fold(options.site) : null;
    const onSite = (a: ArticleRecord) => !site || fold(a.site) === site || hostOf(a.id) === site;
    const [first, ...rest] = allowed;
    if (first) {
      // The filters already name the candidates: read just those, rather than walk every article.
      const ids = [...first].filter((id) => rest.every((set) => set.has(id)));
      const found = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => a !== undefined && onSite(a));
      return found.sort((a, b) => newestFirst(a.lastSeen, b.lastSeen, a.id, b.id)).slice(0, options.limit);
    }
    const ordered = db.articles.orderBy('lastSeen').reverse();
    const rows = site ? ordered.filter(onSite) : ordered;
    return options.limit !== undefined ? rows.limit(options.limit).toArray() : rows.toArray();
  }

  /** Articles holding one of the search's best hits, or whose own title, site or byline match it; newest first. */
  private async articlesMatching(search: string, options: ListArticlesOptions): Promise<ArticleRecord[]> {
    const picked = pickedFilters(options);
    const q = parseQuery(search);
    const [hits, index] = await Promise.all([this.searchAnnotations(search, SEARCH_DEPTH, picked), this.search.ready()]);
    const ids = new Set(hits.map((h) => h.article.id));
    // An article's own words count when nothing but words was asked for (filters speak of annotations).
    if (q.phrases.length === 0 && !hasFilters(mergeFilters(q.filters, picked))) {
      for (const id of index.searchArticles(q, SEARCH_DEPTH)) ids.add(id);
    }
    const found = (await this.db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord => a !== undefined);
    return found.sort((a, b) => newestFirst(a.lastSeen, b.lastSeen, a.id, b.id)).slice(0, options.limit);
  }


  private async withArticles(rows: AnnotationRecord[]): Promise<AnnotationHit[]> {
    const ids = [...new Set(rows.map((a) => a.articleId))];
    const articles = await this.db.articles.bulkGet(ids);
    const byId = new Map(articles.filter((a) => a !== undefined).map((a) => [a.id, a]));
    const hits: AnnotationHit[] = [];
    for (const annotation of rows) {
      const article = byId.get(annotation.articleId);
      if (article) hits.push({ annotation, article });
    }
    return hits;
  }

  /**
   * Ranked search across quote/highlight text, notes, speakers (and corrections), tags, article
   * titles and sites. `query` may hold "phrases" and speaker:/site:/tag:/before:/after: filters;
   * `picked` adds the filters chosen from the facets.
   */
  async searchAnnotations(query: string, limit = SEARCH_DEPTH, picked: SearchFilters = {}): Promise<AnnotationHit[]> {
    const q = parseQuery(query);
    const filters = mergeFilters(q.filters, picked);
    if (q.terms.length === 0 && !hasFilters(filters)) return [];
    const index = await this.search.ready();
    const ranked = index.searchAnnotations(q, filters, q.phrases.length > 0 ? Number.MAX_SAFE_INTEGER : limit);
    const termsOf = new Map(ranked.map((r) => [r.id, r.terms]));
    const hits: AnnotationHit[] = [];
    // Phrases need the text: candidates are read best first, a batch at a time, until enough hold them.
    const batch = q.phrases.length > 0 ? PHRASE_BATCH : limit;
    for (let from = 0; from < ranked.length && hits.length < limit; from += batch) {
      const rows = await this.db.annotations.bulkGet(ranked.slice(from, from + batch).map((r) => r.id));
      const found = await this.withArticles(rows.filter((a): a is AnnotationRecord => a !== undefined));
      for (const hit of found) {
        if (q.phrases.every((p) => phraseFields(hit.annotation, hit.article).some((f) => hasPhrase(f, p)))) {
          hits.push({ ...hit, terms: termsOf.get(hit.annotation.id) ?? [] });
        }
      }
    }
    return hits.slice(0, limit);
  }

  /** Speakers, sites and tags over the whole library, with counts, from the search index. */
  async facets(): Promise<Facets> {
    return (await this.search.ready()).facets();
  }

  /** Every quote attributed to `name` (a correction counts as the attribution), across articles. */
  async quotesBySpeaker(name: string): Promise<AnnotationHit[]> {
    const rows = await this.db.annotations.where('speakerKey').equals(fold(name)).toArray();
    const quotes = rows.filter((a) => a.kind === 'quote').sort((a, b) => b.created - a.created || byPosition(a, b));
    return this.withArticles(quotes);
  }

  /** Moves the article and all its annotations to the trash in one transaction; returns the entry's id, or null if no such article. */
  async forgetArticle(url: string): Promise<string | null> {
    const { db } = this;
    const now = this.now();
    const done = await this.write(
      () =>
        db.transaction('rw', [db.articles, db.annotations, db.trash, db.articleVersions, db.versionTexts], async () => {
          const id = await this.resolveId(url);
          const article = id ? await db.articles.get(id) : undefined;
          if (!article) return null;
          const annotations = (await db.annotations.where('articleId').equals(article.id).toArray()).sort(byPosition);
          const entry: TrashEntry = { id: randomUuid(), deletedAt: now, what: 'article', articleId: article.id, article, annotations };
          await db.trash.add(entry);
          await this.copies.forget(article.id);
          await db.annotations.where('articleId').equals(article.id).delete();
          await db.articles.delete(article.id);
          return { articleId: article.id, trashId: entry.id };
        }),
      (r) => (r ? this.syncArticles([r.articleId]) : Promise.resolve()),
    );
    await this.purgeTrashIfDue();
    return done?.trashId ?? null;
  }

  /** Everything (or the given articles) for export. */
  async getLibraryData(articleIds?: string[]): Promise<LibraryData> {
    const { db } = this;
    return db.transaction('r', db.articles, db.annotations, async () => {
      const articles = articleIds
        ? (await db.articles.bulkGet(articleIds)).filter((a) => a !== undefined)
        : await db.articles.orderBy('lastSeen').reverse().toArray();
      // One index read per article (getAll on its key range) beats one cursor step per annotation.
      const perArticle = await Promise.all(articles.map((a) => db.annotations.where('articleId').equals(a.id).toArray()));
      const annotations = perArticle.flatMap((rows) => rows.sort(byPosition));
      return { articles, annotations };
    });
  }

  /**
   * Starts a batched import: each importBatch is its own transaction and is journaled, so
   * rollBackImport (on cancel or failure) leaves the library as it was; commitImport keeps it.
   * An import the browser stopped half-way is rolled back by the next beginImport or start.
   */
  async beginImport(): Promise<string> {
    await this.rollBackStaleImports();
    const id = randomUuid();
    this.imports.set(id, { seen: new Set(), articles: new Set(), active: this.now(), batches: 0, existing: null, keysAt: -1, queue: Promise.resolve(), failed: false });
    return id;
  }

  /**
   * Writes one batch of validated records; the newer `updated` wins per annotation. Batches of one
   * import are written one after another in the order they arrive: the page sends the next while
   * this one is written (its transfer then costs nothing), and none is written after one failed.
   */
  importBatch(importId: string, data: LibraryData): Promise<ImportTally> {
    const run = this.imports.get(importId);
    if (!run) return Promise.reject(new Error('This import was stopped (the extension restarted, or it waited too long): nothing of it was kept; start it again.'));
    run.active = this.now();
    const next = run.queue.then(() => {
      if (run.failed) throw new Error('Import: an earlier batch of this import failed; nothing more of it is written.');
      return this.writeBatch(importId, run, data);
    });
    run.queue = next.catch(() => {
      run.failed = true;
    });
    return next;
  }

  private async writeBatch(importId: string, run: ImportRun, data: LibraryData): Promise<ImportTally> {
    run.active = this.now();
    const { seen } = run;
    const dupes = data.annotations.filter((a) => seen.has(a.id)).map((a) => a.id);
    if (dupes.length > 0) throw new Error(`Import: the file has these annotation ids more than once: ${dupes.slice(0, 5).join(', ')}`);
    for (const a of data.annotations) seen.add(a.id);
    const { db } = this;
    // Which ids exist already, read once (one key list) rather than one read per incoming row;
    // read again only if something else wrote since.
    // A small batch (a highlight shared as a file, one note) just reads its own ids: the key list of
    // a large library costs more than it saves.
    const small = data.annotations.length <= FEW_TO_READ;
    if (!small && (!run.existing || run.keysAt !== this.writes)) {
      run.existing = new Set((await db.annotations.toCollection().primaryKeys()) as string[]);
      run.keysAt = this.writes;
    }
    const existingIds = small ? null : run.existing;
    const batch = run.batches++;
    const { tally } = await this.write(
      () =>
      db.transaction('rw', [db.articles, db.annotations, db.importJournal, db.searchLog], async () => {
        // The log entries this batch adds follow this one: the search index takes the rows as written.
        const logAfter = await lastLogSeq(db);
        const journal: JournalRow[] = [];
        const added = { annotations: [] as string[], articles: [] as string[] };
        const articleIds = data.articles.map((a) => a.id);
        const oldArticles = await db.articles.bulkGet(articleIds);
        const articles = new Map<string, ArticleRecord>();
        data.articles.forEach((incoming, i) => {
          const before = oldArticles[i];
          // Only the first write of an article in this import says what it was before the import.
          if (!run.articles.has(incoming.id)) {
            if (before) journal.push({ importId, key: `r:${incoming.id}`, before });
            else added.articles.push(incoming.id);
          }
          articles.set(incoming.id, mergeArticle(incoming, before));
        });
        // Refuse orphans (the batch aborts): every annotation needs its article.
        const missing = [...new Set(data.annotations.map((a) => a.articleId))].filter((id) => !articles.has(id));
        for (const a of await db.articles.bulkGet(missing)) if (a) articles.set(a.id, a);
        const orphan = data.annotations.find((a) => !articles.has(a.articleId));
        if (orphan) throw new Error(`Import: annotation ${orphan.id} refers to unknown article ${orphan.articleId}`);

        const known = existingIds ? data.annotations.filter((a) => existingIds.has(a.id)) : data.annotations;
        const found = new Map((await db.annotations.bulkGet(known.map((a) => a.id))).filter((a) => a !== undefined).map((a) => [a.id, a]));
        const tally = { ...NO_TALLY };
        const rows: AnnotationRecord[] = [];
        // Counts follow each write (reading every annotation of every touched article back would double the work).
        const moves: [string, AnnotationRecord['kind'], number][] = [];
        for (const incoming of data.annotations) {
          const old = found.get(incoming.id);
          const verdict = resolveAnnotation(incoming, old);
          tally[verdict]++;
          if (verdict !== 'added' && verdict !== 'replaced') continue;
          if (old) journal.push({ importId, key: `a:${incoming.id}`, before: old });
          else added.annotations.push(incoming.id);
          // The derived index field is the library's own, whoever built the row.
          rows.push(withDerived({ ...incoming, tags: cleanTags(incoming.tags) }));
          moves.push([incoming.articleId, incoming.kind, 1]);
          // An annotation that moved to another article leaves its old article's counts behind.
          if (old) moves.push([old.articleId, old.kind, -1]);
        }
        const away = [...new Set(moves.map(([id]) => id))].filter((id) => !articles.has(id));
        for (const a of await db.articles.bulkGet(away)) if (a) articles.set(a.id, a);
        const copied = new Set<string>(); // counts are copied before the first change: the journal holds the originals
        for (const [id, kind, by] of moves) {
          let article = articles.get(id);
          if (!article) continue;
          if (!copied.has(id)) {
            article = { ...article, counts: { ...article.counts } };
            articles.set(id, article);
            copied.add(id);
          }
          article.counts[COUNT_KEY[kind]] = Math.max(0, article.counts[COUNT_KEY[kind]] + by);
        }
        const given = new Set(articleIds);
        const articlesPut = [...articles.values()].filter((a) => given.has(a.id) || copied.has(a.id));
        await db.articles.bulkPut(articlesPut);
        await db.annotations.bulkPut(rows);
        journal.push({ importId, key: `new:${batch}`, added });
        await db.importJournal.bulkPut(journal);
        const written: Written = { after: logAfter, upTo: await lastLogSeq(db), annotations: rows, articles: articlesPut };
        return { tally, written };
      }),
      // Both indexes take the rows as written: reading back thousands per batch was a third of an import.
      ({ written }) => Promise.all([this.search.sync(written), this.quoteMatches.putWritten(written.annotations)]).then(() => undefined),
    );
    for (const a of data.annotations) run.existing?.add(a.id);
    for (const a of data.articles) run.articles.add(a.id);
    run.keysAt = this.writes;
    return tally;
  }

  /** Keeps everything the import wrote. */
  async commitImport(importId: string): Promise<void> {
    const run = this.imports.get(importId);
    this.imports.delete(importId);
    await run?.queue;
    if (run?.failed) throw new Error('Import: a batch of this import failed; it cannot be kept as it is. Cancel it and start again.');
    const { db } = this;
    await this.write(() => db.transaction('rw', db.importJournal, () => db.importJournal.where('importId').equals(importId).delete()));
  }

  /** Undoes every batch of the import, a chunk per transaction; counts are recomputed after. */
  async rollBackImport(importId: string): Promise<void> {
    const run = this.imports.get(importId);
    this.imports.delete(importId);
    if (run) {
      // Batches still queued write nothing; the one being written finishes, then is undone with the rest.
      run.failed = true;
      await run.queue;
    }
    const { db } = this;
    const touched = new Set<string>();
    for (let done = false; !done; ) {
      const chunk = await this.write(
        () => db.transaction('rw', [db.articles, db.annotations, db.importJournal], () => rollBackChunk(db, importId)),
        (undone) => this.syncArticles(undone.articles),
      );
      for (const id of chunk.articles) touched.add(id);
      done = chunk.done;
    }
    await this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        for (const id of touched) if (await db.articles.get(id)) await this.recount(id);
      }),
      () => this.search.sync(),
    );
  }

  /** Rolls back imports left in the journal by a background that stopped; returns how many. */
  async rollBackStaleImports(): Promise<number> {
    const ids = (await this.db.importJournal.orderBy('importId').uniqueKeys()) as string[];
    // One whose page went away without a word (closed mid-import) is stale once idle long enough.
    const now = this.now();
    const stale = ids.filter((id) => {
      const run = this.imports.get(id);
      return !run || now - run.active > IMPORT_IDLE_MS;
    });
    for (const id of stale) await this.rollBackImport(id);
    return stale.length;
  }

  /** A whole import in batches, committed only if every batch succeeds. */
  async importRecords(data: LibraryData, batchSize = IMPORT_BATCH): Promise<ImportSummary> {
    const id = await this.beginImport();
    try {
      let tally = NO_TALLY;
      for (const batch of importBatches(data, batchSize)) tally = addTallies(tally, await this.importBatch(id, batch));
      await this.commitImport(id);
      return { articles: data.articles.length, annotations: data.annotations.length, ...tally };
    } catch (e) {
      await this.rollBackImport(id);
      throw e;
    }
  }

  async getSetting<K extends SettingKey>(key: K): Promise<SettingsMap[K]> {
    const row = await this.db.settings.get(key);
    return row ? (row.value as SettingsMap[K]) : DEFAULT_SETTINGS[key];
  }

  async setSetting<K extends SettingKey>(key: K, value: SettingsMap[K]): Promise<void> {
    await this.write(() => this.db.settings.put({ key, value }));
  }

  /** Per-site off switch; takes a page URL or a bare host. */
  async isSiteEnabled(urlOrHost: string): Promise<boolean> {
    const host = hostOf(urlOrHost) || urlOrHost.toLowerCase();
    return !(await this.getSetting('disabledSites')).includes(host);
  }

  async setSiteEnabled(urlOrHost: string, enabled: boolean): Promise<void> {
    const host = hostOf(urlOrHost) || urlOrHost.toLowerCase();
    const { db } = this;
    // Read-modify-write inside one transaction so two tabs toggling sites don't lose a change.
    await this.write(() =>
      db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('disabledSites');
        const sites = new Set((row?.value as string[] | undefined) ?? []);
        if (enabled) sites.delete(host);
        else sites.add(host);
        await db.settings.put({ key: 'disabledSites', value: [...sites].sort() });
      }),
    );
  }
}

let shared: Library | null = null;

/** The extension's one library on the default database (opened lazily by Dexie). */
export function getLibrary(): Library {
  shared ??= new Library();
  return shared;
}
