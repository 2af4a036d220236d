// CSV for spreadsheets: RFC 4180 quoting, CRLF, UTF-8 BOM (so Excel reads accents), and
// formula-injection guard, because quote text comes from arbitrary web pages.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { probability } from '../shared/confidence';
import { speakerString } from '../shared/speaker-value';
import { effectiveSpeaker, iso } from './speaker';
import { textFragmentUrl } from './text-fragment';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'text',
  'speaker',
  'detected_speaker',
  'speaker_confidence',
  'speaker_role',
  'actor_type',
  'note',
  'tags',
  'colour',
  'created',
  'updated',
  'article_title',
  'article_url',
  'site',
  'published',
  'link',
] as const;

const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP advice). Spreadsheets
 * skip leading spaces, NBSP and zero-width characters before a formula, and some read the
 * full-width = + - @ as the ASCII ones, so those count as triggers too.
 */
const FORMULA = /^[\s\u00a0\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

export function neutralizeFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | null): string {
  const cell = neutralizeFormula(value ?? '');
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvRow(cells: readonly (string | null)[]): string {
  return cells.map(csvCell).join(',');
}

/** The header line, after the BOM. */
export function csvHead(): string {
  return `${BOM}${csvRow(CSV_COLUMNS)}\r\n`;
}

/** The analysis's probability that the detected speaker is right (0..1, three decimals); empty when none was recorded. */
function confidenceCell(a: AnnotationRecord): string | null {
  const p = probability(a.speakerConfidence);
  return a.kind === 'quote' && p !== null ? p.toFixed(3) : null;
}

/** One CRLF-terminated line per annotation. */
export function csvLines(articles: readonly ArticleRecord[], annotations: readonly AnnotationRecord[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let out = '';
  for (const a of annotations) {
    const article = byId.get(a.articleId);
    out += `${csvRow([
      a.id,
      a.kind,
      a.text,
      effectiveSpeaker(a),
      speakerString(a.speaker),
      confidenceCell(a),
      a.speakerRole,
      a.actorType,
      a.note,
      a.tags.join('; '),
      a.colour,
      iso(a.created),
      iso(a.updated),
      article?.title ?? null,
      a.articleId,
      article?.site ?? null,
      article?.published ?? null,
      textFragmentUrl(a.articleId, a.selectors),
    ])}\r\n`;
  }
  return out;
}

export function annotationsCsv(articles: readonly ArticleRecord[], annotations: readonly AnnotationRecord[]): string {
  return csvHead() + csvLines(articles, annotations);
}
