// Extraction off the page's main thread, the worker's side: the page's snapshot (page-snapshot.ts)
// is read back into a DOM with the CLI's parser and extracted there, the same way the CLI does, so
// the page's thread only serialises and later maps offsets back (dom-text-map.ts): a long page
// never stalls scrolling or typing while Readability runs. The CLI reads a saved page through this
// same function (snapshotOfHtml), so "is this an article?" is decided once, alike in both.
import { articleVerdict, type ArticleVerdict, type ExtractionNotice, extractionNotice, tooLargeToRead } from './article-verdict';
import { type ReadOptions, readArticle } from './extract-article';
import { htmlDocument } from './html-document';
import type { PageSnapshot, ReadScope } from './page-snapshot';
import { declaredType, pageTextChars } from './page-signals';
import type { ExtractedArticle } from './types';
import { bodyWords, proseWords, wholePageArticle, wholePageBlocks } from './whole-page';

export interface SnapshotExtraction {
  /** False when the page does not look like an article (and force was not set): nothing was extracted. */
  isArticle: boolean;
  article: ExtractedArticle | null;
  /** Why it is, or is not, an article. */
  verdict: ArticleVerdict;
  /** Set when the chosen text looks wrong (far shorter than the page's text): the reader is told. */
  notice: ExtractionNotice | null;
  /** What `article` is: the article found, or the page's whole text. */
  scope: ReadScope;
}

/** Runs in the extension's worker (or the CLI): the snapshot's article, as the page's own DOM would give it. */
export function extractSnapshot(snapshot: PageSnapshot, options: ReadOptions = {}): SnapshotExtraction {
  if (typeof snapshot?.html !== 'string' || typeof snapshot.url !== 'string') throw new Error('malformed page snapshot');
  return extractFromDocument(htmlDocument(snapshot.html), snapshot, options);
}

/** extractSnapshot on a document already parsed from the snapshot (the ablation parses each page once). */
export function extractFromDocument(doc: Document, snapshot: PageSnapshot, options: ReadOptions = {}): SnapshotExtraction {
  const force = snapshot.force === true;
  const pageChars = pageTextChars(doc);
  if (snapshot.scope === 'page') {
    if (tooLargeToRead(pageChars, force)) return refused(articleVerdict({ force, pageChars, declared: null, chosen: null }), 'page');
    const article = wholePageArticle(doc, snapshot.url);
    return { isArticle: true, article, verdict: { isArticle: true, reason: 'forced' }, notice: null, scope: 'page' };
  }
  // A page too large to read is refused before Readability runs on it.
  const read = tooLargeToRead(pageChars, force) ? null : readArticle(doc, snapshot.url, options);
  const chosen = read && { bodyWords: bodyWords(read.blocks), proseWords: proseWords(read.blocks), teaserLinks: read.teaserLinks };
  const verdict = articleVerdict({ force, pageChars, declared: declaredType(doc), chosen });
  if (!verdict.isArticle) return refused(verdict, 'article');
  const notice = chosen ? extractionNotice(chosen.proseWords, proseWords(wholePageBlocks(doc))) : null;
  return { isArticle: true, article: read?.article ?? null, verdict, notice, scope: 'article' };
}

const refused = (verdict: ArticleVerdict, scope: ReadScope): SnapshotExtraction => ({ isArticle: false, article: null, verdict, notice: null, scope });
