// Runs the pure analysis off the page's main thread: the content script only extracts and paints.
import { analyze } from '../analysis/analyze';
import type { Analysis, ArticleText } from '../analysis/types';

/** Article text beyond this is not analysed: a hostile or broken page must not stall the worker. */
export const MAX_ANALYSED_CHARS = 2_000_000;

export function runAnalysis(article: ArticleText): Analysis {
  if (typeof article?.text !== 'string' || !Array.isArray(article.blocks)) throw new Error('malformed article text');
  if (article.text.length <= MAX_ANALYSED_CHARS) return analyze(article);
  const text = article.text.slice(0, MAX_ANALYSED_CHARS);
  const blocks = article.blocks.filter((b) => b.end <= MAX_ANALYSED_CHARS);
  return analyze({ ...article, text, blocks });
}
