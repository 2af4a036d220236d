import { t, tn } from '../shared/i18n';
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
      {items.map((item) => (
        <li key={item.id} class="trash-item" data-testid="trash-item">
          <p class="trash-what">
            {item.what === 'article' ? (
              tn('trash_article', item.count, item.articleTitle)
            ) : (
              <>
                “{item.text}”{item.note && <span class="trash-note"> — {item.note}</span>}
              </>
            )}
          </p>
          <p class="meta">
            {t('trash_deletedAt', when(item.deletedAt))}
            {showArticle && item.what !== 'article' && <> {t('trash_from', item.articleTitle)}</>}
          </p>
          <button type="button" class="restore" onClick={() => void onRestore(item)}>
            {t('trash_restore')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Said wherever the trash is shown (a function: the language is the browser's, read when shown). */
export const keptFor = (): string => t('trash_keptFor', TRASH_DAYS);
