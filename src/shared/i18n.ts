// The interface's words in the reader's language: every string a person reads goes through t() (or
// tn() for a count), which asks the browser's i18n API for the message of the browser's language
// (_locales/<lang>/messages.json; the browser falls back to default_locale, English, per key).
// Where there is no such API (unit tests under happy-dom, the CLI) the English catalog bundled here
// answers, with the same placeholder rules, so every caller works the same everywhere.
// How to add a string or a language: docs/i18n.md.
import en from '../../_locales/en/messages.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
/** Keys that have plural forms: `<base>_one` and `<base>_other` (and any form a language adds). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** The part of `browser.i18n` used here: both browsers have it, synchronous, in every extension context. */
export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

const ENGLISH: Catalog = en;

function api(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const i18n = g.browser?.i18n ?? g.chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? i18n : null;
}

/**
 * A catalog entry with its substitutions, by the WebExtension rules: `$name$` is the named
 * placeholder's content, `$1`…`$9` the substitutions, `$$` a dollar sign. Used for the bundled
 * English and by tests that stand in for the browser.
 */
export function formatMessage(entry: CatalogEntry, subs: readonly string[]): string {
  const named = (m: string) =>
    m.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const p = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return p ? p.content : whole;
    });
  return named(entry.message).replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

const reported = new Set<string>();

function missing(key: string): void {
  if (reported.has(key)) return;
  reported.add(key);
  console.error(`Quotelight: no message "${key}" in _locales (add it to _locales/en/messages.json, see docs/i18n.md)`);
}

/** The message for `key` in the reader's language; numbers are written the reader's way. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return lookup(key, subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s)));
}

function lookup(key: string, subs: string[]): string {
  const i18n = api();
  if (i18n) {
    // Chrome throws on more than nine substitutions and on a malformed key; both are our bugs.
    let text = '';
    try {
      text = i18n.getMessage(key, subs);
    } catch (e) {
      console.error(`Quotelight: the browser refused message "${key}"`, e);
    }
    if (text) return text;
  }
  const entry = ENGLISH[key];
  if (!entry) {
    missing(key);
    return key;
  }
  if (i18n) missing(key);
  return formatMessage(entry, subs);
}

/**
 * A count with its noun, in the plural form the language picks for it (Intl.PluralRules: French
 * says "0 citation", English "0 quotes"): message `<base>_<category>`, else `<base>_other`.
 * `$1` is the number, written the reader's way; more substitutions follow as `$2`….
 */
export function tn(base: PluralKey, count: number, ...more: (string | number)[]): string {
  const category = pluralRules(uiLocale()).select(count);
  const subs = [formatNumber(count), ...more.map((s) => (typeof s === 'number' ? formatNumber(s) : s))];
  if (category !== 'other') {
    const key = `${base}_${category}`;
    const i18n = api();
    const text = i18n ? safeGet(i18n, key, subs) : ENGLISH[key] ? formatMessage(ENGLISH[key], subs) : '';
    if (text) return text;
  }
  return lookup(`${base}_other`, subs);
}

function safeGet(i18n: I18nApi, key: string, subs: string[]): string {
  try {
    return i18n.getMessage(key, subs);
  } catch {
    return '';
  }
}

/**
 * The locale to write numbers and dates in: the browser's UI language when the catalog shown is of
 * that language (fr-CA keeps its own number format), else the catalog's own ("locale" message), so
 * an Italian browser reading the English catalog gets English dates beside English words.
 */
export function uiLocale(): string {
  const catalog = lookup('locale', []);
  const ui = api()?.getUILanguage?.() ?? '';
  return ui && ui.toLowerCase().split(/[-_]/)[0] === catalog.toLowerCase().split(/[-_]/)[0] ? ui.replace('_', '-') : catalog;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralSets = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = pluralSets.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    pluralSets.set(locale, r);
  }
  return r;
}

/** A number as the reader writes it ("12,345", "12 345", "12.345"). */
export function formatNumber(n: number): string {
  const locale = uiLocale();
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** A share as a percentage in the reader's notation ("45 %" in French). */
export function formatPercent(whole: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(whole / 100);
}

/** Marks an extension page as written in the reader's language (screen readers, hyphenation, quotes). */
export function markDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
}

/** The language's opening and closing quotation marks (from the "quoted" message), for text wrapped around markup. */
export function quoteMarks(): [string, string] {
  const [open = '“', close = '”'] = t('quoted', '\u0001').split('\u0001');
  return [open, close];
}
