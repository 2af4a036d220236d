// CLI: analyse one saved page through the same extraction the extension uses.
//   npm run analyze -- PAGE.html   → JSON {title, meta, text, quotes, actors, blocks} on stdout
import { readFileSync } from 'node:fs';
import { htmlDocument } from './html-document';
import { analyze } from '../analysis/analyze';
import { bodyText, extractArticle } from '../extraction/extract-article';

function main(argv: string[]): number {
  const path = argv[0];
  if (!path) {
    process.stderr.write('usage: analyze PAGE.html\n');
    return 1;
  }
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`analyze: cannot read ${path}: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  const document = htmlDocument(html);
  let article: ReturnType<typeof extractArticle>;
  let result: ReturnType<typeof analyze>;
  try {
    article = extractArticle(document, path);
    result = article ? analyze(article) : { quotes: [], actors: [] };
  } catch (e) {
    // A page that breaks extraction or analysis is a bug to report, but the run still yields JSON.
    process.stderr.write(`analyze: ${path}: ${(e as Error).message.split('\n')[0]}\n`);
    article = null;
    result = { quotes: [], actors: [] };
  }
  if (!article) {
    process.stdout.write(`${JSON.stringify({ title: document.title ?? '', text: '', quotes: [], actors: [], blocks: [] })}\n`);
    return 0;
  }
  // `text` is the body as the reader reads it; `blocks` are every block the analysis saw, with its kind.
  const blocks = article.blocks.map((b) => ({ ...b, text: article.text.slice(b.start, b.end) }));
  const out = { title: article.title, meta: article.meta, text: bodyText(article), quotes: result.quotes, actors: result.actors, blocks };
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
