// What the reader typed into the library's search, taken apart: free words, "exact phrases" and
// speaker:/site:/tag:/before:/after: filters. Pure, so every rule is unit-tested on strings.
import { tokenize } from './words';

export interface SearchFilters {
  /** Each is a list of folded words; a document passes when every word starts one of its field's words. */
  speaker?: string[];
  site?: string[];
  /** A folded tag, without '#'. */
  tag?: string;
  /** Only quotes whose speaker the reader should check (`is:check`). */
  check?: boolean;
  /** Epoch ms: documents dated before this instant. */
  before?: number;
  /** Epoch ms: documents dated on or after this instant. */
  after?: number;
}

export interface ParsedQuery {
  /** Folded words to rank by (phrase words included). */
  terms: string[];
  /** Folded word sequences that must occur in this order. */
  phrases: string[][];
  filters: SearchFilters;
  /** The last term is still being typed (no space or quote after it): match it as a prefix. */
  lastIsPartial: boolean;
}

/** `key:value` or `key:"quoted value"`, a "phrase", or a bare word. */
const PART = /(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)/gu;

/** A tag as filters compare it: folded words, no '#' ("#Follow-Up" and "follow up" are one tag). */
export function tagKey(tag: string): string {
  return tokenize(tag.replace(/^#+/, '')).join(' ');
}

/** YYYY, YYYY-MM or YYYY-MM-DD (also with '/'), as the UTC start of that year, month or day. */
export function parseDay(s: string): number | null {
  const m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(t) ? null : t;
}

export function parseQuery(raw: string): ParsedQuery {
  const terms: string[] = [];
  const phrases: string[][] = [];
  const filters: SearchFilters = {};
  let lastIsPartial = false;
  for (const m of raw.matchAll(PART)) {
    const key = (m[1] ?? m[3])?.toLowerCase();
    const value = m[2] ?? m[4];
    if (key !== undefined && value !== undefined && applyFilter(filters, key, value)) {
      lastIsPartial = false;
      continue;
    }
    if (m[5] !== undefined) {
      const words = tokenize(m[5]);
      if (words.length > 1) phrases.push(words);
      terms.push(...words);
      lastIsPartial = false;
      continue;
    }
    const words = tokenize(m[0]);
    terms.push(...words);
    lastIsPartial = words.length > 0;
  }
  // A trailing space means the last word is finished.
  if (/\s$/.test(raw)) lastIsPartial = false;
  return { terms, phrases, filters, lastIsPartial };
}

/** Sets the filter a `key:value` names; false when the key is not a filter (then it is searched as words). */
function applyFilter(filters: SearchFilters, key: string, value: string): boolean {
  switch (key) {
    case 'speaker':
    case 'by':
      filters.speaker = tokenize(value);
      return true;
    case 'site':
      filters.site = tokenize(value);
      return true;
    case 'tag':
      filters.tag = tagKey(value);
      return true;
    case 'is':
      if (!['check', 'unsure'].includes(value.toLowerCase())) return false;
      filters.check = true;
      return true;
    case 'before':
    case 'after': {
      const day = parseDay(value);
      if (day === null) return false;
      filters[key] = day;
      return true;
    }
    default:
      return false;
  }
}

/** Filters picked from the library's facets (a speaker, site or tag as shown) as search filters; blanks are left out. */
export function pickedFilters(o: { speaker?: string; site?: string; tag?: string; check?: boolean }): SearchFilters {
  const speaker = tokenize(o.speaker ?? '');
  const site = tokenize(o.site ?? '');
  const tag = tagKey(o.tag ?? '');
  return { ...(speaker.length ? { speaker } : {}), ...(site.length ? { site } : {}), ...(tag ? { tag } : {}), ...(o.check ? { check: true } : {}) };
}

/** Filters set in two places (typed in the query, picked from the facets): the picked ones add to the typed. */
export function mergeFilters(typed: SearchFilters, picked: SearchFilters): SearchFilters {
  return { ...typed, ...Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined && v !== '' && v !== false)) };
}

export function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0) && v !== '');
}

/** The words of `text`, folded, hold `phrase` (folded words) in a row. */
export function hasPhrase(text: string, phrase: readonly string[]): boolean {
  const words = tokenize(text);
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}
