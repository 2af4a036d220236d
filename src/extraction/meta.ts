// Page metadata: what the page says about itself, preferring explicit meta tags.
import type { ArticleMeta } from './types';
import { collapseSpaces } from './normalize';

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content');
    if (v?.trim()) return collapseSpaces(v);
  }
  return null;
}

/** "Headline - Site Name" → "Headline": strip a trailing site suffix from <title>. */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const first = parts[0] ?? title;
  // Only strip when the head is substantial; short heads are usually a section name.
  return first.split(/\s+/).length >= 3 ? first : title;
}

export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

export function readMeta(doc: Document, hints: ReadabilityHints, url?: string): ArticleMeta {
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
  const h1Text = h1 ? collapseSpaces(h1.textContent ?? '') : '';
  const docTitle = collapseSpaces(doc.querySelector('title')?.textContent ?? '');
  const title =
    metaContent(doc, 'og:title', 'twitter:title') ?? (h1Text || null) ?? (docTitle ? stripSiteSuffix(docTitle) : null) ?? hints.title ?? '';
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url') ?? url ?? null;
  const timeEl = doc.querySelector('time[datetime]');
  return {
    title,
    byline: hints.byline ? collapseSpaces(hints.byline) : metaContent(doc, 'author', 'article:author'),
    siteName: metaContent(doc, 'og:site_name') ?? hints.siteName ?? null,
    published:
      metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date') ??
      hints.publishedTime ??
      timeEl?.getAttribute('datetime') ??
      null,
    lang: doc.documentElement?.getAttribute('lang') || hints.lang || null,
    canonicalUrl: canonical || null,
  };
}
