import { t, tn } from '../shared/i18n';
import { sendToBackground } from '../shared/messaging';
import { ConfirmButton } from '../ui/ConfirmButton';
import { keptFor, TrashList } from '../ui/TrashList';
import type { ShowStatus } from './status';
import { useLoad } from './use-load';
import { oneLine } from './view-model';

interface Props {
  version: number;
  onBack: () => void;
  onStatus: ShowStatus;
  onChanged: () => void;
}

/** The library's trash: every deletion of the last 30 days, each restorable; Empty trash ends them all. */
export function Trash({ version, onBack, onStatus, onChanged }: Props) {
  const loaded = useLoad(() => sendToBackground({ type: 'ui/list-trash' }), [version]);
  const act = async (run: () => Promise<string>) => {
    try {
      onStatus({ kind: 'ok', text: await run() });
    } catch (e) {
      onStatus({ kind: 'error', text: oneLine(e) });
    }
    onChanged();
  };
  const items = loaded.data ?? [];
  return (
    <section class="trash-view" data-testid="trash-view" aria-labelledby="trash-title" aria-busy={loaded.loading}>
      <button type="button" class="link back" onClick={onBack}>
        {t('allArticles')}
      </button>
      <h2 id="trash-title" class="title">
        {t('trash_title')}
      </h2>
      <p class="meta">{keptFor()}</p>
      {loaded.error && <p class="empty">{loaded.error}</p>}
      {loaded.data && items.length === 0 && <p class="empty">{t('trash_empty')}</p>}
      {items.length > 0 && (
        <ConfirmButton
          label={t('trash_emptyButton')}
          question={tn('trash_emptyQuestion', items.length)}
          confirmLabel={t('trash_emptyIt')}
          onConfirm={() =>
            act(async () => {
              const { removed } = await sendToBackground({ type: 'ui/empty-trash' });
              return `Emptied the trash (${removed} deleted for good).`;
            })
          }
        />
      )}
      <TrashList
        items={items}
        onRestore={(t) =>
          act(async () => {
            const { ok } = await sendToBackground({ type: 'ui/restore-trash', id: t.id });
            if (!ok) throw new Error('That is no longer in the trash.');
            return t.what === 'article' ? `Restored “${t.articleTitle}”.` : `Restored to “${t.articleTitle}”.`;
          })
        }
      />
    </section>
  );
}
