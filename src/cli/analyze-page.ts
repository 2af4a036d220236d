// One saved page through the same extraction and analysis the extension uses, as the CLI prints it.
import { parseHTML } from 'linkedom';
import { type AnalyzeOptions, analyze } from '../analysis/analyze';
import { extractArticle } from '../extraction/extract-article';

/** The analysis of one page as the CLI prints it. */
export function analyzePage(html: string, path: string, options: AnalyzeOptions = {}): Record<string, unknown> {
  // linkedom stands in for the browser's Document; the DOM types differ only nominally.
  const { document } = parseHTML(html) as unknown as { document: Document };
  let article: ReturnType<typeof extractArticle>;
  let result: ReturnType<typeof analyze>;
  try {
    article = extractArticle(document, path);
    result = article ? analyze(article, options) : { quotes: [], actors: [] };
  } catch (e) {
    // A page that breaks extraction or analysis is a bug to report, but the run still yields JSON.
    process.stderr.write(`analyze: ${path}: ${(e as Error).message.split('\n')[0]}\n`);
    article = null;
    result = { quotes: [], actors: [] };
  }
  if (!article) return { title: document.title ?? '', quotes: [], actors: [] };
  return {
    title: article.title,
    meta: article.meta,
    quotes: result.quotes,
    actors: result.actors,
    blocks: process.env.QL_BLOCKS ? article.blocks.map((b) => ({ ...b, text: article.text.slice(b.start, b.end) })) : undefined,
  };
}

