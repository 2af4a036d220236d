// Extraction off the page's main thread. The content script takes a snapshot of the live document
// (its serialised HTML: one native call) and a worker reads it back into a DOM and extracts there,
// the same way the CLI does. The page's thread only serialises, and later maps offsets back
// (dom-text-map.ts), so a long page never stalls scrolling or typing while Readability runs.
import { extractArticle, isProbablyArticle } from './extract-article';
import { htmlDocument } from './html-document';
import type { ExtractedArticle } from './types';

/** What the content script sends: the live page as HTML, where it is, and whether the reader asked to read it anyway. */
export interface PageSnapshot {
  html: string;
  url: string;
  /** Skip the "does this look like an article?" check (the reader's "Analyse anyway"). */
  force: boolean;
}

export interface SnapshotExtraction {
  /** False when the page does not look like an article (and force was not set): nothing was extracted. */
  isArticle: boolean;
  article: ExtractedArticle | null;
}

/** The doctype as the page declared it: it decides quirks mode, which changes how the HTML parses. */
function doctypeOf(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  const pub = dt.publicId ? ` PUBLIC "${dt.publicId}"` : '';
  const sys = dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : '';
  return `<!DOCTYPE ${dt.name}${pub}${sys}>`;
}

/**
 * The live document as HTML, as it is now (late paragraphs included). Parsing it again gives the
 * tree the page has: <noscript> stays text (both sides parse with scripting on), <template>
 * contents stay out, and shadow trees (the extension's own overlay) are not serialised.
 */
export function takeSnapshot(doc: Document, force = false): PageSnapshot {
  return { html: doctypeOf(doc) + (doc.documentElement?.outerHTML ?? ''), url: doc.location?.href ?? '', force };
}

/** Runs in the extraction worker (or the CLI): the snapshot's article, as the page's own DOM would give it. */
export function extractSnapshot(snapshot: PageSnapshot): SnapshotExtraction {
  if (typeof snapshot?.html !== 'string' || typeof snapshot.url !== 'string') throw new Error('malformed page snapshot');
  const doc = htmlDocument(snapshot.html);
  if (!snapshot.force && !isProbablyArticle(doc)) return { isArticle: false, article: null };
  return { isArticle: true, article: extractArticle(doc, snapshot.url) };
}
