import type { ArticleText } from '../analysis/types';

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
}
