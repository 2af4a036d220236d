// Looks up quotes in the live quotes-across index and names the articles they were found in.
import type { QuoteElsewhere, QuotesElsewhere } from '../shared/quotes-elsewhere';
import type { Library } from './library';

/** Matches shown per quote, the closest first (a statement quoted everywhere still fits a card). */
export const MATCHES_PER_QUOTE = 20;

export interface QuoteToMatch {
  key: string;
  text: string;
}

/**
 * Each quote's matches in articles other than `articleId` (null: compare with every article). With
 * `wait: false`, an index still being built answers nothing rather than hold the caller up.
 */
export async function quotesElsewhere(lib: Library, quotes: readonly QuoteToMatch[], articleId: string | null, { wait = true } = {}): Promise<QuotesElsewhere> {
  const index = wait ? await lib.quoteMatches.ready() : lib.quoteMatches.now();
  if (!index) return {};
  const found = quotes.map((q) => index.lookup(q.text, articleId).slice(0, MATCHES_PER_QUOTE));
  const ids = [...new Set(found.flat().map((m) => m.quote.articleId))];
  const articles = new Map((await lib.db.articles.bulkGet(ids)).filter((a) => a !== undefined).map((a) => [a.id, a]));
  const out: QuotesElsewhere = {};
  quotes.forEach((q, i) => {
    const list: QuoteElsewhere[] = [];
    for (const m of found[i]!) {
      const article = articles.get(m.quote.articleId);
      if (!article) continue; // deleted since the index last heard: nothing to link to
      list.push({
        annotationId: m.quote.id,
        articleId: article.id,
        title: article.title,
        site: article.site,
        published: article.published,
        saved: article.firstSeen,
        speaker: m.quote.speaker,
        text: m.quote.text,
        kind: m.kind,
        diff: m.diff,
        trimmed: m.trimmed,
      });
    }
    if (list.length > 0) out[q.key] = list;
  });
  return out;
}

/** The stored quotes of one article, each with its matches elsewhere, keyed by annotation id. */
export async function storedQuotesElsewhere(lib: Library, articleId: string): Promise<QuotesElsewhere> {
  const rows = await lib.db.annotations.where('articleId').equals(articleId).toArray();
  const quotes = rows.filter((a) => a.kind === 'quote').map((a) => ({ key: a.id, text: a.text }));
  return quotesElsewhere(lib, quotes, articleId);
}
