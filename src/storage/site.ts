// "Same site" the way browsers mean it: the registrable domain (eTLD+1) from the Public Suffix List,
// private suffixes included, so two blogs under github.io or two shops under myshopify.com are two sites.
// Kept out of url.ts so the list (in tldts) is bundled only where article ids are made: the background.
import { getDomain } from 'tldts';

/** The registrable domain of a host name; an IP address, `localhost` or a bare suffix is its own site. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return getDomain(h, { allowPrivateDomains: true, extractHostname: false }) ?? h;
}

/** Whether two http(s) URLs belong to the same site; false for anything unparsable. */
export function sameSite(a: string, b: string): boolean {
  try {
    return registrableDomain(new URL(a).hostname) === registrableDomain(new URL(b).hostname);
  } catch {
    return false;
  }
}
