import { useRef } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import { ExportButtons } from './ExportButtons';
import type { ShowStatus } from './status';
import { importSummary, oneLine } from './view-model';

/** Reads a chosen file as text and hands it to the background's validated, one-transaction import. */
export async function importFile(file: Blob): Promise<{ articles: number; annotations: number }> {
  return sendToBackground({ type: 'library/import', json: await file.text() });
}

/** Whole-library export in every format, and import of Web Annotation JSON. */
export function ImportExport({ onStatus, onImported }: { onStatus: ShowStatus; onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    onStatus(null);
    try {
      onStatus({ kind: 'ok', text: importSummary(await importFile(file)) });
      onImported();
    } catch (e) {
      onStatus({ kind: 'error', text: oneLine(e) });
    } finally {
      // The same file can be chosen again (importing twice changes nothing, but it should say so).
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div class="import-export">
      <ExportButtons label="Export library" onStatus={onStatus} />
      <label class="import">
        Import Web Annotation JSON{' '}
        <input ref={input} type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={() => void onChange()} />
      </label>
    </div>
  );
}
