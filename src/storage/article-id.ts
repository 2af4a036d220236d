// Which stored article a page is. A page names itself (its URL); it may *claim* to be another
// URL through <link rel=canonical> or og:url, and that claim is believed only within its own site:
// otherwise any page could become, rename or read an article the reader saved from another site.
import { sameSite } from './site';
import { httpUrl, normalizeUrl } from './url';

/**
 * The article id for a page: its canonical URL when that is an http(s) URL on the same registrable
 * domain, and not the site root claimed by a deeper page (a common CMS bug); else the page's own URL.
 */
export function articleIdFor(pageUrl: string, canonical?: string | null): string {
  const own = normalizeUrl(pageUrl);
  const canon = canonical ? httpUrl(canonical, own) : null;
  if (!canon || !sameSite(canon.href, own)) return own;
  if (canon.pathname === '/' && new URL(own).pathname !== '/') return own;
  return normalizeUrl(canon.href);
}

/** Whether an article id may stand for a page: an alias is only honoured within one site. */
export const mayAlias = (articleId: string, pageUrl: string): boolean => sameSite(articleId, pageUrl);
