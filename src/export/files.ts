// Download descriptions for the UI: {filename, mime, content}. Filenames come from page
// titles, which are hostile, so they are made safe for every OS the browser runs on.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import type { LibraryData } from '../storage/library';
import { csvHead, csvLines } from './csv';
import { allTags, articleBody, articleMarkdown, groupByArticle, LIBRARY_SEPARATOR, libraryHead } from './markdown';
import { toAnnotationCollection, toWebAnnotation } from './web-annotation';
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

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An export as the pieces of one Blob: a large library is never one string or one message. */
export interface ExportParts {
  filename: string;
  mime: string;
  parts: string[];
}

const MIME: Record<ExportFormatName, string> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: WEB_ANNOTATION_MIME,
};

/**
 * Builds an export from pages of library data, each page some articles with all their annotations,
 * in the order they should appear. `articleCount` is known before the first page: a single
 * article's Markdown is its own note, not a library file.
 */
export class ExportWriter {
  private readonly parts: string[] = [];
  private readonly articles: ArticleRecord[] = [];
  private readonly single: AnnotationRecord[] = [];
  private readonly tags = new Set<string>();
  private items = 0;

  constructor(
    readonly format: ExportFormatName,
    private readonly articleCount: number,
  ) {}

  add(page: LibraryData): void {
    this.articles.push(...page.articles);
    if (this.format === 'csv') this.parts.push(csvLines(page.articles, page.annotations));
    else if (this.format === 'json') {
      for (const a of page.annotations) this.parts.push(`${this.items++ === 0 ? '' : ',\n'}${JSON.stringify(toWebAnnotation(a))}`);
    } else if (this.articleCount === 1) this.single.push(...page.annotations);
    else {
      const byArticle = groupByArticle(page.annotations);
      for (const t of allTags(page.annotations)) this.tags.add(t);
      for (const article of page.articles) {
        const sep = this.parts.length === 0 ? '' : LIBRARY_SEPARATOR;
        this.parts.push(sep + articleBody(article, byArticle.get(article.id) ?? [], 1));
      }
    }
  }

  finish(now: number): ExportParts {
    const day = dayOf(now);
    switch (this.format) {
      case 'csv':
        return { filename: `quotelight-${day}.csv`, mime: MIME.csv, parts: [csvHead(), ...this.parts] };
      case 'json': {
        // The collection with an empty item list, split where the items go.
        const shell = JSON.stringify({
          ...toAnnotationCollection(this.articles, [], { id: `urn:uuid:${crypto.randomUUID()}`, pageId: `urn:uuid:${crypto.randomUUID()}`, generatedAt: now }),
          total: this.items,
        });
        const [head, tail] = shell.split('"items":[]') as [string, string];
        return { filename: `quotelight-${day}.jsonld`, mime: MIME.json, parts: [`${head}"items":[\n`, ...this.parts, `\n]${tail}\n`] };
      }
      case 'markdown': {
        const only = this.articleCount === 1 ? this.articles[0] : undefined;
        if (only) return { filename: safeFilename(only.title, 'md'), mime: MIME.markdown, parts: [articleMarkdown(only, this.single)] };
        return {
          filename: `quotelight-library-${day}.md`,
          mime: MIME.markdown,
          parts: [libraryHead(this.articles.length, [...this.tags], now), ...this.parts, '\n'],
        };
      }
    }
  }
}

/** The whole export of `data` at once (tests, and callers that already hold everything). */
export function exportFile(format: ExportFormatName, data: LibraryData, now: number): ExportFile {
  const writer = new ExportWriter(format, data.articles.length);
  writer.add(data);
  const { parts, ...file } = writer.finish(now);
  return { ...file, content: parts.join('') };
}
