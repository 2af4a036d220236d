// What a page says about where its article is: schema.org's articleBody, given as JSON-LD text
// or as a microdata element (itemprop=articleBody). Both are hints, never the text itself: the
// article must be text the page shows, so highlights can be painted on it.
import { walkJsonLd } from './json-ld';
import { collapseSpaces } from './normalize';

/** Marks the element Readability's output is checked against (survives Readability: data-* is kept). */
export const BODY_HINT_ATTR = 'data-ql-body';

const ARTICLE_TYPES = /article|posting|report|blog|review|creativework|webpage/i;

/** The longest schema.org articleBody (or text of an Article) in the page's JSON-LD, or null. */
export function jsonLdArticleBody(doc: Document): string | null {
  let best: string | null = null;
  walkJsonLd(doc, (o) => {
    const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : String(o['@type'] ?? '');
    for (const key of ['articleBody', 'text']) {
      const body = o[key];
      if (typeof body !== 'string' || (key === 'text' && !ARTICLE_TYPES.test(type))) continue;
      const t = collapseSpaces(body);
      if (t.length > (best?.length ?? 0)) best = t;
    }
  });
  return best;
}

/**
 * Marks the page's microdata article body in `doc` (a clone Readability will read) and returns it.
 * Only a single, substantial element counts: several articleBody elements are a listing page.
 */
export function markMicrodataBody(doc: Document): Element | null {
  const found = Array.from(doc.querySelectorAll('[itemprop]')).filter((el) =>
    (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).includes('articlebody'),
  );
  const bodies = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  if (bodies.length !== 1) return null;
  const el = bodies[0]!;
  if (collapseSpaces(el.textContent ?? '').length < 200) return null;
  el.setAttribute(BODY_HINT_ATTR, '');
  return el;
}
