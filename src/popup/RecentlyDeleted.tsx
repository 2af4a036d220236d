import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messaging';
import type { TrashItem } from '../storage/trash';
import { keptFor, TrashList } from '../ui/TrashList';

/** Entries the popup lists; the library's Trash has them all. */
const RECENT = 5;

interface Props {
  /** The trash entry of the delete just made here, offered as Undo. */
  justDeleted: string | null;
  /** Bumped after every change, so the list is read again. */
  version: number;
  onRestored: () => void;
}

/** Undo for the delete just made, and the last few deletions (any article), each restorable. */
export function RecentlyDeleted({ justDeleted, version, onRestored }: Props) {
  const [items, setItems] = useState<TrashItem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    sendToBackground({ type: 'ui/list-trash' }).then(
      (all) => setItems(all.slice(0, RECENT)),
      (e: unknown) => setProblem(t('trash_readFailed', e instanceof Error ? e.message : String(e))),
    );
  }, [version, justDeleted]);
  const restore = async (id: string) => {
    setProblem(null);
    try {
      const { ok } = await sendToBackground({ type: 'ui/restore-trash', id });
      if (!ok) setProblem(t('trash_gone'));
    } catch (e) {
      setProblem(t('trash_notRestored', e instanceof Error ? e.message : String(e)));
    }
    onRestored();
  };
  const undoable = justDeleted !== null && items.some((x) => x.id === justDeleted);
  return (
    <>
      {undoable && (
        <p class="undo-bar" role="status" data-testid="undo-bar">
          {t('trash_deleted')}{' '}
          <button type="button" class="link undo" onClick={() => void restore(justDeleted)}>
            {t('trash_undo')}
          </button>
        </p>
      )}
      {problem && (
        <p class="state error" role="alert">
          {problem}
        </p>
      )}
      {items.length > 0 && (
        <details class="recently-deleted" data-testid="recently-deleted">
          <summary>{t('trash_recent', items.length)}</summary>
          <p class="meta">{keptFor()}</p>
          <TrashList items={items} onRestore={(x) => restore(x.id)} />
        </details>
      )}
    </>
  );
}
