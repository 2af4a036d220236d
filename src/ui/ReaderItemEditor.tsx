import { useState } from 'preact/hooks';
import type { AnnotationRecord } from '../shared/records';
import { formatTags } from '../shared/tags';
import type { AnnotationPatch } from '../storage/library';
import { ConfirmButton } from './ConfirmButton';
import { NoteForm } from './NoteForm';
import { t } from '../shared/i18n';

interface Props {
  item: AnnotationRecord;
  onSave: (patch: AnnotationPatch) => Promise<void>;
  onDelete: () => Promise<void>;
  /** Scrolls the page to the passage (popup); without it the passage is plain text (library). */
  onReveal?: () => void;
  /** The passage is no longer in the page: say so, keep the note. */
  missing?: boolean;
  /** Set where a link may point at this item (the library opens a search result at it). */
  anchorId?: string;
}

/** One highlight or note: shown, edited in place (note and tags), or deleted after a confirm. */
export function ReaderItemEditor({ item, onSave, onDelete, onReveal, missing, anchorId }: Props) {
  const [editing, setEditing] = useState(false);
  // A refused or failed save keeps the editor open with what was typed, and says why.
  const [error, setError] = useState<string | null>(null);
  const attempt = (run: () => Promise<void>, after?: () => void) =>
    run().then(
      () => {
        setError(null);
        after?.();
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <li class={`reader-item mark-${item.colour ?? 'yellow'}`} data-testid="reader-item" data-annotation-id={anchorId} tabIndex={anchorId ? -1 : undefined}>
      {missing ? (
        <p class="passage">
          <span class="not-found">{t('item_notFound')}</span> {t('quoted', item.text)}
        </p>
      ) : onReveal ? (
        <button type="button" class="link passage" onClick={onReveal}>
          {t('quoted', item.text)}
        </button>
      ) : (
        <p class="passage">{t('quoted', item.text)}</p>
      )}
      {editing ? (
        <NoteForm
          idBase={`item-${item.id}`}
          note={item.note}
          tags={item.tags}
          onSave={(v) => attempt(() => onSave(v), () => setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {item.note && <p class="note">{item.note}</p>}
          {item.tags.length > 0 && <p class="tags">{formatTags(item.tags)}</p>}
          <p class="row-actions">
            <button type="button" class="edit-item" onClick={() => setEditing(true)}>
              {t('item_edit')}
            </button>{' '}
            <ConfirmButton
              label={t('delete')}
              class="delete"
              ariaLabel={t('item_deleteTitle', t('quoted', item.text.slice(0, 40)))}
              question={t('item_deleteQuestion')}
              confirmLabel={t('deleteIt')}
              onConfirm={() => attempt(onDelete)}
            />
          </p>
        </>
      )}
      {error && (
        <p class="error" role="alert" data-testid="item-error">
          {error}
        </p>
      )}
    </li>
  );
}
