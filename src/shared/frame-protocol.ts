// The frame Quotelight puts on pages (src/frame/) talks to the background over one runtime Port.
// The port is bound to the frame the content script created (by a one-time nonce), so the background
// knows which tab, and which of that tab's annotations, every message is about: the frame never names them.
import type { AnnotationRecord } from './records';
import type { CardText, FrameView } from './messages';
import type { QuoteElsewhere } from './quotes-elsewhere';
import type { Speaker } from './speaker-value';

export const FRAME_PORT = 'ql-frame';

export interface FrameEdit {
  colour: string | null;
  note: string | null;
  tags: string[];
}

export type FrameToBackground =
  | { type: 'hello'; nonce: string }
  | { type: 'save'; edit: FrameEdit }
  | { type: 'delete' }
  | { type: 'close' }
  | { type: 'resize'; height: number };

export interface CardElsewhere {
  matches: QuoteElsewhere[];
  speaker: Speaker;
}

export type BackgroundToFrame =
  | { type: 'show'; view: FrameView; annotation: AnnotationRecord }
  /** `elsewhere`: a quote's matches in other saved articles and who said it here (page text: shown as text only). */
  | { type: 'card'; card: CardText; elsewhere?: CardElsewhere }
  | { type: 'hide' }
  | { type: 'error'; message: string };

export function isFrameMessage(x: unknown): x is FrameToBackground {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { type?: unknown; nonce?: unknown; height?: unknown; edit?: unknown };
  switch (m.type) {
    case 'hello':
      return typeof m.nonce === 'string';
    case 'resize':
      return typeof m.height === 'number' && Number.isFinite(m.height);
    case 'save':
      return typeof m.edit === 'object' && m.edit !== null;
    case 'delete':
    case 'close':
      return true;
    default:
      return false;
  }
}
