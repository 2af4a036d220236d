import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatTags, parseTags } from '../shared/tags';
import { t } from '../shared/i18n';

export interface NoteValues {
  note: string | null;
  tags: string[];
}

/** The two fields exactly as typed (a draft keeps them so). */
export interface NoteFields {
  note: string;
  tags: string;
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
  /** What the reader typed before and has not stored: shown instead of `note` and `tags`. */
  draft?: NoteFields;
  /** Every change as typed (the page frame keeps it as a draft). */
  onChange?: (fields: NoteFields) => void;
  /** A save is on its way: Save says so and waits. */
  saving?: boolean;
}

/** A note and its #tags, edited: Save (or Ctrl/Cmd+Enter) hands them over, Cancel (or Escape) backs out. */
export function NoteForm({ idBase, note: initialNote, tags: initialTags, onSave, onCancel, cancelLabel, autoFocus, children, actions, draft, onChange, saving }: Props) {
  const [note, setNote] = useState(draft?.note ?? initialNote ?? '');
  const [tags, setTags] = useState(draft?.tags ?? formatTags(initialTags));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = noteRef.current;
    if (!autoFocus || !el) return;
    // The caret after what is there: a note (or a draft brought back) is carried on, not typed before.
    el.setSelectionRange(el.value.length, el.value.length);
    el.focus();
  }, [autoFocus]);
  const save = () => {
    if (!saving) void onSave({ note: note.trim() || null, tags: parseTags(tags) });
  };
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
      <label for={`${idBase}-note`}>{t('note_note')}</label>
      <textarea id={`${idBase}-note`} ref={noteRef} rows={3} value={note} data-ql="note" onInput={(e) => {
          setNote(e.currentTarget.value);
          onChange?.({ note: e.currentTarget.value, tags });
        }}
      />
      <label for={`${idBase}-tags`}>{t('note_tags')}</label>
      <input id={`${idBase}-tags`} value={tags} placeholder={t('note_tagsPlaceholder')} data-ql="tags" onInput={(e) => {
          setTags(e.currentTarget.value);
          onChange?.({ note, tags: e.currentTarget.value });
        }}
      />
      <span class="buttons">
        <button type="submit" class="primary" data-ql="save" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" data-ql="close" onClick={onCancel}>
          {cancelLabel ?? t('cancel')}
        </button>
        {actions}
      </span>
    </form>
  );
}
