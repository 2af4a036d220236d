// Export and import as the background offers them: library data in, a file out (and back).
import { exportFile, importJson } from '../export';
import type { ExportFile, ExportFormat } from '../shared/messages';
import type { Library } from '../storage';

export async function exportLibrary(lib: Library, format: ExportFormat, articleIds?: string[]): Promise<ExportFile> {
  const data = await lib.getLibraryData(articleIds);
  if (data.articles.length === 0) throw new Error('Nothing to export yet: save an article or make a highlight first.');
  return exportFile(format, data, Date.now());
}

export async function importLibrary(lib: Library, json: string): Promise<{ articles: number; annotations: number }> {
  // Validation happens entirely before the one write transaction: a bad file changes nothing.
  const data = importJson(json);
  return lib.importRecords(data);
}
