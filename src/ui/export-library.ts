// Export from an extension page, a page of articles per message: the background never builds a
// whole library in one message, and the reader sees progress.
import { ExportWriter, type ExportFormatName, type ExportParts } from '../export/files';
import { sendToBackground } from '../shared/messaging';
import type { LibraryData } from '../storage/library';
import { t } from '../shared/i18n';

/** Articles per export page: with their annotations, a few MB per message at most. */
const EXPORT_PAGE = 100;

export type Progress = (done: number, total: number) => void;

/** The whole library (or the given articles, in that order) as one export, fetched a page at a time. */
export async function exportLibrary(format: ExportFormatName, articleIds?: string[], progress?: Progress): Promise<ExportParts> {
  const ids = articleIds ?? (await sendToBackground({ type: 'library/list', options: {} })).map((a) => a.id);
  if (ids.length === 0) throw new Error(t('nothingToExport'));
  const writer = new ExportWriter(format, ids.length);
  for (let i = 0; i < ids.length; i += EXPORT_PAGE) {
    const page = await sendToBackground({ type: 'library/export-page', articleIds: ids.slice(i, i + EXPORT_PAGE) });
    writer.add(JSON.parse(page.json) as LibraryData);
    progress?.(Math.min(ids.length, i + EXPORT_PAGE), ids.length);
  }
  return writer.finish(Date.now());
}

