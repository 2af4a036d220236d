// Saves an export as a file from an extension page: a Blob URL and an <a download>, which works
// in Chrome and Firefox without the "downloads" permission.
import type { ExportFile } from '../shared/messages';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Firefox reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
