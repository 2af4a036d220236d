// Article extraction: Readability on a clone of the page, then typed text blocks.
// The live document is never touched; offsets map back through dom-text-map.ts.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { TextBlock } from '../analysis/types';
import { collectBlocks } from './blocks';
import { readMeta } from './meta';
import type { ExtractedArticle } from './types';

export const BLOCK_SEPARATOR = '\n\n';

/** Readability's quick check: does this page look like an article at all? */
export function isProbablyArticle(doc: Document): boolean {
  return isProbablyReaderable(doc);
}

export function extractArticle(doc: Document, url?: string): ExtractedArticle | null {
  // Readability mutates the document it is given: always hand it a deep clone.
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 200 }).parse();
  } catch (e) {
    // A crash is not "no article here": the caller tells the reader it could not read the page.
    throw new Error(`Readability could not read this page (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  if (!parsed?.content) return null;
  const raw = collectBlocks(parsed.content);
  // The byline may survive as a paragraph; it is not article text.
  const byline = parsed.byline?.replace(/\s+/g, ' ').trim();
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const b of raw) {
    if (byline && b.text === byline) continue;
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ kind: b.kind, start: offset, end: offset + b.text.length });
    parts.push(b.text);
    offset += b.text.length;
  }
  if (!blocks.length) return null;
  const text = parts.join(BLOCK_SEPARATOR);
  const meta = readMeta(
    doc,
    { title: parsed.title, byline: parsed.byline, siteName: parsed.siteName, publishedTime: parsed.publishedTime, lang: parsed.lang },
    url,
  );
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return { title: meta.title, text, blocks, meta, wordCount };
}
