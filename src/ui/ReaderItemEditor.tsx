import { useState } from 'preact/hooks';
import type { AnnotationRecord } from '../shared/records';
import { formatTags, parseTags } from '../shared/tags';
import type { AnnotationPatch } from '../storage/library';
import { ConfirmButton } from './ConfirmButton';

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
  const [note, setNote] = useState(item.note ?? '');
  const [tags, setTags] = useState(formatTags(item.tags));
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
  const start = () => {
    setNote(item.note ?? '');
    setTags(formatTags(item.tags));
    setEditing(true);
  };
  const idBase = `item-${item.id}`;
  return (
    <li class={`reader-item mark-${item.colour ?? 'yellow'}`} data-testid="reader-item" data-annotation-id={anchorId} tabIndex={anchorId ? -1 : undefined}>
      {missing ? (
        <p class="passage">
          <span class="not-found">Not found on this page:</span> “{item.text}”
        </p>
      ) : onReveal ? (
        <button type="button" class="link passage" onClick={onReveal}>
          “{item.text}”
        </button>
      ) : (
        <p class="passage">“{item.text}”</p>
      )}
      {editing ? (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() => onSave({ note: note.trim() || null, tags: parseTags(tags) }), () => setEditing(false));
          }}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        >
          <label for={`${idBase}-note`}>Note</label>
          <textarea id={`${idBase}-note`} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <label for={`${idBase}-tags`}>Tags</label>
          <input id={`${idBase}-tags`} value={tags} placeholder="#tag #another" onInput={(e) => setTags(e.currentTarget.value)} />
          <span class="buttons">
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </span>
        </form>
      ) : (
        <>
          {item.note && <p class="note">{item.note}</p>}
          {item.tags.length > 0 && <p class="tags">{formatTags(item.tags)}</p>}
          <p class="row-actions">
            <button type="button" class="edit-item" onClick={start}>
              Edit note and tags
            </button>{' '}
            <ConfirmButton
              label="Delete"
              class="delete"
              ariaLabel={`Delete highlight “${item.text.slice(0, 40)}”`}
              question="Delete this highlight and its note?"
              confirmLabel="Delete it"
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
