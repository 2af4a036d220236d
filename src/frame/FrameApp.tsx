import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Draft, KeyValueArea } from '../shared/drafts';
import type { BackgroundToFrame, CardElsewhere } from '../shared/frame-protocol';
import type { CardText } from '../shared/messages';
import { QuoteElsewhereList } from '../ui/QuoteElsewhere';
import type { AnnotationRecord } from '../shared/records';
import { cardCertainty, markCard } from './card';
import { CertaintyMark } from '../ui/SpeakerCertainty';
import type { FrameChannel } from './frame-link';
import { MarkEditor } from './MarkEditor';
import { t } from '../shared/i18n';

export type FrameState =
  | { kind: 'hidden' }
  | { kind: 'card'; card: CardText; elsewhere?: CardElsewhere }
  | { kind: 'editor'; annotation: AnnotationRecord; draft?: Draft; opened: number; error: string | null };

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
      return { kind: 'editor', annotation: msg.annotation, ...(msg.draft ? { draft: msg.draft } : {}), opened: (prev.kind === 'editor' ? prev.opened : 0) + 1, error: null };
    case 'bound':
    case 'done':
      return prev; // the link's own (frame-link.ts)
  }
}

/** Other articles listed in a hover card; the popup lists them all. */
const CARD_MATCHES = 3;

/** What the frame on a page shows: a hover card or one mark's editor. */
export function FrameApp({ state, port, drafts = null, libraryUrl = '' }: { state: FrameState; port: FrameChannel; drafts?: KeyValueArea | null; libraryUrl?: string }) {
  const root = useRef<HTMLDivElement>(null);
  // The page side sizes the iframe to what is shown here.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const observer = new ResizeObserver(() => port.post({ type: 'resize', height: el.getBoundingClientRect().height }));
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
    <div class="editor" ref={root} role="dialog" aria-label={t('frame_editor')} data-ql="editor">
      <MarkEditor key={state.opened} annotation={state.annotation} draft={state.draft} port={port} drafts={drafts} />
      {state.error && (
        <p class="message" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
