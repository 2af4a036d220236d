// Article extraction: Readability on a clone of the page, typed text blocks from its output, then
// block-level boilerplate removal with the page's own hints. The live document is never touched;
// offsets map back through dom-text-map.ts.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { TextBlock } from '../analysis/types';
import { collectBlocks } from './blocks';
import { BODY_KINDS, cleanBlocks } from './boilerplate';
import { jsonLdArticleBody, markMicrodataBody } from './hints';
import { articleLanguage } from '../analysis/lang/detect';
import { languageClaims } from './language-claims';
import { readMeta } from './meta';
import { collapseSpaces } from './normalize';
import type { ExtractedArticle } from './types';

export const BLOCK_SEPARATOR = '\n\n';

/** Readability's quick check: does this page look like an article at all? */
export function isProbablyArticle(doc: Document): boolean {
  return isProbablyReaderable(doc);
}

export function extractArticle(doc: Document, url?: string): ExtractedArticle | null {
  // Readability mutates the document it is given: always hand it a deep clone.
  const clone = doc.cloneNode(true) as Document;
  markMicrodataBody(clone);
  const articleBody = jsonLdArticleBody(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // Classes stay: blocks.ts reads them (caption, byline, share, related…).
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 200, keepClasses: true }).parse();
  } catch (e) {
    // A crash is not "no article here": the caller tells the reader it could not read the page.
    throw new Error(`Readability could not read this page (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  if (!parsed?.content) return null;
  const meta = readMeta(
    doc,
    { title: parsed.title, byline: parsed.byline, siteName: parsed.siteName, publishedTime: parsed.publishedTime, lang: parsed.lang },
    url,
  );
  const raw = cleanBlocks(collectBlocks(parsed.content), {
    titles: [meta.title, parsed.title ?? '', collapseSpaces(doc.querySelector('h1')?.textContent ?? '')],
    bylines: [parsed.byline ?? '', meta.byline ?? ''],
    articleBody,
  });
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const b of raw) {
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ kind: b.kind, start: offset, end: offset + b.text.length });
    parts.push(b.text);
    offset += b.text.length;
  }
  if (!blocks.some((b) => BODY_KINDS.has(b.kind))) return null;
  const text = parts.join(BLOCK_SEPARATOR);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const lang = articleLanguage(languageClaims(doc, parsed.lang).claims, bodyText({ text, blocks })).lang;
  return { title: meta.title, text, blocks, meta, wordCount, lang };
}

/** The article's body as the reader reads it: body blocks only (no captions, credits, bylines, dates), blank-line separated. */
export function bodyText(article: Pick<ExtractedArticle, 'text' | 'blocks'>): string {
  return article.blocks
    .filter((b) => BODY_KINDS.has(b.kind))
    .map((b) => article.text.slice(b.start, b.end))
    .join(BLOCK_SEPARATOR);
}
