// Which stored article a page is. A page names itself (its URL); it may *claim* to be another URL
// through <link rel=canonical> or og:url, and that claim is believed only within its own origin
// (scheme, host and port), the unit the browser itself isolates. "Same site" is not enough: another
// port, http beside https, or a user-content subdomain the Public Suffix List does not know is another
// party that could otherwise become, rename or read an article the reader saved from the real one.
import { httpUrl, normalizeUrl, originOf } from './url';

/**
 * The URL a page's canonical claim stands for, or null when the page may not make it. An https page
 * naming the http URL of its own host and default port means the same page over https (sites that
 * moved to https often left their canonical tags behind); the reverse is refused, since anyone on
 * the network path can write an http page.
 */
function claimedUrl(canonical: string, own: URL): URL | null {
  const canon = httpUrl(canonical, own.href);
  if (!canon) return null;
  if (own.protocol === 'https:' && canon.protocol === 'http:' && canon.host === own.host) canon.protocol = 'https:';
  return canon.origin === own.origin ? canon : null;
}

/**
 * The article id for a page: its canonical URL when that is on the page's own origin, and not the
 * site root claimed by a deeper page (a common CMS bug); else the page's own URL. Either way the id
 * is on the page's origin.
 */
export function articleIdFor(pageUrl: string, canonical?: string | null): string {
  const own = normalizeUrl(pageUrl);
  const page = new URL(own);
  const canon = canonical ? claimedUrl(canonical, page) : null;
  if (!canon) return own;
  if (canon.pathname === '/' && page.pathname !== '/') return own;
  return normalizeUrl(canon.href);
}

/** Whether an article id may stand for a page: an alias is only honoured within one origin. */
export const mayAlias = (articleId: string, pageUrl: string): boolean => {
  const a = originOf(articleId);
  return a !== null && a === originOf(pageUrl);
};
