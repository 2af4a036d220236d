// The storage API the background and popup call. Every write is one Dexie transaction
// (so concurrent tabs serialise instead of overwriting each other) wrapped in guardQuota
// (so a full disk surfaces as StorageFullError with nothing half-written).
import { byPosition } from '../shared/annotations';
import type { Analysis } from '../analysis/types';
import { describe } from '../anchoring/describe';
import type { ArticleMeta } from '../extraction/types';
import type {
  AnnotationRecord,
  ArticleRecord,
  SettingKey,
  SettingsMap,
} from '../shared/records';
import { articleFromMeta, countKinds, detectedAnnotations, mergeDetected, readerTouched, withArticleWords, withDerived } from './build';
import { QuotelightDB, type StoredArticle } from './db';
import { newestFirst, SearchIndex } from './search-index';
import { guardQuota } from './errors';
import { randomUuid } from './ids';
import { articleIdFor, mayAlias } from './article-id';
import { hostOf, normalizeUrl } from './url';
import { cleanTags, fold, tokenize } from './words';

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
  /** Words that must all occur (as word prefixes) in the title/site/byline or an annotation. */
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
}

export interface LibraryData {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
}

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


/** How many of the newest matching annotations a search returns, and whose articles it lists. */
const SEARCH_DEPTH = 200;

/** Up to this many index entries for a token, reading just those rows beats walking by date. */
const INDEX_LOOKUP_MAX = 4000;

/** Primary keys present in every one of the key lists (one per query token). */
async function intersectKeys(lists: Promise<string[]>[]): Promise<Set<string>> {
  const [first, ...rest] = await Promise.all(lists);
  const out = new Set(first ?? []);
  for (const keys of rest) {
    const next = new Set(keys);
    for (const k of out) if (!next.has(k)) out.delete(k);
  }
  return out;
}

export class Library {
  readonly db: QuotelightDB;
  private readonly now: () => number;

  private readonly indexLookupMax: number;
  /**
   * Bumped by every write: a cached search is only reused while nothing has changed. The cache is
   * per instance, which is enough because the extension writes only through the background's one.
   */
  private writes = 0;
  private lastSearch: { key: string; writes: number; rows: Promise<AnnotationRecord[]> } | null = null;
  /** The in-memory word index and the write count it reflects; stale once anything is written. */
  private memoryIndex: { annotations: SearchIndex; articles: SearchIndex; writes: number } | null = null;
  private building: Promise<void> | null = null;

  constructor(db: QuotelightDB = new QuotelightDB(), options: { now?: () => number; indexLookupMax?: number } = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
    this.indexLookupMax = options.indexLookupMax ?? INDEX_LOOKUP_MAX;
  }

  /** Every write goes through here: quota errors become StorageFullError, and search caches expire. */
  private write<T>(run: () => Promise<T>): Promise<T> {
    this.writes++;
    return guardQuota(run).finally(() => this.writes++);
  }

  /** Stored id for a URL: the normalized URL, or an article that lists it as an alias. */
  private async resolveId(url: string): Promise<string | null> {
    const id = normalizeUrl(url);
    if (await this.db.articles.get(id)) return id;
    // Only an article of the same site: an alias another site's page left (before ids were checked) is not followed.
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
        await db.articles.put(articleFromMeta(id, [pageId], page.meta, now, existing));
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
    );
  }

  async addHighlight(input: NewHighlight): Promise<AnnotationRecord> {
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
          await db.articles.put(articleFromMeta(articleId, [normalizeUrl(input.url)], meta, now, existing));
        }
        const row = withDerived({
          id: randomUuid(),
          articleId,
          kind: note ? ('note' as const) : ('highlight' as const),
          selectors,
          text: selectors.quote.exact,
          speaker: null,
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
    );
  }

  /** Changes the reader's fields; returns the new row, or null if it no longer exists. */
  async updateAnnotation(id: string, patch: AnnotationPatch): Promise<AnnotationRecord | null> {
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
    );
  }

  /** Deletes one annotation. A detected one returns if the article is analysed and saved again. */
  async deleteAnnotation(id: string): Promise<boolean> {
    const { db } = this;
    return this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        const old = await db.annotations.get(id);
        if (!old) return false;
        await db.annotations.delete(id);
        await this.recount(old.articleId);
        return true;
      }),
    );
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
    const tokens = options.search ? tokenize(options.search) : [];
    const memory = this.freshMemoryIndex();
    if (tokens.length > 0 && memory && allowed.length === 0 && !options.site) {
      // Search alone, index in memory: rank the candidates there and read only the ones shown.
      const hits = await this.findAnnotations(tokens, SEARCH_DEPTH);
      const candidates = new Set([...memory.articles.search(tokens, Number.MAX_SAFE_INTEGER), ...hits.map((a) => a.articleId)]);
      const ids = memory.articles.newest(candidates, options.limit ?? Number.MAX_SAFE_INTEGER);
      return (await db.articles.bulkGet(ids)).filter((a): a is StoredArticle => a !== undefined);
    }
    if (tokens.length > 0) allowed.push(await this.articlesMatching(tokens));
    const site = options.site ? fold(options.site) : null;
    const onSite = (a: ArticleRecord) => !site || fold(a.site) === site || hostOf(a.id) === site;
    const [first, ...rest] = allowed;
    if (first) {
      // The filters already name the candidates: read just those, rather than walk every article.
      const ids = [...first].filter((id) => rest.every((set) => set.has(id)));
      const found = (await db.articles.bulkGet(ids)).filter((a): a is StoredArticle => a !== undefined && onSite(a));
      return found.sort((a, b) => newestFirst(a.lastSeen, b.lastSeen, a.id, b.id)).slice(0, options.limit);
    }
    const ordered = db.articles.orderBy('lastSeen').reverse();
    const rows = site ? ordered.filter(onSite) : ordered;
    return options.limit !== undefined ? rows.limit(options.limit).toArray() : rows.toArray();
  }

  /** Ids of articles whose own words, or the words of one of their recent annotations, match every token. */
  private async articlesMatching(tokens: string[]): Promise<Set<string>> {
    const [byTitle, hits] = await Promise.all([
      intersectKeys(tokens.map((t) => this.db.articles.where('words').startsWith(t).primaryKeys())),
      this.findAnnotations(tokens, SEARCH_DEPTH),
    ]);
    return new Set([...byTitle, ...hits.map((a) => a.articleId)]);
  }

  /**
   * The `limit` most recently updated annotations whose words start with every query token.
   * IndexedDB reads cost per key, so the plan depends on how common the rarest token is:
   * a rare one is looked up in the words index and only its rows are read; a common one is
   * found faster by walking the newest annotations and stopping once `limit` match.
   */
  private findAnnotations(tokens: string[], limit: number): Promise<AnnotationRecord[]> {
    // The library page asks for hits and for matching articles at once: one lookup serves both.
    const key = `${limit}\n${tokens.join(' ')}`;
    const last = this.lastSearch;
    if (last && last.key === key && last.writes === this.writes) return last.rows;
    const rows = this.lookUpAnnotations(tokens, limit);
    this.lastSearch = { key, writes: this.writes, rows };
    rows.catch(() => {
      if (this.lastSearch?.rows === rows) this.lastSearch = null;
    });
    return rows;
  }

  private freshMemoryIndex() {
    return this.memoryIndex?.writes === this.writes ? this.memoryIndex : null;
  }

  /**
   * Builds the in-memory search index if it is missing or stale (one full read of the table);
   * searches use it from then on until the next write. Call it when search is about to be used.
   */
  warmSearch(): Promise<void> {
    if (this.memoryIndex?.writes === this.writes) return Promise.resolve();
    if (this.building) return this.building;
    const writes = this.writes;
    this.building = (async () => {
      const [annotations, articles] = await Promise.all([this.db.annotations.toArray(), this.db.articles.toArray()]);
      // A write while reading may or may not be in what was read: such an index is never used.
      if (this.writes !== writes) return;
      this.memoryIndex = {
        annotations: SearchIndex.build(annotations),
        articles: SearchIndex.build(articles.map((a) => ({ id: a.id, updated: a.lastSeen, words: a.words }))),
        writes,
      };
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async lookUpAnnotations(tokens: string[], limit: number): Promise<AnnotationRecord[]> {
    const memory = this.freshMemoryIndex();
    if (memory) {
      const rows = await this.db.annotations.bulkGet(memory.annotations.search(tokens, limit));
      return rows.filter((a): a is AnnotationRecord => a !== undefined);
    }
    return this.lookUpInDatabase(tokens, limit);
  }

  private async lookUpInDatabase(tokens: string[], limit: number): Promise<AnnotationRecord[]> {
    const { db } = this;
    const matchesAll = (a: AnnotationRecord) => tokens.every((t) => a.words.some((w) => w.startsWith(t)));
    // One capped key read per token tells which is rarest, and for a rare one it is the answer's keys.
    // (A row matching through two words appears twice in the index: the cap counts entries, not rows.)
    const probes = await Promise.all(
      tokens.map((t) => db.annotations.where('words').startsWith(t).limit(this.indexLookupMax + 1).primaryKeys()),
    );
    const rarest = probes.reduce((a, b) => (b.length < a.length ? b : a));
    if (rarest.length === 0) return [];
    if (rarest.length <= this.indexLookupMax) {
      const rows = (await db.annotations.bulkGet([...new Set(rarest)])).filter((a): a is AnnotationRecord => a !== undefined && matchesAll(a));
      return rows.sort((a, b) => newestFirst(a.updated, b.updated, a.id, b.id)).slice(0, limit);
    }
    return db.annotations.orderBy('updated').reverse().filter(matchesAll).limit(limit).toArray();
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

  /** Search across quote/highlight text, notes, speakers (and corrections) and tags; newest first. */
  async searchAnnotations(query: string, limit = SEARCH_DEPTH): Promise<AnnotationHit[]> {
    const tokens = tokenize(query);
    if (tokens.length === 0) return [];
    return this.withArticles(await this.findAnnotations(tokens, limit));
  }

  /** Every quote attributed to `name` (a correction counts as the attribution), across articles. */
  async quotesBySpeaker(name: string): Promise<AnnotationHit[]> {
    const rows = await this.db.annotations.where('speakerKey').equals(fold(name)).toArray();
    const quotes = rows.filter((a) => a.kind === 'quote').sort((a, b) => b.created - a.created || byPosition(a, b));
    return this.withArticles(quotes);
  }

  /** Deletes the article and all its annotations in one transaction. */
  async forgetArticle(url: string): Promise<boolean> {
    const { db } = this;
    return this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        const id = await this.resolveId(url);
        if (!id) return false;
        await db.annotations.where('articleId').equals(id).delete();
        await db.articles.delete(id);
        return true;
      }),
    );
  }

  /** Everything (or the given articles) for export. */
  async getLibraryData(articleIds?: string[]): Promise<LibraryData> {
    const { db } = this;
    return db.transaction('r', db.articles, db.annotations, async () => {
      const articles = articleIds
        ? (await db.articles.bulkGet(articleIds)).filter((a) => a !== undefined)
        : await db.articles.orderBy('lastSeen').reverse().toArray();
      const ids = articles.map((a) => a.id);
      const annotations = (await db.annotations.where('articleId').anyOf(ids).toArray()).sort(
        (a, b) => ids.indexOf(a.articleId) - ids.indexOf(b.articleId) || byPosition(a, b),
      );
      return { articles, annotations };
    });
  }

  /**
   * Writes validated import data in ONE transaction: any failure leaves the database as it
   * was. Rows keep their ids, so importing the same file twice changes nothing.
   */
  async importRecords(data: LibraryData): Promise<{ articles: number; annotations: number }> {
    const { db } = this;
    return this.write(() =>
      db.transaction('rw', db.articles, db.annotations, async () => {
        for (const incoming of data.articles) {
          const existing = await db.articles.get(incoming.id);
          await db.articles.put(
            withArticleWords(
              existing
              ? {
                  ...existing,
                  ...incoming,
                  urls: [...new Set([...existing.urls, ...incoming.urls])],
                  firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
                  lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
                }
              : incoming,
            ),
          );
        }
        // Refuse orphans (the whole transaction aborts): every annotation needs its article.
        const given = new Set(data.articles.map((a) => a.id));
        for (const a of data.annotations) {
          if (!given.has(a.articleId) && !(await db.articles.get(a.articleId))) {
            throw new Error(`Import: annotation ${a.id} refers to unknown article ${a.articleId}`);
          }
        }
        await db.annotations.bulkPut(data.annotations.map((a) => withDerived({ ...a, tags: cleanTags(a.tags) })));
        const touched = new Set([...data.articles.map((a) => a.id), ...data.annotations.map((a) => a.articleId)]);
        for (const id of touched) await this.recount(id);
        return { articles: data.articles.length, annotations: data.annotations.length };
      }),
    );
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
