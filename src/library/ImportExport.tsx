import { useRef, useState } from 'preact/hooks';
import { ExportButtons } from './ExportButtons';
import { ImportCancelled, importBackup } from './import-backup';
import type { ShowStatus } from './status';
import { importSummary, oneLine } from './view-model';
import { t } from '../shared/i18n';

/** Whole-library export in every format, and import of Web Annotation JSON with progress and cancel. */
export function ImportExport({ onStatus, onImported }: { onStatus: ShowStatus; onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const cancel = useRef(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const onChange = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    onStatus(null);
    cancel.current = false;
    setProgress({ done: 0, total: 0 });
    try {
      const summary = await importBackup(file, { progress: (done, total) => setProgress({ done, total }), cancelled: () => cancel.current });
      onStatus({ kind: 'ok', text: importSummary(summary) });
      onImported();
    } catch (e) {
      onStatus({ kind: e instanceof ImportCancelled ? 'ok' : 'error', text: oneLine(e) });
    } finally {
      setProgress(null);
      // The same file can be chosen again (importing twice changes nothing, but it should say so).
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div class="import-export">
      <ExportButtons label={t('library_exportLibrary')} onStatus={onStatus} />
      <label class="import">
        {t('library_import')}{' '}
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={progress !== null}
          onChange={() => void onChange()}
        />
      </label>
      {progress && (
        <span class="import-progress" role="status" data-testid="import-progress">
          <progress aria-label={t('library_importing')} value={progress.done} max={progress.total || undefined} />{' '}
          {progress.total ? t('library_progress', progress.done, progress.total) : t('library_readingFile')}{' '}
          <button type="button" onClick={() => (cancel.current = true)}>
            {t('library_cancelImport')}
          </button>
        </span>
      )}
    </div>
  );
}
