// One mark's editor in the page frame. What the reader types is kept as a draft in the extension's
// session storage as they type (src/shared/drafts.ts), so a frame the page removed, a tab reloaded or
// a save that failed loses nothing; each action waits for the background's answer and a refusal or
// no answer is said here, with the text kept.
// A page can take the keyboard from the frame (focus() on its own field) and read the rest of what
// the reader types; the frame cannot stop that, but it sees its window lose focus at once and covers
// the editor with a notice that says so and gives the keyboard back in one click.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clearDraft, type Draft, DraftWriter, type KeyValueArea } from '../shared/drafts';
import type { FrameRequest } from '../shared/frame-protocol';
import { MARK_SWATCHES } from '../shared/highlight-styles';
import type { AnnotationRecord } from '../shared/records';
import { formatTags } from '../shared/tags';
import { ConfirmButton } from '../ui/ConfirmButton';
import { type NoteFields, NoteForm } from '../ui/NoteForm';
import type { FrameChannel } from './frame-link';
import { type MessageKey, t } from '../shared/i18n';

const EXCERPT_MAX = 140;

/** A swatch's name in the reader's language; a colour without a message keeps its key. */
const COLOUR_NAMES: Readonly<Record<string, MessageKey>> = { yellow: 'colour_yellow', green: 'colour_green', blue: 'colour_blue', pink: 'colour_pink', purple: 'colour_purple' };
const colourName = (name: string): string => (COLOUR_NAMES[name] ? t(COLOUR_NAMES[name]) : name);

const validColour = (c: string | null | undefined): string | null => (c && c in MARK_SWATCHES ? c : null);

/** What each action's failure is called in the editor ($1 is the reason). */
const FAILED: Record<FrameRequest['type'], MessageKey> = { save: 'frame_notSaved', delete: 'frame_notDeleted', close: 'frame_notClosed' };

interface Props {
  annotation: AnnotationRecord;
  /** The reader's unsaved draft of this mark, if one was left. */
  draft?: Draft;
  port: FrameChannel;
  /** Where drafts are kept (the extension's session storage); null keeps none (a test). */
  drafts: KeyValueArea | null;
}

export function MarkEditor({ annotation, draft, port, drafts }: Props) {
  const [colour, setColour] = useState(validColour(draft?.colour) ?? validColour(annotation.colour) ?? 'yellow');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const stored: NoteFields & { colour: string } = { note: annotation.note ?? '', tags: formatTags(annotation.tags), colour: validColour(annotation.colour) ?? 'yellow' };
  const fields = useRef<NoteFields>({ note: draft?.note ?? stored.note, tags: draft?.tags ?? stored.tags });
  const writer = useMemo(
    () =>
      drafts &&
      new DraftWriter(drafts, annotation.id, (e) => {
        console.error('Quotelight: could not keep the draft of a note', e);
        setProblem(t('frame_draftNotKept'));
      }),
    [drafts, annotation.id],
  );
  const keep = (next: NoteFields, c = colour) => {
    fields.current = next;
    writer?.write({ ...next, colour: c });
  };
  const unchanged = () => fields.current.note === stored.note && fields.current.tags === stored.tags && colour === stored.colour;

  const act = async (r: FrameRequest) => {
    setBusy(true);
    setProblem(null);
    try {
      // The draft is written before the request leaves: if the answer never comes, the text is kept.
      await writer?.settled();
      await port.request(r);
      // Stored (or deleted, or closed unchanged): nothing left to keep. A changed draft closed unsaved stays.
      if (r.type !== 'close' || unchanged()) {
        writer?.cancel();
        await writer?.settled();
        if (drafts) await clearDraft(drafts, annotation.id).catch((e: unknown) => console.error('Quotelight: could not clear a draft', e));
      }
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setProblem(t(FAILED[r.type], why));
    } finally {
      setBusy(false);
    }
  };

  const lost = useFocusLoss();

  const text = annotation.text.length > EXCERPT_MAX ? `${annotation.text.slice(0, EXCERPT_MAX)}…` : annotation.text;
  const restored = draft && (draft.note !== stored.note || draft.tags !== stored.tags || validColour(draft.colour) !== stored.colour);
  return (
    <>
      <p class="excerpt">{t('quoted', text)}</p>
      {restored && (
        <p class="draft-restored" data-ql="draft-restored">
          {t('frame_draftBack')}
        </p>
      )}
      <NoteForm
        idBase="frame"
        note={annotation.note}
        tags={annotation.tags}
        draft={draft && { note: draft.note, tags: draft.tags }}
        autoFocus
        saving={busy}
        onChange={(next) => keep(next)}
        onSave={(v) => act({ type: 'save', edit: { colour, note: v.note, tags: v.tags } })}
        onCancel={() => void act({ type: 'close' })}
        cancelLabel={t('close')}
        actions={<ConfirmButton guarded label={t('delete')} question={t('frame_deleteQuestion')} confirmLabel={t('deleteIt')} onConfirm={() => void act({ type: 'delete' })} />}
      >
        <div class="swatches" role="radiogroup" aria-label={t('frame_colour')}>
          {Object.entries(MARK_SWATCHES).map(([name, swatch]) => (
            // biome-ignore lint/a11y/useSemanticElements: a row of colour dots, announced as a radio group.
            <button
              type="button"
              key={name}
              class="swatch"
              role="radio"
              aria-label={colourName(name)}
              aria-checked={colour === name}
              data-colour={name}
              style={{ background: swatch }}
              onClick={() => {
                setColour(name);
                keep(fields.current, name);
              }}
            />
          ))}
        </div>
      </NoteForm>
      {lost && (
        <button type="button" class="focus-lost" data-ql="focus-lost" data-at={lost.at}
          onMouseDown={(e) => {
            // On press, not on click: the press's own default would put focus on the frame's body.
            e.preventDefault();
            lost.refocus();
          }}
          onClick={lost.refocus}
        >
          <strong>{lost.byPage ? t('frame_pageTookKeyboard') : t('frame_keyboardLeft')}</strong> {t('frame_typeGoesToPage')}
        </button>
      )}
      {problem && (
        <p class="message" role="alert" data-ql="save-problem">
          {problem}
        </p>
      )}
    </>
  );
}

interface FocusLoss {
  /** Date.now() when the frame lost focus (the bench reads it to time the notice). */
  at: number;
  /** The reader did not move away (pointer over the editor, or not out of it since their last key): the page took focus. */
  byPage: boolean;
  refocus: () => void;
}

/**
 * Notices the editor's window losing the keyboard while it is open, and puts it back where it was.
 * A reader who clicks elsewhere moves the pointer out of the frame first; focus lost while the
 * pointer is over the editor, or with no pointer move out since the reader's last key here, was
 * taken by the page.
 */
function useFocusLoss(): FocusLoss | null {
  const [lost, setLost] = useState<Omit<FocusLoss, 'refocus'> | null>(null);
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const doc = document;
    let lastKey = 0;
    let lastLeave = 0;
    const onBlur = () => {
      // A tab put in the background takes the keyboard too, and gives it back: nothing to say then.
      if (doc.visibilityState !== 'visible') return;
      setLost({ at: Date.now(), byPage: doc.documentElement.matches(':hover') || (lastKey > 0 && lastKey >= lastLeave) });
    };
    // The notice stays until a field has the keyboard again: the window regaining focus is not enough
    // (a click on the notice focuses the frame first, then the notice's click puts the caret back).
    const onFocusIn = (e: FocusEvent) => {
      if (!(e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement)) return;
      last.current = e.target;
      setLost(null);
    };
    const key = () => {
      lastKey = performance.now();
    };
    const leave = () => {
      lastLeave = performance.now();
    };
    window.addEventListener('blur', onBlur);
    doc.addEventListener('focusin', onFocusIn);
    doc.addEventListener('keydown', key, true);
    doc.documentElement.addEventListener('pointerleave', leave);
    return () => {
      window.removeEventListener('blur', onBlur);
      doc.removeEventListener('focusin', onFocusIn);
      doc.removeEventListener('keydown', key, true);
      doc.documentElement.removeEventListener('pointerleave', leave);
    };
  }, []);
  if (!lost) return null;
  return {
    ...lost,
    // The notice covers the editor, so this is the reader's click anywhere on it: the caret goes back to the field typed in.
    refocus: () => (last.current ?? document.querySelector<HTMLElement>('[data-ql="note"]'))?.focus(),
  };
}
