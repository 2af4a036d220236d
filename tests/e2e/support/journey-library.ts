// The library page as the journey (tests/e2e/journey.e2e.ts) reads and drives it. Functions below the
// line run in the library page and must be self-contained (they are sent as source).

export { csvRecords, parseCsv } from '../../shared/csv-reader';

// ---------- evaluated in the library page ----------

/** The status line's text, or null. */
export function statusText(): string | null {
  return document.querySelector('[data-testid="status"]')?.textContent ?? null;
}

/** The articles listed: title, site, counts and URL. */
export function listedArticles(): { title: string; site: string; counts: string; url: string }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-testid="article"]')].map((li) => ({
    title: li.querySelector('.title')?.textContent ?? '',
    site: li.querySelector('.site')?.textContent ?? '',
    counts: li.querySelector('[data-testid="counts"]')?.textContent ?? '',
    url: li.dataset.url ?? '',
  }));
}

/** The search's hits as shown, once it has answered `query`: each hit's text and its article's heading. */
export function searchHits(query: string): { answered: boolean; hits: string[]; groups: string[] } {
  const results = document.querySelector('[data-testid="search-results"]');
  return {
    answered: results?.getAttribute('data-answered') === query && results.getAttribute('aria-busy') === 'false',
    hits: [...document.querySelectorAll('[data-testid="search-results"] [data-testid="hit"]')].map((h) => h.textContent ?? ''),
    groups: [...document.querySelectorAll('[data-testid="search-results"] [data-testid="hit-group"] h3')].map((h) => h.textContent ?? ''),
  };
}

/** In the article detail: each speaker group's name and the quotes under it. */
export function detailSpeakers(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of document.querySelectorAll('[data-testid="article-detail"] .speaker-group')) {
    const name = g.querySelector('.speaker-name')?.textContent ?? '';
    out[name] = [...g.querySelectorAll('.quote-text')].map((q) => q.textContent ?? '');
  }
  return out;
}

/** Clicks the button matching `selector` inside the listed article whose URL is `url`. */
export function clickInArticle(arg: { url: string; selector: string }): boolean {
  const li = [...document.querySelectorAll<HTMLElement>('[data-testid="article"]')].find((l) => l.dataset.url === arg.url);
  const button = li?.querySelector<HTMLElement>(arg.selector);
  button?.click();
  return button !== undefined && button !== null;
}
