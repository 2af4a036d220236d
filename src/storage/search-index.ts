// The library's full-text index, on MiniSearch (BM25+ ranking, prefix and fuzzy matching, field
// boosts, add/discard one document at a time). It lives in the background's memory next to the
// database; every write updates only its own documents (see Library), and facet counts are kept
// as documents come and go, so nothing is ever rebuilt after a write.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { AnnotationKind, AnnotationRecord, ArticleRecord } from '../shared/records';
import { CHECK_BELOW } from '../shared/confidence';
import { effectiveSpeaker, storedCertainty } from '../shared/speakers';
import { hasFilters, type ParsedQuery, type SearchFilters, tagKey } from './search-query';
import { writeMiniSearchJSON, yieldOrStop } from './snapshot-json';
import { topK } from './top-k-search';
import { hostOf } from './url';
import { fold, tokenize } from './words';

/** What the index keeps of an annotation (and its article) for filters and facets. */
interface AnnotationFields {
  articleId: string;
  kind: AnnotationKind;
  speaker: string;
  site: string;
  host: string;
  tags: string[];
  /**
   * A quote's detected-speaker probability, -1 when there is nothing to check (not a quote, nobody,
   * the reader's correction, not recorded). The probability, not the band, so a new threshold needs no new snapshot.
   */
  confidence: number;
  /** The article's publication time when known, else when the annotation was made (epoch ms). */
  date: number;
  updated: number;
}

interface AnnotationDoc {
  id: string;
  text: string;
  note: string;
  speakerText: string;
  tagText: string;
}

interface ArticleDoc {
  id: string;
  title: string;
  siteText: string;
  byline: string;
  lastSeen: number;
  /** What of the article its annotations' documents carry (stored, not searched): see sharedFields. */
  shared: string;
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  sites: Facet[];
  speakers: Facet[];
  tags: Facet[];
  /** Quotes whose speaker the reader should check (shared/confidence.ts). */
  toCheck: number;
}

export interface RankedId {
  id: string;
  articleId: string;
  score: number;
  /** The indexed words that matched (folded), for highlighting. */
  terms: string[];
}

/**
 * Field boosts a reader expects: naming the speaker or a tag beats a word somewhere in a long quote.
 * BM25 already favours short fields; these weigh the fields against each other. An article's title,
 * site and byline are indexed once, with the article, not with each of its annotations: MiniSearch
 * scores every document a word matches, and a title word copied into twenty annotations makes a
 * common word match a third of the library.
 */
export const BOOSTS = { speakerText: 3, tagText: 3, note: 1.5, text: 1 } as const;

/** Edits allowed for a typo: none under 4 letters, one up to 7, two from 8 (a swap of two letters is two edits). */
export function typoDistance(term: string): number {
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}

/** A single letter as a prefix would match a good part of the vocabulary: wait for the second. */
const MIN_PREFIX = 2;

const common = {
  idField: 'id',
  tokenize: (text: string) => tokenize(text),
  // Text arrives folded by `tokenize`; nothing more to do per term.
  processTerm: (term: string) => term,
  autoVacuum: { minDirtCount: 1000, minDirtFactor: 0.1, batchSize: 2000, batchWait: 20 },
};

// Filter and facet fields are kept beside the index (SearchIndex.fields), not as MiniSearch's
// stored fields, which it would copy into every result of a common word.
const annotationOptions = (): Options<AnnotationDoc> => ({ ...common, fields: Object.keys(BOOSTS) });
const articleOptions = (): Options<ArticleDoc> => ({ ...common, fields: ['title', 'siteText', 'byline'], storeFields: ['lastSeen', 'shared'] });

/** The article's fields copied into each of its annotations' filter fields: when these change, they all must. */
function sharedFields(a: Pick<ArticleRecord, 'site' | 'published'>): string {
  return JSON.stringify([a.site, a.published]);
}

function annotationIndex(): MiniSearch<AnnotationDoc> {
  return new MiniSearch<AnnotationDoc>(annotationOptions());
}

function articleIndex(): MiniSearch<ArticleDoc> {
  return new MiniSearch<ArticleDoc>(articleOptions());
}

function articleDate(article: Pick<ArticleRecord, 'published'>, fallback: number): number {
  const t = article.published ? Date.parse(article.published) : Number.NaN;
  return Number.isNaN(t) ? fallback : t;
}

function annotationDoc(a: AnnotationRecord): AnnotationDoc {
  return {
    id: a.id,
    text: a.text,
    note: a.note ?? '',
    speakerText: [effectiveSpeaker(a), a.speakerRole].filter(Boolean).join(' '),
    tagText: a.tags.join(' '),
  };
}

function annotationFields(a: AnnotationRecord, article: ArticleRecord): AnnotationFields {
  const speaker = effectiveSpeaker(a);
  return {
    articleId: a.articleId,
    kind: a.kind,
    speaker: speaker ? fold(speaker) : '',
    site: fold(article.site),
    host: hostOf(article.id),
    tags: a.tags.map(tagKey),
    confidence: storedCertainty(a)?.confidence ?? -1,
    date: articleDate(article, a.created),
    updated: a.updated,
  };
}

const yieldToEvents = () => new Promise((r) => setTimeout(r, 0));

/** Counts per folded value, shown with the first spelling met. */
class Tally {
  constructor(private readonly counts = new Map<string, Facet>()) {}

  entries(): [string, Facet][] {
    return [...this.counts];
  }

  add(key: string, display: string, by: 1 | -1): void {
    if (!key) return;
    const f = this.counts.get(key);
    if (f) {
      f.count += by;
      if (f.count <= 0) this.counts.delete(key);
    } else if (by > 0) this.counts.set(key, { value: display, count: 1 });
  }

  top(limit: number): Facet[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit).map((f) => ({ ...f }));
  }
}

/** Words of a speaker or site name; few distinct names, checked once per document by a filter-only search. */
const nameWords = new Map<string, string[]>();

/** Every filter word starts one of the words of `value`. */
function wordsStart(value: string, words: readonly string[]): boolean {
  let have = nameWords.get(value);
  if (!have) {
    if (nameWords.size > 50_000) nameWords.clear();
    have = tokenize(value);
    nameWords.set(value, have);
  }
  return words.every((w) => have.some((h) => h.startsWith(w)));
}

const toCheck = (d: AnnotationFields) => d.confidence >= 0 && d.confidence < CHECK_BELOW;

function passes(f: SearchFilters, d: AnnotationFields): boolean {
  if (f.check && !toCheck(d)) return false;
  if (f.speaker?.length && !wordsStart(d.speaker, f.speaker)) return false;
  if (f.site?.length && !(wordsStart(d.site, f.site) || d.host === f.site.join('.') || d.host.endsWith(`.${f.site.join('.')}`))) return false;
  if (f.tag && !d.tags.includes(f.tag)) return false;
  if (f.before !== undefined && !(d.date < f.before)) return false;
  if (f.after !== undefined && !(d.date >= f.after)) return false;
  return true;
}

/** What a snapshot holds (bump SNAPSHOT_FORMAT when it or the MiniSearch options change). */
interface SnapshotData {
  annotations: AsPlainObject;
  articles: AsPlainObject;
  fields: FieldColumns;
  speakers: [string, Facet][];
  tags: [string, Facet][];
  sites: [string, Facet][];
}

/** The fields of every annotation as columns of plain values (what an article shares is kept once): half the size of objects. */
interface FieldColumns {
  articles: [id: string, site: string, host: string][];
  id: string[];
  article: number[];
  kind: AnnotationKind[];
  speaker: string[];
  tags: string[][];
  confidence: number[];
  date: number[];
  updated: number[];
}

export const SNAPSHOT_FORMAT = 3;

function toColumns(fields: ReadonlyMap<string, AnnotationFields>): FieldColumns {
  const c: FieldColumns = { articles: [], id: [], article: [], kind: [], speaker: [], tags: [], confidence: [], date: [], updated: [] };
  const articleAt = new Map<string, number>();
  for (const [id, f] of fields) {
    let at = articleAt.get(f.articleId);
    if (at === undefined) {
      at = c.articles.push([f.articleId, f.site, f.host]) - 1;
      articleAt.set(f.articleId, at);
    }
    c.id.push(id);
    c.article.push(at);
    c.kind.push(f.kind);
    c.speaker.push(f.speaker);
    c.tags.push(f.tags);
    c.confidence.push(f.confidence);
    c.date.push(f.date);
    c.updated.push(f.updated);
  }
  return c;
}

function* fromColumns(c: FieldColumns): Generator<[string, AnnotationFields]> {
  for (let i = 0; i < c.id.length; i++) {
    const [articleId, site, host] = c.articles[c.article[i]!]!;
    yield [
      c.id[i]!,
      { articleId, kind: c.kind[i]!, speaker: c.speaker[i]!, site, host, tags: c.tags[i]!, confidence: c.confidence[i]!, date: c.date[i]!, updated: c.updated[i]! },
    ];
  }
}

export class SearchIndex {
  private annotations = annotationIndex();
  private articles = articleIndex();
  /** Per indexed annotation, what filters, facets and ties need. */
  private readonly fields = new Map<string, AnnotationFields>();
  /** Per article, the ids of its annotations the index holds (a site counts articles, not annotations). */
  private readonly perArticle = new Map<string, Set<string>>();
  private speakers = new Tally();
  /** How many indexed quotes have a speaker to check. */
  private toCheckCount = 0;
  private tags = new Tally();
  private sites = new Tally();
  /** Annotation ids per folded speaker and per tag: the candidates of a filter-only search. */
  private readonly bySpeaker = new Map<string, Set<string>>();
  private readonly byTag = new Map<string, Set<string>>();

  /** The whole index as one string, to store (search-snapshot.ts). Synchronous: a second or so at 100k. */
  toJSON(): string {
    const data: SnapshotData = {
      annotations: this.annotations.toJSON(),
      articles: this.articles.toJSON(),
      fields: toColumns(this.fields),
      speakers: this.speakers.entries(),
      tags: this.tags.entries(),
      sites: this.sites.entries(),
    };
    return JSON.stringify(data);
  }

  /**
   * toJSON's string, built a slice at a time with other messages answered between slices
   * (snapshot-json.ts). Nothing may change the index until it resolves: LiveIndex takes snapshots in
   * the queue its writes go through; searches may run meanwhile. `stop` is asked between slices:
   * true throws SnapshotDeferred.
   */
  async toJSONInSlices(stop?: () => boolean): Promise<string> {
    const out: string[] = ['{"annotations":'];
    await writeMiniSearchJSON(this.annotations as MiniSearch<unknown>, out, stop);
    out.push(',"articles":');
    await writeMiniSearchJSON(this.articles as MiniSearch<unknown>, out, stop);
    await yieldOrStop(stop);
    out.push(`,"fields":${JSON.stringify(toColumns(this.fields))}`);
    await yieldOrStop(stop);
    out.push(`,"speakers":${JSON.stringify(this.speakers.entries())},"tags":${JSON.stringify(this.tags.entries())},"sites":${JSON.stringify(this.sites.entries())}}`);
    return out.join('');
  }

  /**
   * An index from toJSON's string, in a few steps with other messages answered between them.
   * (MiniSearch's own loadJSAsync waits a timer every thousand entries: ten times slower at 100k.)
   */
  static async fromJSON(json: string): Promise<SearchIndex> {
    const data = JSON.parse(json) as SnapshotData;
    const index = new SearchIndex();
    await yieldToEvents();
    index.annotations = MiniSearch.loadJS(data.annotations, annotationOptions());
    await yieldToEvents();
    index.articles = MiniSearch.loadJS(data.articles, articleOptions());
    for (const [id, f] of fromColumns(data.fields)) {
      index.fields.set(id, f);
      const ids = index.perArticle.get(f.articleId) ?? new Set<string>();
      index.perArticle.set(f.articleId, ids.add(id));
      index.post(id, f, 1);
    }
    index.speakers = new Tally(new Map(data.speakers));
    index.tags = new Tally(new Map(data.tags));
    index.sites = new Tally(new Map(data.sites));
    return index;
  }

  get size(): number {
    return this.annotations.documentCount;
  }

  hasAnnotation(id: string): boolean {
    return this.annotations.has(id);
  }

  annotationsOf(articleId: string): string[] {
    return [...(this.perArticle.get(articleId) ?? [])];
  }

  /** Adds or replaces annotations; `articleOf` gives each one's article (title, site and date are indexed with it). */
  putAnnotations(rows: readonly AnnotationRecord[], articleOf: (id: string) => ArticleRecord | undefined): void {
    for (const a of rows) {
      const article = articleOf(a.articleId);
      if (!article) continue; // an orphan cannot be shown; the database refuses them anyway
      this.removeAnnotation(a.id);
      const fields = annotationFields(a, article);
      this.annotations.add(annotationDoc(a));
      this.fields.set(a.id, fields);
      this.count(a.id, fields, a, article, 1);
    }
  }

  removeAnnotation(id: string): void {
    const d = this.fields.get(id);
    if (!d) return;
    this.annotations.discard(id);
    this.fields.delete(id);
    this.count(id, d, null, null, -1);
  }

  hasArticle(id: string): boolean {
    return this.articles.has(id);
  }

  /** True when `a` differs from the indexed article in what its annotations' documents carry (or is new). */
  changesAnnotations(a: ArticleRecord): boolean {
    return this.articles.getStoredFields(a.id)?.shared !== sharedFields(a);
  }

  putArticle(a: ArticleRecord): void {
    if (this.articles.has(a.id)) this.articles.discard(a.id);
    this.articles.add({ id: a.id, title: a.title, siteText: a.site, byline: a.byline ?? '', lastSeen: a.lastSeen, shared: sharedFields(a) });
  }

  removeArticle(id: string): void {
    if (this.articles.has(id)) this.articles.discard(id);
  }

  /** Keeps the facet postings (bySpeaker, byTag) in step with an annotation coming (1) or going (-1). */
  private post(id: string, d: AnnotationFields, by: 1 | -1): void {
    if (toCheck(d)) this.toCheckCount += by;
    const keys: [Map<string, Set<string>>, string][] = d.tags.map((t) => [this.byTag, t]);
    if (d.speaker) keys.push([this.bySpeaker, d.speaker]);
    for (const [map, key] of keys) {
      const ids = map.get(key);
      if (by > 0) {
        if (ids) ids.add(id);
        else map.set(key, new Set([id]));
      } else if (ids) {
        ids.delete(id);
        if (ids.size === 0) map.delete(key);
      }
    }
  }

  private count(id: string, d: AnnotationFields, a: AnnotationRecord | null, article: ArticleRecord | null, by: 1 | -1): void {
    this.post(id, d, by);
    if (d.kind === 'quote') this.speakers.add(d.speaker, (a && effectiveSpeaker(a)) ?? d.speaker, by);
    d.tags.forEach((t, i) => {
      this.tags.add(t, a?.tags[i] ?? t, by);
    });
    const ids = this.perArticle.get(d.articleId) ?? new Set<string>();
    this.perArticle.set(d.articleId, ids);
    if (by > 0) ids.add(id);
    else ids.delete(id);
    if (ids.size === 0) this.perArticle.delete(d.articleId);
    // The article's first annotation in, or its last one out, moves its site's count.
    if ((by > 0 && ids.size === 1) || (by < 0 && ids.size === 0)) this.sites.add(d.site, article?.site ?? d.site, by);
  }

  /** Speakers, sites and tags over the whole library, most frequent first. */
  facets(limit = 200): Facets {
    return { speakers: this.speakers.top(limit), sites: this.sites.top(limit), tags: this.tags.top(limit), toCheck: this.toCheckCount };
  }

  /**
   * Annotations ranked for the query: every word must match (as typed, as a prefix for the word
   * being typed, or within a typo); if none has them all, the annotations of articles whose title,
   * site or byline has them; else those with any of the words. With only filters, the newest
   * first. Phrases are checked by the caller, who has the text.
   */
  searchAnnotations(q: ParsedQuery, filters: SearchFilters, limit: number): RankedId[] {
    const fields = this.fields;
    const updated = (id: string) => fields.get(id)!.updated;
    if (q.terms.length === 0) return this.filtered(filters, limit);
    const accept = hasFilters(filters) ? (id: string) => passes(filters, fields.get(id)!) : undefined;
    const rank = (anyWord: boolean) =>
      this.ranked(this.annotations, q, { accept, boost: BOOSTS, combineWith: anyWord ? 'OR' : 'AND' }, limit, updated).map((r) => ({
        id: r.id,
        articleId: fields.get(r.id)!.articleId,
        score: r.score,
        terms: r.terms,
      }));
    const all = rank(false);
    if (all.length > 0) return all;
    // The words may name the article (its title, site or byline) rather than the passage: its
    // annotations, newest first, before any annotation that has only some of the words.
    const viaArticle = this.searchArticles(q, limit)
      .flatMap((id) => this.annotationsOf(id).map((a) => ({ id: a, f: fields.get(a)! })))
      .filter(({ f }) => passes(filters, f))
      .slice(0, limit)
      .map(({ id, f }) => ({ id, articleId: f.articleId, score: 0, terms: [] }));
    if (viaArticle.length > 0 || q.terms.length < 2) return viaArticle;
    return rank(true);
  }

  /**
   * With only filters, the newest annotations that pass them. A speaker, tag or site filter names
   * its candidates (from the facet postings kept beside the index); only those are checked.
   */
  private filtered(filters: SearchFilters, limit: number): RankedId[] {
    const sources: Iterable<string>[] = [];
    if (filters.tag) sources.push(this.byTag.get(filters.tag) ?? []);
    if (filters.speaker?.length) {
      const words = filters.speaker;
      sources.push(joined([...this.bySpeaker].filter(([name]) => wordsStart(name, words)).map(([, ids]) => ids)));
    }
    if (filters.site?.length) {
      const site = filters.site;
      const onSite = [...this.perArticle.values()].filter((ids) => {
        const f = this.fields.get(ids.values().next().value!)!;
        return passes({ site }, f);
      });
      sources.push(joined(onSite));
    }
    const smallest = sources.reduce<Iterable<string> | null>((a, b) => (a === null || sizeOf(b) < sizeOf(a) ? b : a), null) ?? this.fields.keys();
    const found: { id: string; f: AnnotationFields }[] = [];
    for (const id of smallest) {
      const f = this.fields.get(id);
      if (f && passes(filters, f)) found.push({ id, f });
    }
    return newest(found, limit).map(({ id, f }) => ({ id, articleId: f.articleId, score: 0, terms: [] }));
  }

  /** Articles whose title, site or byline match all the query's words (no fallback: hits already bring their articles). */
  searchArticles(q: ParsedQuery, limit: number): string[] {
    if (q.terms.length === 0) return [];
    return this.ranked(this.articles, q, { boost: { title: 2 }, combineWith: 'AND' }, limit, (id) => this.articles.getStoredFields(id)?.lastSeen as number).map(
      (r) => r.id,
    );
  }

  /** The best `limit` results (top-k-search.ts); equal scores newest first (`time`), as the library lists everything else. */
  private ranked<T>(
    index: MiniSearch<T>,
    q: ParsedQuery,
    options: { accept?: ((id: string) => boolean) | undefined; boost: Record<string, number>; combineWith: 'AND' | 'OR' },
    limit: number,
    time: (id: string) => number,
  ) {
    const last = q.terms.length - 1;
    return topK(
      index as MiniSearch<unknown>,
      {
        terms: q.terms,
        prefix: (term, i) => q.lastIsPartial && i === last && term.length >= MIN_PREFIX,
        fuzzy: typoDistance,
        ...options,
      },
      limit,
      time,
    );
  }
}

/** A Set's size, else an array's length (what `filtered` picks the smallest candidate list by). */
function sizeOf(xs: Iterable<string>): number {
  return xs instanceof Set ? xs.size : Array.isArray(xs) ? xs.length : Number.POSITIVE_INFINITY;
}

function joined(sets: readonly Set<string>[]): Set<string> | string[] {
  if (sets.length === 1) return sets[0]!;
  return sets.flatMap((s) => [...s]);
}

/** The `limit` newest, in the order every list of the library uses; sorts only what can make the cut. */
function newest(found: { id: string; f: AnnotationFields }[], limit: number): { id: string; f: AnnotationFields }[] {
  let pool = found;
  if (found.length > limit * 2) {
    const times = Float64Array.from(found, (x) => x.f.updated).sort();
    const cutoff = times[times.length - limit]!;
    pool = found.filter((x) => x.f.updated >= cutoff);
  }
  return pool.sort((a, b) => newestFirst(a.f.updated, b.f.updated, a.id, b.id)).slice(0, limit);
}

/** The order of a time index walked backwards, which every search path must agree on: ties by id, descending. */
export function newestFirst(timeA: number, timeB: number, idA: string, idB: string): number {
  return timeB - timeA || (idA < idB ? 1 : idA > idB ? -1 : 0);
}
