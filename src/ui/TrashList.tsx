import { TRASH_DAYS, type TrashItem } from '../storage/trash';

interface Props {
  items: TrashItem[];
  onRestore: (item: TrashItem) => void | Promise<void>;
  /** Shown with each entry (the library page names the article; the popup is about one page). */
  showArticle?: boolean;
}

const when = (t: number) => new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What is in the trash: what was deleted, from which article, when; each with Restore. */
export function TrashList({ items, onRestore, showArticle = true }: Props) {
  return (
    <ul class="trash-list" data-testid="trash-list">
      {items.map((t) => (
        <li key={t.id} class="trash-item" data-testid="trash-item">
          <p class="trash-what">
            {t.what === 'article' ? (
              <>
                The article <b>{t.articleTitle}</b> with its {t.count} {t.count === 1 ? 'item' : 'items'}
              </>
            ) : (
              <>
                “{t.text}”{t.note && <span class="trash-note"> — {t.note}</span>}
              </>
            )}
          </p>
          <p class="meta">
            Deleted {when(t.deletedAt)}
            {showArticle && t.what !== 'article' && <> from {t.articleTitle}</>}
          </p>
          <button type="button" class="restore" onClick={() => void onRestore(t)}>
            Restore
          </button>
        </li>
      ))}
    </ul>
  );
}

export const KEPT_FOR = `Deleted items are kept for ${TRASH_DAYS} days, then removed for good.`;
