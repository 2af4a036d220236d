// What the page says it is, read from the DOM the extraction reads: schema.org types (JSON-LD and
// microdata) and Open Graph's og:type. Only the page's own main entity counts: an Article listed in
// an ItemList or a CollectionPage's parts is a teaser, not what the page is.
import { walkJsonLd } from './json-ld';
export type Declared = 'schema-article' | 'og-article' | 'listing' | null;

// schema.org's Article and its subtypes (NewsArticle, ReportageNews, BlogPosting, LiveBlogPosting, …).
const ARTICLE_TYPE = /^(\w*Article|ReportageNews|\w*NewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review)$/i;
// Pages that list other pages, or a person's profile.
const LISTING_TYPE = /^(CollectionPage|SearchResultsPage|ProfilePage|ItemList)$/i;
// Where a JSON-LD node names what the page is; itemListElement, hasPart and the like name other pages.
const MAIN_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage'];

const typeNames = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));

function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  walkJsonLd(doc, (o) => out.push(...typeNames(o['@type'])), { maxDepth: 4, children: (o) => MAIN_KEYS.map((k) => o[k]) });
  return out;
}

/** Types of top-level microdata items (an item inside another item is a part of it, such as a teaser). */
function microdataTypes(doc: Document): string[] {
  const items = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).filter((el) => !el.parentElement?.closest('[itemscope]'));
  return items.flatMap((el) => typeNames((el.getAttribute('itemtype') ?? '').split(/\s+/)));
}

/** What the page declares itself to be; schema.org over og:type, which some sites stamp on every page. */
export function declaredType(doc: Document): Declared {
  const md = microdataTypes(doc);
  const schema = [...jsonLdTypes(doc), ...md];
  // Several top-level Article items side by side are a list of stories.
  if (md.filter((t) => ARTICLE_TYPE.test(t)).length >= 3) return 'listing';
  if (schema.some((t) => ARTICLE_TYPE.test(t))) return 'schema-article';
  if (schema.some((t) => LISTING_TYPE.test(t))) return 'listing';
  const og = (doc.querySelector('meta[property="og:type"]') ?? doc.querySelector('meta[name="og:type"]'))?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article') return 'og-article';
  if (og === 'profile') return 'listing';
  return null;
}

/** Characters of the body's text outside scripts and styles: the page's size, measured alike on the live page and a parsed one. */
export function pageTextChars(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let n = body.textContent?.length ?? 0;
  // Neither nests elements (noscript is text with scripting on), so each character is subtracted once.
  for (const el of Array.from(body.querySelectorAll('script, style, noscript'))) n -= el.textContent?.length ?? 0;
  return Math.max(0, n);
}
