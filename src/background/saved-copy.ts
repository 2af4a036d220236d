// The saved copy's side of the background: each visit (and each save) of a saved article keeps its
// version and says what changed; the library reads copies, their history and their size.
import type { Analysis, ArticleText } from '../analysis/types';
import type { ArticleMeta } from '../extraction/types';
import { changeSummary, versionOf } from '../saved-copy';
import type { SavedCopyView } from '../shared/messages';
import { logFailure } from '../shared/messaging';
import type { Library } from '../storage';
import type { VisitResult } from '../storage/saved-copies';

/**
 * Keeps this reading of a saved article as its latest version (when its words changed) and returns
 * what changed. `analysis` is the article's own (the reader's corrections are not the article's words).
 * A failure is logged and yields null: a visit never fails because its copy could not be kept.
 */
export async function recordVisit(lib: Library, articleId: string, article: ArticleText, meta: ArticleMeta, analysis: Analysis): Promise<VisitResult | null> {
  try {
    return await lib.copies.record(articleId, versionOf(article, meta, analysis));
  } catch (e) {
    logFailure(`keeping the saved copy of ${articleId}`)(e);
    return null;
  }
}

/** The page's notice, when the article changed. */
export const changedNotice = (visit: VisitResult | null): string | null => (visit?.change?.changed ? changeSummary(visit.change) : null);

export async function savedCopyView(lib: Library, articleId: string, seq?: number): Promise<SavedCopyView | null> {
  const stored = await lib.getArticleWithAnnotations(articleId);
  if (!stored) return null;
  const found = await lib.copies.version(stored.article.id, seq);
  if (!found) return null;
  const history = await lib.copies.versions(stored.article.id);
  return { ...stored, version: found.version, row: found.row, history };
}

