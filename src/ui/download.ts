// Saves an export as a file from an extension page: a Blob URL and an <a download>, which works
// in Chrome and Firefox without the "downloads" permission. The Blob is built from the export's
// pieces, so a large library is never one string.
import type { ExportParts } from '../export/files';

export function downloadFile(file: ExportParts, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(file.parts, { type: file.mime }));
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
