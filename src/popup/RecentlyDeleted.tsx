import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { TrashItem } from '../storage/trash';
import { KEPT_FOR, TrashList } from '../ui/TrashList';

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
      (e: unknown) => setProblem(`Could not read the trash: ${e instanceof Error ? e.message : String(e)}`),
    );
  }, [version, justDeleted]);
  const restore = async (id: string) => {
    setProblem(null);
    try {
      const { ok } = await sendToBackground({ type: 'ui/restore-trash', id });
      if (!ok) setProblem('That is no longer in the trash.');
    } catch (e) {
      setProblem(`Not restored: ${e instanceof Error ? e.message : String(e)}`);
    }
    onRestored();
  };
  const undoable = justDeleted !== null && items.some((t) => t.id === justDeleted);
  return (
    <>
      {undoable && (
        <p class="undo-bar" role="status" data-testid="undo-bar">
          Deleted.{' '}
          <button type="button" class="link undo" onClick={() => void restore(justDeleted)}>
            Undo
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
          <summary>Recently deleted ({items.length})</summary>
          <p class="meta">{KEPT_FOR}</p>
          <TrashList items={items} onRestore={(t) => restore(t.id)} />
        </details>
      )}
    </>
  );
}
