// What a page says its language is: <html lang>, og:locale, JSON-LD inLanguage, the
// Content-Language meta. Claims, not facts: templates keep "en" on pages in other languages,
// so the article text has the last word (src/analysis/lang/detect.ts).
import { walkJsonLd } from './json-ld';

export interface LanguageClaims {
  /** Primary subtags ("fr" from "fr-FR", "fr_FR"), in the order of trust: html, og:locale, JSON-LD, meta. */
  claims: string[];
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code Unicode knows ("utf" from a misplaced "utf-8" is not one; "und" says nothing). */
function isLanguage(code: string): boolean {
  try {
    return code !== 'und' && NAMES.of(code) !== code;
  } catch {
    return false;
  }
}

/** "fr-FR", "fr_FR", "FR" → "fr"; null for what is not a language tag. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  const code = m?.[1]?.toLowerCase();
  return code && isLanguage(code) ? code : null;
}

/** Every inLanguage (a string, or { alternateName | name }) in the page's JSON-LD. */
function jsonLdLanguages(doc: Document): string[] {
  const out: string[] = [];
  walkJsonLd(doc, (o) => {
    const lang = o.inLanguage;
    if (typeof lang === 'string') out.push(lang);
    else if (lang && typeof lang === 'object') {
      const l = lang as Record<string, unknown>;
      if (typeof l.alternateName === 'string') out.push(l.alternateName);
    }
  });
  return out;
}

export function languageClaims(doc: Document, readabilityLang?: string | null): LanguageClaims {
  const raw = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    readabilityLang,
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    ...jsonLdLanguages(doc),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[name="language" i]')?.getAttribute('content'),
  ];
  const claims: string[] = [];
  for (const r of raw) {
    const p = primarySubtag(r);
    if (p && !claims.includes(p)) claims.push(p);
  }
  return { claims };
}
