// Article identity: the same story reached through a newsletter link, a share button or
// a search ad must map to one record, so tracking noise is stripped before it is a key.

const TRACKING_PARAM =
  /^(utm_[a-z0-9_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|li_fat_id|s_cid|cmpid|ocid|ref_src|ref_url|smid|sr_share)$/i;

function parseHttp(url: string, base?: string): URL | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function clean(u: URL): string {
  u.hash = '';
  u.username = '';
  u.password = '';
  for (const key of [...u.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  }
  // URL lower-cases the host and drops default ports itself.
  return u.toString();
}

/** Normalized form of an http(s) URL (see article-id.ts for which URL an article goes by). Throws TypeError otherwise. */
export function normalizeUrl(url: string): string {
  const page = parseHttp(url.trim());
  if (!page) throw new TypeError(`Not an http(s) URL: ${url.slice(0, 200)}`);
  return clean(page);
}

/** An http(s) URL, resolved against `base`, or null. */
export function httpUrl(url: string, base?: string): URL | null {
  return parseHttp(url.trim(), base);
}

/** The origin (scheme, host and port) of an http(s) URL, or null. */
export function originOf(url: string): string | null {
  return parseHttp(url.trim())?.origin ?? null;
}

/** Host of a normalized id, for "site" filters when the page gave no site name. */
export function hostOf(id: string): string {
  return parseHttp(id)?.hostname ?? '';
}
