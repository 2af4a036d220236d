// The page's whole text as blocks, for when Readability's choice looks wrong (a print footer, one
// box of a long page): every text block of the body that the boilerplate rules keep, in page order.
// The same blocks measure "the page's main text" that the extraction is compared with
// (article-verdict.ts), so the reader's "Analyse the whole page" gets exactly the text counted.
import { collectBlocks, type RawBlock } from './blocks';
import { BODY_KINDS, cleanBlocks } from './boilerplate';
import { articleFromBlocks } from './extract-article';
import { jsonLdArticleBody } from './hints';
import { readMeta } from './meta';
import { collapseSpaces } from './normalize';
import { wordsIn } from './text-units';
import type { ExtractedArticle } from './types';

/** The body's text blocks, cleaned as an extracted article's are (menus, share lines and link lists dropped). */
export function wholePageBlocks(doc: Document): RawBlock[] {
  if (!doc.body) return [];
  const meta = readMeta(doc, {});
  return cleanBlocks(collectBlocks(doc.body), {
    titles: [meta.title, collapseSpaces(doc.querySelector('h1')?.textContent ?? '')],
    bylines: [meta.byline ?? ''],
    articleBody: jsonLdArticleBody(doc),
  });
}

/** Words of running text among blocks: paragraphs and block quotes that are not mostly links. */
export function proseWords(blocks: readonly RawBlock[]): number {
  let n = 0;
  for (const b of blocks) if ((b.kind === 'paragraph' || b.kind === 'blockquote') && b.linkShare < 0.5) n += wordsIn(b.text);
  return n;
}

/** Words of the blocks the reader reads as the body (headings, paragraphs, quotes, list items). */
export function bodyWords(blocks: readonly RawBlock[]): number {
  let n = 0;
  for (const b of blocks) if (BODY_KINDS.has(b.kind)) n += wordsIn(b.text);
  return n;
}


/** The whole page as the article: what "Analyse the whole page" analyses. */
export function wholePageArticle(doc: Document, url?: string, blocks = wholePageBlocks(doc)): ExtractedArticle | null {
  return articleFromBlocks(blocks, readMeta(doc, {}, url), doc);
}
