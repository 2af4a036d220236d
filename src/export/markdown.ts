// Markdown for Obsidian: YAML front matter, quotes grouped by speaker, actors, then the
// reader's highlights and notes; every item links back with a text fragment.
import { readerItems } from '../shared/annotations';
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { speakerDisplay } from '../shared/speaker-value';
import { mdBlockquote, mdLine, mdNote, obsidianTag } from './markdown-escape';
import { groupBySpeaker, STORED_QUOTE_SPEAKER, storedToCheck } from '../shared/speakers';
import { percent } from '../shared/confidence';
import { iso, speakerLabel } from './speaker';
import { linkUrl, textFragmentUrl } from './text-fragment';
import { frontMatter } from './yaml';
import { t } from '../shared/i18n';

/** "2024-05-14" for a date the page states; null (the date is left out) when it does not parse. */
export function dateOnly(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function tagLine(tags: readonly string[]): string | null {
  const clean = tags.map(obsidianTag).filter((t) => t !== null);
  return clean.length > 0 ? clean.map((t) => `#${t}`).join(' ') : null;
}

export function allTags(annotations: readonly AnnotationRecord[]): string[] {
  const tags = new Set<string>();
  for (const a of annotations) for (const t of a.tags) {
    const clean = obsidianTag(t);
    if (clean) tags.add(clean);
  }
  return [...tags];
}

/** One quote or highlight: blockquote, link, then the reader's note and tags. */
function item(article: ArticleRecord, a: AnnotationRecord): string {
  const out = [mdBlockquote(a.text), `> — [${t('md_source')}](${textFragmentUrl(article.id, a.selectors)})`];
  const detected = speakerDisplay(a.speaker);
  if (a.speakerCorrection && detected && a.speakerCorrection !== detected) {
    out.push(`> *${t('md_speakerCorrected', mdLine(detected))}*`);
  } else if (storedToCheck(a)) {
    out.push(`> *${t('md_speakerUnsure', percent(a.speakerConfidence!))}*`);
  }
  const note = a.note ? mdNote(a.note) : '';
  const tags = tagLine(a.tags);
  if (note) out.push('', note);
  if (tags) out.push('', tags);
  return out.join('\n');
}

function quoteSections(article: ArticleRecord, quotes: AnnotationRecord[], h: string): string[] {
  const groups = groupBySpeaker(quotes, STORED_QUOTE_SPEAKER);
  return groups.map((g) => {
    const heading = `${h}### ${mdLine(speakerLabel(g.named ? g.speaker : null))}${g.role ? ` — ${mdLine(g.role)}` : ''}`;
    return [heading, ...g.quotes.map((r) => item(article, r))].join('\n\n');
  });
}

/** The body of one article's notes; `depth` shifts headings when nested in the library file. */
export function articleBody(article: ArticleRecord, annotations: readonly AnnotationRecord[], depth = 0): string {
  const h = '#'.repeat(depth);
  const meta = [
    `[${mdLine(article.site)}](${linkUrl(article.id)})`,
    article.byline ? mdLine(article.byline) : null,
    dateOnly(article.published),
  ].filter((x) => x !== null);
  const parts = [`${h}# ${mdLine(article.title)}`, meta.join(' · ')];
  const quotes = annotations.filter((a) => a.kind === 'quote');
  const actors = annotations.filter((a) => a.kind === 'actor');
  const mine = readerItems(annotations);
  if (quotes.length > 0) parts.push(`${h}## ${t('md_quotes')}`, ...quoteSections(article, quotes, h));
  if (actors.length > 0) {
    const list = [...actors]
      .sort((a, b) => a.text.localeCompare(b.text))
      .map((a) => `- ${mdLine(a.text)}${a.actorType ? ` (${a.actorType})` : ''}${a.note ? ` — ${mdNote(a.note).replace(/\n+/g, ' ')}` : ''}`);
    parts.push(`${h}## ${t('md_actors')}`, list.join('\n'));
  }
  if (mine.length > 0) parts.push(`${h}## ${t('md_myHighlights')}`, ...mine.map((a) => item(article, a)));
  return parts.join('\n\n');
}

export function articleMarkdown(article: ArticleRecord, annotations: readonly AnnotationRecord[]): string {
  const fm = frontMatter({
    title: article.title,
    url: article.id,
    site: article.site,
    author: article.byline,
    date: dateOnly(article.published),
    saved: iso(article.firstSeen).slice(0, 10),
    tags: allTags(annotations),
  });
  return `${fm}\n\n${articleBody(article, annotations)}\n`;
}

/** Front matter and title of the library file; its sections follow, joined by LIBRARY_SEPARATOR. */
export function libraryHead(articleCount: number, tags: readonly string[], exportedAt: number): string {
  const title = t('library_title');
  const fm = frontMatter({ title, exported: iso(exportedAt), articles: String(articleCount), tags });
  return `${fm}\n\n# ${mdLine(title)}\n\n`;
}

export const LIBRARY_SEPARATOR = '\n\n---\n\n';

/** The whole library as one document, a section per article (most recent first as given). */
export function libraryMarkdown(
  articles: readonly ArticleRecord[],
  annotations: readonly AnnotationRecord[],
  exportedAt: number,
): string {
  const byArticle = groupByArticle(annotations);
  const sections = articles.map((article) => articleBody(article, byArticle.get(article.id) ?? [], 1));
  return `${libraryHead(articles.length, allTags(annotations), exportedAt)}${sections.join(LIBRARY_SEPARATOR)}\n`;
}

export function groupByArticle(annotations: readonly AnnotationRecord[]): Map<string, AnnotationRecord[]> {
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const a of annotations) {
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  return byArticle;
}
