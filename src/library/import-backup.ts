// Import of a backup from the library page, in batches over several messages, with progress and cancel.
import { importJson } from '../export/import';
import { LimitError, LIMITS } from '../shared/limits';
import { sendToBackground } from '../shared/messaging';
import { addTallies, IMPORT_BATCH, type ImportSummary, importBatches, NO_TALLY } from '../storage/import-journal';
import type { Progress } from '../ui/export-library';
import { t } from '../shared/i18n';

export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
  constructor() {
    super(t('library_importCancelled'));
  }
}

/**
 * Reads, validates and imports a backup file in batches. Nothing is written before the whole file
 * validates; a failed or cancelled import is rolled back by the background, so the library is
 * either unchanged or has all of the file.
 */
export async function importBackup(file: Blob, options: { progress?: Progress; cancelled?: () => boolean } = {}): Promise<ImportSummary> {
  if (file.size > LIMITS.importFile) throw new LimitError('importFile', file.size);
  const data = importJson(await file.text());
  const { importId } = await sendToBackground({ type: 'library/import-begin' });
  let tally = NO_TALLY;
  // The next batch is sent while the background writes this one (it writes them in order): its
  // transfer, a good part of a batch's time in Chrome, then overlaps the writing.
  let inFlight: Promise<void> | null = null;
  try {
    let done = 0;
    for (const batch of importBatches(data, IMPORT_BATCH)) {
      if (options.cancelled?.()) throw new ImportCancelled();
      const sent = sendToBackground({ type: 'library/import-batch', importId, json: JSON.stringify(batch) }).then((t) => {
        tally = addTallies(tally, t);
        done += batch.annotations.length;
        options.progress?.(done, data.annotations.length);
      });
      // A failure of either is this import's failure; the other is awaited before the rollback.
      sent.catch(() => undefined);
      const previous: Promise<void> | null = inFlight;
      inFlight = sent;
      if (previous) await previous;
    }
    const last: Promise<void> | null = inFlight;
    inFlight = null;
    if (last) await last;
    if (options.cancelled?.()) throw new ImportCancelled();
    await sendToBackground({ type: 'library/import-end', importId, commit: true });
  } catch (e) {
    // A batch still on its way is written or refused first: the rollback then undoes everything.
    await (inFlight as Promise<void> | null)?.catch(() => undefined);
    try {
      await sendToBackground({ type: 'library/import-end', importId, commit: false });
    } catch (undo) {
      // The background rolls back an abandoned import by itself (next import or restart); say so in the log.
      console.error('Quotelight: rolling back the failed import failed; it will be rolled back on the next start', undo);
    }
    throw e;
  }
  return { articles: data.articles.length, annotations: data.annotations.length, ...tally };
}
