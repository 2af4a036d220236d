// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { languageClaims, primarySubtag } from '../../../src/extraction/language-claims';

function page(html: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html ${html}><head>${head}</head><body><p>x</p></body></html>`, 'text/html');
}

describe('languageClaims', () => {
  it('reads <html lang>, og:locale, JSON-LD inLanguage and Content-Language, in that order, once each', () => {
    const doc = page(
      'lang="de-AT"',
      `<meta property="og:locale" content="fr_FR"><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"es-ES","publisher":{"inLanguage":{"alternateName":"pt"}}}</script><meta http-equiv="Content-Language" content="de">`,
    );
    expect(languageClaims(doc).claims).toEqual(['de', 'fr', 'es', 'pt']);
  });

  it('skips malformed JSON-LD and what is not a language ("utf-8", "und")', () => {
    const doc = page('', `<script type="application/ld+json">{not json</script><meta name="language" content="utf-8"><meta property="og:locale" content="und">`);
    expect(languageClaims(doc).claims).toEqual([]);
  });
});

describe('primarySubtag', () => {
  it('keeps the primary subtag of a BCP 47 or POSIX tag', () => {
    expect(['en-GB', 'pt_BR', 'FR', 'French', ''].map(primarySubtag)).toEqual(['en', 'pt', 'fr', null, null]);
  });
});
