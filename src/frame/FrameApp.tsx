import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundToFrame, CardElsewhere, FrameEdit, FrameToBackground } from '../shared/frame-protocol';
import { MARK_SWATCHES } from '../shared/highlight-styles';
import type { CardText } from '../shared/messages';
import { QuoteElsewhereList } from '../ui/QuoteElsewhere';
import type { AnnotationRecord } from '../shared/records';
import { ConfirmButton } from '../ui/ConfirmButton';
import { NoteForm } from '../ui/NoteForm';
import { cardCertainty, markCard } from './card';
import { CertaintyMark } from '../ui/SpeakerCertainty';

/** The frame's side of its port to the background (a Runtime.Port, or a fake in tests). */
export interface FramePort {
  postMessage(msg: FrameToBackground): void;
}

export type FrameState =
  | { kind: 'hidden' }
  | { kind: 'card'; card: CardText; elsewhere?: CardElsewhere }
  | { kind: 'editor'; annotation: AnnotationRecord; opened: number; error: string | null };

export const HIDDEN: FrameState = { kind: 'hidden' };

/**
 * The next state on a message from the background. Kept outside Preact's effects on purpose: a
 * frame that is display:none gets no animation frames (Firefox then runs no effects), and the first
 * message arrives while the page side still has the frame hidden.
 */
export function nextState(prev: FrameState, msg: BackgroundToFrame): FrameState {
  switch (msg.type) {
    case 'hide':
      return HIDDEN;
    case 'card':
      return msg.elsewhere ? { kind: 'card', card: msg.card, elsewhere: msg.elsewhere } : { kind: 'card', card: msg.card };
    case 'error':
      return prev.kind === 'editor' ? { ...prev, error: msg.message } : prev;
    case 'show':
      if (msg.view === 'card') return { kind: 'card', card: markCard(msg.annotation) };
      return { kind: 'editor', annotation: msg.annotation, opened: (prev.kind === 'editor' ? prev.opened : 0) + 1, error: null };
  }
}

const EXCERPT_MAX = 140;
/** Other articles listed in a hover card; the popup lists them all. */
const CARD_MATCHES = 3;

/** What the frame on a page shows: a hover card or one mark's editor. */
export function FrameApp({ state, port, libraryUrl = '' }: { state: FrameState; port: FramePort; libraryUrl?: string }) {
  const root = useRef<HTMLDivElement>(null);
  // The page side sizes the iframe to what is shown here.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const observer = new ResizeObserver(() => port.postMessage({ type: 'resize', height: el.getBoundingClientRect().height }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [port, state.kind]);

  if (state.kind === 'hidden') return null;
  if (state.kind === 'card') {
    const certainty = cardCertainty(state.card);
    return (
      <div class="card" ref={root} role="tooltip" data-ql="hover-card">
        <p class="title">{state.card.title}</p>
        {certainty && <CertaintyMark certainty={certainty} />}
        {state.card.details.map((d, i) => (
          <p class="detail" key={i}>
            {d}
          </p>
        ))}
        {state.elsewhere && <QuoteElsewhereList matches={state.elsewhere.matches} speaker={state.elsewhere.speaker} libraryUrl={libraryUrl} max={CARD_MATCHES} />}
      </div>
    );
  }
  return (
    <div class="editor" ref={root} role="dialog" aria-label="Quotelight highlight" data-ql="editor">
      <MarkEditor key={state.opened} annotation={state.annotation} port={port} />
      {state.error && (
        <p class="message" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}

function MarkEditor({ annotation, port }: { annotation: AnnotationRecord; port: FramePort }) {
  const [colour, setColour] = useState(annotation.colour && annotation.colour in MARK_SWATCHES ? annotation.colour : 'yellow');
  const text = annotation.text.length > EXCERPT_MAX ? `${annotation.text.slice(0, EXCERPT_MAX)}…` : annotation.text;
  const save = (v: { note: string | null; tags: string[] }) => {
    const edit: FrameEdit = { colour, note: v.note, tags: v.tags };
    port.postMessage({ type: 'save', edit });
  };
  return (
    <>
      <p class="excerpt">“{text}”</p>
      <NoteForm
        idBase="frame"
        note={annotation.note}
        tags={annotation.tags}
        autoFocus
        onSave={save}
        onCancel={() => port.postMessage({ type: 'close' })}
        cancelLabel="Close"
        actions={
          <ConfirmButton
            label="Delete"
            question="Delete this highlight?"
            confirmLabel="Delete it"
            onConfirm={() => port.postMessage({ type: 'delete' })}
          />
        }
      >
        <div class="swatches" role="radiogroup" aria-label="Colour">
          {Object.entries(MARK_SWATCHES).map(([name, swatch]) => (
            // biome-ignore lint/a11y/useSemanticElements: a row of colour dots, announced as a radio group.
            <button
              type="button"
              key={name}
              class="swatch"
              role="radio"
              aria-label={name}
              aria-checked={colour === name}
              data-colour={name}
              style={{ background: swatch }}
              onClick={() => setColour(name)}
            />
          ))}
        </div>
      </NoteForm>
    </>
  );
}
