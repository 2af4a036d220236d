import type { ExportFormat } from '../shared/messages';
import { downloadFile } from '../ui/download';
import { exportLibrary } from '../ui/export-library';
import type { ShowStatus } from './status';
import { oneLine } from './view-model';
import { t } from '../shared/i18n';

const FORMATS: readonly [ExportFormat, string][] = [
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
  ['json', ''],
];

/** Downloads the whole library, or the given articles, in each export format. */
export function ExportButtons({ articleIds, label, onStatus }: { articleIds?: string[]; label: string; onStatus: ShowStatus }) {
  const run = async (format: ExportFormat) => {
    try {
      const file = await exportLibrary(format, articleIds, (done, total) => onStatus({ kind: 'ok', text: t('library_exporting', done, total) }));
      downloadFile(file);
      onStatus({ kind: 'ok', text: t('library_exported', file.filename) });
    } catch (e) {
      onStatus({ kind: 'error', text: oneLine(e) });
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not form fields.
    <span class="export-buttons" role="group" aria-label={label}>
      <span class="group-label" aria-hidden="true">
        {t('labelColon', label)}
      </span>
      {FORMATS.map(([format, name]) => (
        <button type="button" key={format} data-format={format} onClick={() => void run(format)}>
          {name || t('formatJson')}
        </button>
      ))}
    </span>
  );
}
