// The frame Quotelight puts on pages (src/frame/) talks to the background over one runtime Port.
// The port is bound to the frame the content script created (by a one-time nonce), so the background
// knows which tab, and which of that tab's annotations, every message is about: the frame never names them.
// The reader's actions (save, delete, close) are requests: each carries a number the background
// answers with `done` or `error`, so a request that gets no answer is known and said (a stopped
// service worker drops a port's messages without a word). A frame whose port went dead comes back
// with `resume` and the token the background gave it when it bound: only that frame knows it.
import type { Draft } from './drafts';
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

/** The reader's actions in the editor: each is answered, by its `req`, with `done` or `error`. */
export type FrameRequest = { type: 'save'; edit: FrameEdit } | { type: 'delete' } | { type: 'close' };

export type FrameToBackground =
  | { type: 'hello'; nonce: string }
  | { type: 'resume'; token: string }
  | (FrameRequest & { req: number })
  | { type: 'resize'; height: number };

export interface CardElsewhere {
  matches: QuoteElsewhere[];
  speaker: Speaker;
}

export type BackgroundToFrame =
  /** Bound (after `hello` or `resume`): `token` lets this frame resume on a new port. */
  | { type: 'bound'; token: string }
  /** `draft`: what the reader typed in this mark's editor and has not stored yet. */
  | { type: 'show'; view: FrameView; annotation: AnnotationRecord; draft?: Draft }
  /** `elsewhere`: a quote's matches in other saved articles and who said it here (page text: shown as text only). */
  | { type: 'card'; card: CardText; elsewhere?: CardElsewhere }
  | { type: 'hide' }
  | { type: 'done'; req: number }
  /** `req`: the request refused; without it, a failure of no request (shown in an open editor). */
  | { type: 'error'; message: string; req?: number };

export const FRAME_TOKEN_RE = /^[0-9a-f]{32}$/;

export function isFrameMessage(x: unknown): x is FrameToBackground {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { type?: unknown; nonce?: unknown; token?: unknown; height?: unknown; edit?: unknown; req?: unknown };
  const req = Number.isSafeInteger(m.req);
  switch (m.type) {
    case 'hello':
      return typeof m.nonce === 'string';
    case 'resume':
      return typeof m.token === 'string';
    case 'resize':
      return typeof m.height === 'number' && Number.isFinite(m.height);
    case 'save':
      return req && typeof m.edit === 'object' && m.edit !== null;
    case 'delete':
    case 'close':
      return req;
    default:
      return false;
  }
}
