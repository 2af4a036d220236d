// Download descriptions for the UI: {filename, mime, content}. Filenames come from page
// titles, which are hostile, so they are made safe for every OS the browser runs on.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import type { LibraryData } from '../storage/library';
import { annotationsCsv } from './csv';
import { articleMarkdown, libraryMarkdown } from './markdown';
import { toAnnotationCollection } from './web-annotation';
import { WEB_ANNOTATION_MIME } from './web-annotation-types';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

export type ExportFormatName = 'markdown' | 'csv' | 'json';

const MAX_NAME = 80;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A filename from a title: no path separators, control/bidi chars or reserved names. */
export function safeFilename(title: string, extension: string, fallback = 'quotelight'): string {
  let base = title
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Leading dots hide the file or walk directories; trailing dots/spaces break Windows.
  base = Array.from(base.replace(/^[.\s-]+/, '')).slice(0, MAX_NAME).join('').replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return `${base || fallback}.${extension}`;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function articleMarkdownFile(article: ArticleRecord, annotations: readonly AnnotationRecord[]): ExportFile {
  return {
    filename: safeFilename(article.title, 'md'),
    mime: 'text/markdown;charset=utf-8',
    content: articleMarkdown(article, annotations),
  };
}

export function libraryMarkdownFile(data: LibraryData, now: number): ExportFile {
  return {
    filename: `quotelight-library-${day(now)}.md`,
    mime: 'text/markdown;charset=utf-8',
    content: libraryMarkdown(data.articles, data.annotations, now),
  };
}

export function csvFile(data: LibraryData, now: number): ExportFile {
  return {
    filename: `quotelight-${day(now)}.csv`,
    mime: 'text/csv;charset=utf-8',
    content: annotationsCsv(data.articles, data.annotations),
  };
}

export function webAnnotationFile(data: LibraryData, now: number): ExportFile {
  const collection = toAnnotationCollection(data.articles, data.annotations, {
    id: `urn:uuid:${crypto.randomUUID()}`,
    pageId: `urn:uuid:${crypto.randomUUID()}`,
    generatedAt: now,
  });
  return {
    filename: `quotelight-${day(now)}.jsonld`,
    mime: WEB_ANNOTATION_MIME,
    content: `${JSON.stringify(collection, null, 2)}\n`,
  };
}

/** One entry point for the background: a single article's Markdown is its own note. */
export function exportFile(format: ExportFormatName, data: LibraryData, now: number): ExportFile {
  switch (format) {
    case 'markdown': {
      const only = data.articles.length === 1 ? data.articles[0] : undefined;
      return only ? articleMarkdownFile(only, data.annotations) : libraryMarkdownFile(data, now);
    }
    case 'csv':
      return csvFile(data, now);
    case 'json':
      return webAnnotationFile(data, now);
  }
}
