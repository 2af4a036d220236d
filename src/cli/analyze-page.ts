// One saved page through the same extraction and analysis the extension uses, as the CLI prints it.
import { type AnalyzeOptions, analyze } from '../analysis/analyze';
import { bodyText, extractArticle } from '../extraction/extract-article';
import { speakerString } from '../shared/speaker-value';
import { htmlDocument } from '../extraction/html-document';

/** The analysis of one page as the CLI prints it. */
export function analyzePage(html: string, path: string, options: AnalyzeOptions = {}): Record<string, unknown> {
  const document = htmlDocument(html);
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
  if (!article) return { title: document.title ?? '', text: '', quotes: [], actors: [], blocks: [] };
  // `text` is the body as the reader reads it; `blocks` are every block the analysis saw, with its kind.
  const blocks = article.blocks.map((b) => ({ ...b, text: article.text.slice(b.start, b.end) }));
  // The scorer's JSON keeps speakers as strings: a name, "unnamed: …", or null.
  const quotes = result.quotes.map((q) => ({ ...q, speaker: speakerString(q.speaker) }));
  return { title: article.title, meta: article.meta, text: bodyText(article), quotes, actors: result.actors, blocks };
}

