// The library's full-text index, on MiniSearch (BM25+ ranking, prefix and fuzzy matching, field
// boosts, add/discard one document at a time). It lives in the background's memory next to the
// database; every write updates only its own documents (see Library), and facet counts are kept
// as documents come and go, so nothing is ever rebuilt after a write.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { AnnotationKind, AnnotationRecord, ArticleRecord } from '../shared/records';
import { effectiveSpeaker } from '../shared/speakers';
import { type ParsedQuery, type SearchFilters, tagKey } from './search-query';
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
  /** The article's publication time when known, else when the annotation was made (epoch ms). */
  date: number;
  updated: number;
}

interface AnnotationDoc extends AnnotationFields {
  id: string;
  text: string;
  note: string;
  speakerText: string;
  tagText: string;
  title: string;
  siteText: string;
}

interface ArticleDoc {
  id: string;
  title: string;
  siteText: string;
  byline: string;
  lastSeen: number;
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  sites: Facet[];
  speakers: Facet[];
  tags: Facet[];
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
 * BM25 already favours short fields; these weigh the fields against each other.
 */
export const BOOSTS = { speakerText: 3, tagText: 3, title: 2, note: 1.5, siteText: 1.5, text: 1 } as const;

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

function annotationIndex(): MiniSearch<AnnotationDoc> {
  return new MiniSearch<AnnotationDoc>({
    ...common,
    fields: Object.keys(BOOSTS),
    storeFields: ['articleId', 'kind', 'speaker', 'site', 'host', 'tags', 'date', 'updated'],
  });
}

function articleIndex(): MiniSearch<ArticleDoc> {
  return new MiniSearch<ArticleDoc>({ ...common, fields: ['title', 'siteText', 'byline'], storeFields: ['lastSeen'] });
}

function articleDate(article: Pick<ArticleRecord, 'published'>, fallback: number): number {
  const t = article.published ? Date.parse(article.published) : Number.NaN;
  return Number.isNaN(t) ? fallback : t;
}

function annotationDoc(a: AnnotationRecord, article: ArticleRecord): AnnotationDoc {
  const speaker = effectiveSpeaker(a);
  return {
    id: a.id,
    articleId: a.articleId,
    kind: a.kind,
    text: a.text,
    note: a.note ?? '',
    speakerText: [speaker, a.speakerRole].filter(Boolean).join(' '),
    tagText: a.tags.join(' '),
    title: article.title,
    siteText: article.site,
    speaker: speaker ? fold(speaker) : '',
    site: fold(article.site),
    host: hostOf(article.id),
    tags: a.tags.map(tagKey),
    date: articleDate(article, a.created),
    updated: a.updated,
  };
}

/** Counts per folded value, shown with the first spelling met. */
class Tally {
  private readonly counts = new Map<string, Facet>();

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

function passes(f: SearchFilters, d: AnnotationFields): boolean {
  if (f.speaker?.length && !wordsStart(d.speaker, f.speaker)) return false;
  if (f.site?.length && !(wordsStart(d.site, f.site) || d.host === f.site.join('.') || d.host.endsWith(`.${f.site.join('.')}`))) return false;
  if (f.tag && !d.tags.includes(f.tag)) return false;
  if (f.before !== undefined && !(d.date < f.before)) return false;
  if (f.after !== undefined && !(d.date >= f.after)) return false;
  return true;
}

export class SearchIndex {
  private annotations = annotationIndex();
  private articles = articleIndex();
  /** Per article, the ids of its annotations the index holds (a site counts articles, not annotations). */
  private readonly perArticle = new Map<string, Set<string>>();
  private readonly speakers = new Tally();
  private readonly tags = new Tally();
  private readonly sites = new Tally();

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
      const doc = annotationDoc(a, article);
      this.annotations.add(doc);
      this.count(a.id, doc, a, article, 1);
    }
  }

  removeAnnotation(id: string): void {
    if (!this.annotations.has(id)) return;
    const d = this.annotations.getStoredFields(id) as unknown as AnnotationFields;
    this.annotations.discard(id);
    this.count(id, d, null, null, -1);
  }

  putArticle(a: ArticleRecord): void {
    if (this.articles.has(a.id)) this.articles.discard(a.id);
    this.articles.add({ id: a.id, title: a.title, siteText: a.site, byline: a.byline ?? '', lastSeen: a.lastSeen });
  }

  removeArticle(id: string): void {
    if (this.articles.has(id)) this.articles.discard(id);
  }

  private count(id: string, d: AnnotationFields, a: AnnotationRecord | null, article: ArticleRecord | null, by: 1 | -1): void {
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
    return { speakers: this.speakers.top(limit), sites: this.sites.top(limit), tags: this.tags.top(limit) };
  }

  /**
   * Annotations ranked for the query: every word must match (as typed, as a prefix for the word
   * being typed, or within a typo), falling back to any word when none match them all. With only
   * filters, the newest first. Phrases are checked by the caller, who has the text.
   */
  searchAnnotations(q: ParsedQuery, filters: SearchFilters, limit: number): RankedId[] {
    const filter = (r: SearchResult) => passes(filters, r as unknown as AnnotationFields);
    if (q.terms.length === 0) {
      const all = this.annotations.search(MiniSearch.wildcard, { filter });
      return all
        .sort((a, b) => b.updated - a.updated || (a.id < b.id ? 1 : -1))
        .slice(0, limit)
        .map((r) => ({ id: r.id, articleId: r.articleId, score: r.score, terms: [] }));
    }
    const ranked = this.ranked(this.annotations, q, { filter, boost: BOOSTS });
    return ranked.slice(0, limit).map((r) => ({ id: r.id, articleId: r.articleId, score: r.score, terms: r.terms }));
  }

  /** Articles whose title, site or byline match all the query's words (no fallback: hits already bring their articles). */
  searchArticles(q: ParsedQuery, limit: number): string[] {
    if (q.terms.length === 0) return [];
    return this.ranked(this.articles, q, { boost: { title: 2 } }, false)
      .slice(0, limit)
      .map((r) => r.id);
  }

  private ranked<T>(
    index: MiniSearch<T>,
    q: ParsedQuery,
    options: { filter?: (r: SearchResult) => boolean; boost: Record<string, number> },
    anyWordFallback = true,
  ): SearchResult[] {
    const last = q.terms.length - 1;
    const search = (combineWith: 'AND' | 'OR') =>
      index.search(q.terms.join(' '), {
        ...options,
        combineWith,
        prefix: (term, i) => q.lastIsPartial && i === last && term.length >= MIN_PREFIX,
        fuzzy: (term) => typoDistance(term),
      });
    let results = search('AND');
    if (anyWordFallback && results.length === 0 && q.terms.length > 1) results = search('OR');
    // Equal scores: the newer first, as the library lists everything else.
    return results.sort((a, b) => b.score - a.score || (b.updated ?? b.lastSeen ?? 0) - (a.updated ?? a.lastSeen ?? 0));
  }
}

/** The order of a time index walked backwards, which every search path must agree on: ties by id, descending. */
export function newestFirst(timeA: number, timeB: number, idA: string, idB: string): number {
  return timeB - timeA || (idA < idB ? 1 : idA > idB ? -1 : 0);
}
