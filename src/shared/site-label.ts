// How an article's site is named to the reader: the outlet's own name (og:site_name, JSON-LD
// publisher, kept in the article record), else its host without "www.". A "name" that is a generic
// word (AP's pages say "Hosted") names no outlet, so the host is shown instead.
const GENERIC = new Set(['hosted', 'home', 'homepage', 'news', 'website', 'site', 'web', 'blog', 'article', 'articles', 'online', 'index', 'page', 'default', 'untitled']);

/** The readable host of an article id (a normalized URL): "www." dropped; '' when it is no URL. */
export function readableHost(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : '';
}

/** The outlet's name as shown: the stored site unless it is a host, blank or a generic word. */
export function siteLabel(site: string | null | undefined, articleId: string): string {
  const s = site?.trim() ?? '';
  const host = readableHost(articleId);
  if (!s || GENERIC.has(s.toLowerCase())) return host || s;
  // A site stored as the host itself (the page gave no name) reads better without "www.".
  return s.replace(/^www\./i, '');
}
