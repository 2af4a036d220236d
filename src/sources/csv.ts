// The Sources table as CSV, with the export's own escaping (RFC 4180 quoting, formula guard, BOM).
import { csvRow } from '../export/csv';
import type { SourcesStats } from './stats';

export const SOURCES_CSV_COLUMNS = ['speaker', 'type', 'quotes', 'quote_share', 'words', 'word_share'] as const;

export function sourcesCsv(stats: SourcesStats): string {
  const lines = [csvRow(SOURCES_CSV_COLUMNS)];
  for (const r of stats.rows) lines.push(csvRow([r.speaker, r.type, String(r.quotes), r.quoteShare.toFixed(4), String(r.words), r.wordShare.toFixed(4)]));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
