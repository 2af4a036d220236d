// Pure view logic of the library page: grouping, dates, safe links, routes.
// No rendering and no messaging here, so every rule can be unit-tested on plain records.
import type { ImportSummary } from '../storage/import-journal';
import { readerItems } from '../shared/annotations';
import { formatTags, parseTags } from '../shared/tags';
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { effectiveSpeaker, groupBySpeaker, type SpeakerGroup, STORED_QUOTE_SPEAKER, unattributed } from '../shared/speakers';
import type { AnnotationHit } from '../storage/library';
import { t, tn, uiLocale } from '../shared/i18n';

export { effectiveSpeaker, unattributed };
export type QuoteGroup = SpeakerGroup<AnnotationRecord>;

/** Quotes of one article grouped by speaker: most quoted first, unattributed last, reading order inside. */
export function groupQuotesBySpeaker(annotations: readonly AnnotationRecord[]): QuoteGroup[] {
  return groupBySpeaker(
    annotations.filter((a) => a.kind === 'quote'),
    STORED_QUOTE_SPEAKER,
  );
}


export { readerItems };

export interface ArticleHits {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/** Hits grouped by their article, articles in order of their first hit (the background's order). */
export function groupHitsByArticle(hits: readonly AnnotationHit[]): ArticleHits[] {
  const out = new Map<string, ArticleHits>();
  for (const { article, annotation } of hits) {
    let g = out.get(article.id);
    if (!g) {
      g = { article, annotations: [] };
      out.set(article.id, g);
    }
    g.annotations.push(annotation);
  }
  return [...out.values()];
}

export type { Facet, Facets } from '../storage/search-index';

export interface LibraryFilters {
  search: string;
  speaker: string;
  tag: string;
  site: string;
  /** Only quotes whose speaker the reader should check (a search filter; the article list is not narrowed). */
  check: boolean;
}

export const NO_FILTERS: LibraryFilters = { search: '', speaker: '', tag: '', site: '', check: false };

/** The `library/list` options for the filters the reader set; empty ones are left out. */
export function listOptions(f: LibraryFilters, limit?: number) {
  const trimmed = {
    search: f.search.trim(),
    speaker: f.speaker.trim(),
    tag: f.tag.trim().replace(/^#+/, ''),
    site: f.site.trim(),
  };
  return {
    ...(trimmed.search ? { search: trimmed.search } : {}),
    ...(trimmed.speaker ? { speaker: trimmed.speaker } : {}),
    ...(trimmed.tag ? { tag: trimmed.tag } : {}),
    ...(trimmed.site ? { site: trimmed.site } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
}

/** A date as a short, unambiguous day ("3 Mar 2025"); accepts epoch ms or an ISO string; '' when unknown. */
export function formatDate(value: number | string | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value.slice(0, 40) : '';
  return dateFormat(timeZone).format(d);
}

/** One formatter per locale and time zone: making one costs about a millisecond, and the first screen shows 200 dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone = ''): Intl.DateTimeFormat {
  // English keeps the day-month order ("3 Mar 2025"): unambiguous on both sides of the Atlantic.
  const locale = uiLocale().startsWith('en') ? 'en-GB' : uiLocale();
  const key = `${locale} ${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
    dateFormats.set(key, f);
  }
  return f;
}

/** The URL if it is http(s), else null: stored text is page-controlled, so no javascript:, data: or file: links. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export { formatTags, parseTags };

/** Error messages shown in one line: first line only, bounded length. */
export function oneLine(e: unknown, max = 300): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? t('somethingWrong');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line.trim();
}

export function importSummary(r: ImportSummary): string {
  return t('library_imported', tn('count_annotations', r.annotations), tn('count_articles', r.articles), r.added, r.replaced, r.kept, r.skipped);
}

/** "3 quotes · 1 highlight · 2 notes" (zero counts included: the reader compares articles). */
export function countsLine(c: ArticleRecord['counts']): string {
  return [tn('count_quotes', c.quotes), tn('count_highlights', c.highlights), tn('count_notes', c.notes)].join(' · ');
}

/** `at`: the annotation to bring into view in the article (a search result opened). */
export type Route =
  | { view: 'list' }
  | { view: 'article'; url: string; at?: string }
  | { view: 'speaker'; name: string }
  /** An article's saved copy: its latest version, or version `seq`. */
  | { view: 'copy'; url: string; seq?: number }
  | { view: 'trash' };

/** The page's location hash <-> view, so Back works and a view can be bookmarked. */
export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const url = params.get('article');
  const at = params.get('at');
  if (url) return at ? { view: 'article', url, at } : { view: 'article', url };
  const copy = params.get('copy');
  const seq = Number(params.get('v'));
  if (copy) return Number.isInteger(seq) && seq > 0 ? { view: 'copy', url: copy, seq } : { view: 'copy', url: copy };
  const name = params.get('speaker');
  if (name?.trim()) return { view: 'speaker', name: name.trim() };
  if (params.has('trash')) return { view: 'trash' };
  return { view: 'list' };
}

export function routeHash(r: Route): string {
  if (r.view === 'article') return `#${new URLSearchParams({ article: r.url, ...(r.at ? { at: r.at } : {}) })}`;
  if (r.view === 'speaker') return `#${new URLSearchParams({ speaker: r.name })}`;
  if (r.view === 'copy') return `#${new URLSearchParams({ copy: r.url, ...(r.seq !== undefined ? { v: String(r.seq) } : {}) })}`;
  if (r.view === 'trash') return '#trash';
  return '#';
}
