// What is analysed and sent on per page: the article cut to the size limit, the analysis cut to
// the quotation and mention limits, and the message that tells the reader either happened.
import type { Analysis, ArticleText } from '../analysis/types';
import { LIMITS } from '../shared/limits';
import type { AnalysisOutcome, StoppedEarly } from '../shared/messages';

/** The article cut to the size limit, and what the reader is told when it was cut. */
export function clipArticle(article: ArticleText): { article: ArticleText; stopped: StoppedEarly | null } {
  if (typeof article?.text !== 'string' || !Array.isArray(article.blocks)) throw new Error('malformed article text');
  const max = LIMITS.article;
  if (article.text.length <= max) return { article, stopped: null };
  const text = article.text.slice(0, max);
  const blocks = article.blocks.filter((b) => b.end <= max);
  const stopped: StoppedEarly = {
    reason: 'too-long',
    message: `Quotelight analysed only the first ${max.toLocaleString('en')} characters of this article (it has ${article.text.length.toLocaleString('en')}): that is its limit on article text.`,
    parts: [{ reason: 'too-long', limit: max, length: article.text.length }],
  };
  return { article: { ...article, text, blocks }, stopped };
}

/**
 * Quotations and actor mentions sent on per page. A long article has a few hundred; a page of
 * 100,000 tiny quotations would otherwise send tens of megabytes through every message that
 * carries its analysis, holding up the library's saves for seconds. The worker cuts it before its
 * own reply: that reply is read on the main thread the extension's pages share (the library's too).
 */
export const MAX_QUOTES = 5_000;
export const MAX_MENTIONS = 20_000;

/**
 * The analysis as the extension sends it on: without quotations of kind 'other' (titles, scare
 * quotes: not speech, and nothing in the extension shows them), cut to the first MAX_QUOTES
 * quotations and MAX_MENTIONS mentions, and what the reader is told when it was cut.
 */
export function capAnalysis(full: Analysis): AnalysisOutcome {
  const analysis = full.quotes.some((q) => q.kind === 'other') ? { ...full, quotes: full.quotes.filter((q) => q.kind !== 'other') } : full;
  const mentionCount = analysis.actors.reduce((n, a) => n + a.mentions.length, 0);
  if (analysis.quotes.length <= MAX_QUOTES && mentionCount <= MAX_MENTIONS) return { analysis, stopped: null };
  const quotes = analysis.quotes.slice(0, MAX_QUOTES);
  let actors = analysis.actors;
  if (mentionCount > MAX_MENTIONS) {
    // The first mentions in the text are kept, whichever actors they belong to.
    const starts = analysis.actors.flatMap((a) => a.mentions.map((m) => m.start)).sort((x, y) => x - y);
    const cutoff = starts[MAX_MENTIONS]!;
    actors = analysis.actors.map((a) => ({ ...a, mentions: a.mentions.filter((m) => m.start < cutoff) })).filter((a) => a.mentions.length > 0);
  }
  const n = (x: number) => x.toLocaleString('en');
  return {
    analysis: { quotes, actors },
    stopped: {
      reason: 'too-many',
      message: `This page has ${n(analysis.quotes.length)} quotations and ${n(mentionCount)} mentions of names: Quotelight shows the first ${n(Math.min(MAX_QUOTES, analysis.quotes.length))} and ${n(Math.min(MAX_MENTIONS, mentionCount))}, its limit per page.`,
      parts: [
        { reason: 'too-many', quotes: analysis.quotes.length, mentions: mentionCount, shownQuotes: Math.min(MAX_QUOTES, analysis.quotes.length), shownMentions: Math.min(MAX_MENTIONS, mentionCount) },
      ],
    },
  };
}

/** Both reasons an analysis covers less than the page, as one. */
export function bothStopped(a: StoppedEarly | null, b: StoppedEarly | null): StoppedEarly | null {
  return a && b ? { reason: a.reason, message: `${a.message} ${b.message}`, parts: [...(a.parts ?? []), ...(b.parts ?? [])] } : (a ?? b);
}
