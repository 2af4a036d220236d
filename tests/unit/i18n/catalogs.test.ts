// Every language says everything English says, with the same placeholders; and t()/tn() follow the
// WebExtension message format and the language's plural rules.
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { formatMessage, formatNumber, t, tn, uiLocale } from '../../../src/shared/i18n';
import { localeNames, readCatalog, useBrowserLocale } from '../support/locale';

const LANGUAGES = ['de', 'en', 'es', 'fr', 'pt'];
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]|\$[A-Za-z0-9_@]+\$/g) ?? [])].sort();
/** A plural form may leave its count out ("this article" for one): $1 is the count in every plural key. */
const comparable = (key: string, m: string) => placeholders(m).filter((p) => !(p === '$1' && /_(zero|one|two|few|many|other)$/.test(key)));
/** A plural form a language may add beyond English's one/other (French "many" for a million). */
const EXTRA_PLURAL = /_(zero|two|few|many)$/;

describe('catalogs', () => {
  const en = readCatalog('en');

  it('has the five languages, English the default', () => {
    expect(localeNames()).toEqual(LANGUAGES);
    expect(manifest.default_locale).toBe('en');
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key with the same placeholders, and nothing else', (lang) => {
    const other = readCatalog(lang);
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(en)) {
      const own = other[key];
      if (!own) problems.push(`missing: ${key}`);
      else if (key !== 'locale' && comparable(key, own.message).join() !== comparable(key, entry.message).join())
        problems.push(`${key}: placeholders ${placeholders(own.message).join(' ') || 'none'}, English has ${placeholders(entry.message).join(' ') || 'none'}`);
      else if (!own.message.trim() && entry.message.trim()) problems.push(`empty: ${key}`);
    }
    for (const key of Object.keys(other)) {
      const base = key.replace(EXTRA_PLURAL, '_other');
      if (!en[key] && !(EXTRA_PLURAL.test(key) && en[base])) problems.push(`not in English: ${key}`);
    }
    expect(problems, `_locales/${lang}/messages.json`).toEqual([]);
    expect(other.locale?.message).toBe(lang);
  });

  it('names the extension and its shortcut through the catalog', () => {
    for (const v of [manifest.name, manifest.description, manifest.commands['highlight-selection'].description]) {
      const key = /^__MSG_(\w+)__$/.exec(v)?.[1];
      expect(key && en[key], v).toBeTruthy();
    }
  });
});

describe('t() and tn()', () => {
  let undo = () => {};
  afterEach(() => undo());

  it('answers in English where the browser has no i18n API', () => {
    expect(t('popup_siteOff', 'example.org')).toBe('Quotelight is off on example.org.');
    expect(tn('count_quotes', 1)).toBe('1 quote');
    expect(tn('count_quotes', 12345)).toBe('12,345 quotes');
    expect(uiLocale()).toBe('en');
  });

  it('follows the WebExtension rules for $1, named placeholders and $$', () => {
    const entry = { message: '$who$ paid $$$1', placeholders: { who: { content: '$2' } } };
    expect(formatMessage(entry, ['5', 'Ana'])).toBe('Ana paid $5');
  });

  it('uses the language of the browser, its plural rules and its way of writing numbers', () => {
    undo = useBrowserLocale('fr');
    expect(t('popup_siteOff', 'example.org')).toBe('Quotelight est désactivé sur example.org.');
    // French counts 0 and 1 as singular.
    expect([tn('count_quotes', 0), tn('count_quotes', 1), tn('count_quotes', 2)]).toEqual(['0 citation', '1 citation', '2 citations']);
    expect(formatNumber(12345)).toBe(new Intl.NumberFormat('fr').format(12345));
    expect(t('quoted', 'Non')).toBe('«\u00a0Non\u00a0»');
  });

  it('keeps a regional UI language for numbers and dates when the catalog is of that language', () => {
    undo = useBrowserLocale('pt', 'pt-BR');
    expect(uiLocale()).toBe('pt-BR');
    undo();
    undo = useBrowserLocale('en', 'it');
    expect(uiLocale()).toBe('en');
  });

  it('says which key is missing, and shows the key rather than nothing', () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      expect(t('no_such_key' as never)).toBe('no_such_key');
    } finally {
      console.error = original;
    }
    expect(String(errors[0]?.[0])).toContain('no message "no_such_key"');
  });
});
