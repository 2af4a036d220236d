import type { ArticleText } from '../analysis/types';
import type { Fallback } from './fallback';

/** Metadata the page states about itself; every field may be missing on a real page. */
export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

/** What extraction hands to analysis (ArticleText) plus what the page code needs to map offsets back. */
export interface ExtractedArticle extends ArticleText {
  meta: ArticleMeta;
  wordCount: number;
  /** Set when the text is not Readability's choice: which text was taken instead, and why. */
  fallback?: Fallback;
}
