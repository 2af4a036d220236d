import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatTags, parseTags } from '../shared/tags';

export interface NoteValues {
  note: string | null;
  tags: string[];
}

interface Props {
  /** Prefix for the fields' ids (one form per item on a page). */
  idBase: string;
  note: string | null;
  tags: string[];
  onSave: (values: NoteValues) => void | Promise<void>;
  onCancel: () => void;
  cancelLabel?: string;
  /** Put the caret in the note at once (the page frame's editor, opened on a fresh highlight). */
  autoFocus?: boolean;
  /** Shown above the note (the page frame's colour choice). */
  children?: ComponentChildren;
  /** More buttons beside Save and Cancel (the page frame's Delete). */
  actions?: ComponentChildren;
}

/** A note and its #tags, edited: Save (or Ctrl/Cmd+Enter) hands them over, Cancel (or Escape) backs out. */
export function NoteForm({ idBase, note: initialNote, tags: initialTags, onSave, onCancel, cancelLabel, autoFocus, children, actions }: Props) {
  const [note, setNote] = useState(initialNote ?? '');
  const [tags, setTags] = useState(formatTags(initialTags));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);
  const save = () => void onSave({ note: note.trim() || null, tags: parseTags(tags) });
  return (
    <form
      class="edit"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      {children}
      <label for={`${idBase}-note`}>Note</label>
      <textarea id={`${idBase}-note`} ref={noteRef} rows={3} value={note} data-ql="note" onInput={(e) => setNote(e.currentTarget.value)} />
      <label for={`${idBase}-tags`}>Tags</label>
      <input id={`${idBase}-tags`} value={tags} placeholder="#tag #another" data-ql="tags" onInput={(e) => setTags(e.currentTarget.value)} />
      <span class="buttons">
        <button type="submit" class="primary" data-ql="save">
          Save
        </button>
        <button type="button" data-ql="close" onClick={onCancel}>
          {cancelLabel ?? 'Cancel'}
        </button>
        {actions}
      </span>
    </form>
  );
}
