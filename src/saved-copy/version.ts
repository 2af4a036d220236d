// The version of an article kept in its saved copy, from what extraction and analysis made of it.
import type { Analysis, ArticleText } from '../analysis/types';
import type { ArticleMeta } from '../extraction/types';
import type { ArticleVersion } from './types';

export function versionOf(article: ArticleText, meta: Pick<ArticleMeta, 'title' | 'byline' | 'published' | 'lang'>, analysis: Analysis): ArticleVersion {
  return {
    title: article.title || meta.title,
    byline: meta.byline,
    published: meta.published,
    lang: article.lang ?? meta.lang,
    text: article.text,
    blocks: article.blocks.map(({ kind, start, end }) => ({ kind, start, end })),
    // A title or a scare quote is nobody's words: only statements are followed across versions.
    quotes: analysis.quotes.filter((q) => q.kind !== 'other').map(({ start, end, speaker }) => ({ start, end, speaker })),
    actors: analysis.actors.map(({ name, type, mentions }) => ({ name, type, mentions: mentions.map((m): [number, number] => [m.start, m.end]) })),
  };
}
