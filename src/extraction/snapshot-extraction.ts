// Extraction off the page's main thread, the worker's side: the page's snapshot (page-snapshot.ts)
// is read back into a DOM with the CLI's parser and extracted there, the same way the CLI does, so
// the page's thread only serialises and later maps offsets back (dom-text-map.ts): a long page
// never stalls scrolling or typing while Readability runs.
import { extractArticle, isProbablyArticle } from './extract-article';
import { htmlDocument } from './html-document';
import type { PageSnapshot } from './page-snapshot';
import type { ExtractedArticle } from './types';

export interface SnapshotExtraction {
  /** False when the page does not look like an article (and force was not set): nothing was extracted. */
  isArticle: boolean;
  article: ExtractedArticle | null;
}

/** Runs in the extension's worker (or the CLI): the snapshot's article, as the page's own DOM would give it. */
export function extractSnapshot(snapshot: PageSnapshot): SnapshotExtraction {
  if (typeof snapshot?.html !== 'string' || typeof snapshot.url !== 'string') throw new Error('malformed page snapshot');
  const doc = htmlDocument(snapshot.html);
  if (!snapshot.force && !isProbablyArticle(doc)) return { isArticle: false, article: null };
  return { isArticle: true, article: extractArticle(doc, snapshot.url) };
}
