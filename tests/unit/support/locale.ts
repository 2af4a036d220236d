// Stands in for the browser's i18n API in unit tests (happy-dom has none): the catalog of one
// language from _locales/, with the browser's rules (a key the language lacks falls back to English,
// placeholders as src/shared/i18n.ts formats them). Without it, t() answers in English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, formatMessage, type I18nApi } from '../../../src/shared/i18n';

export const LOCALES_DIR = join(import.meta.dirname, '../../../_locales');

export const localeNames = (): string[] => readdirSync(LOCALES_DIR).sort();

export function readCatalog(lang: string): Catalog {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalog;
}

type WithChrome = { chrome?: { i18n?: I18nApi } };

/** Makes t() answer in `lang` (a folder of _locales/, e.g. "fr") as the browser with that UI language would; returns the undo. */
export function useBrowserLocale(lang: string, uiLanguage = lang): () => void {
  const own = readCatalog(lang);
  const en = readCatalog('en');
  const g = globalThis as WithChrome;
  const before = g.chrome;
  g.chrome = {
    i18n: {
      getMessage: (key, subs) => {
        const entry = own[key] ?? en[key];
        return entry ? formatMessage(entry, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]) : '';
      },
      getUILanguage: () => uiLanguage,
    },
  };
  return () => {
    g.chrome = before;
  };
}
