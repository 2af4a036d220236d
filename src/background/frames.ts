// The frame Quotelight shows on each page (src/frame/): which one is ours and what it shows.
// A content script announces a one-time nonce, then creates the frame with it; the first port that
// presents that nonce from that tab is bound, any other is dropped. The content script may then ask
// the bound frame to show one of its own article's marks; the frame edits or deletes only what it shows.
import type { Runtime } from 'webextension-polyfill';
import { type BackgroundToFrame, type CardElsewhere, FRAME_PORT, type FrameEdit, type FrameToBackground, isFrameMessage } from '../shared/frame-protocol';
import type { CardText, FrameView, ToPage } from '../shared/messages';
import type { AnnotationRecord } from '../shared/records';

interface Binding {
  port: Runtime.Port;
  shown: { view: FrameView; id: string } | null;
}

/** What a frame's actions do; given by the router, which owns the library and the tabs. */
export interface FrameActions {
  save(tabId: number, id: string, edit: FrameEdit): Promise<void>;
  remove(tabId: number, id: string): Promise<void>;
  toPage(tabId: number, msg: ToPage): Promise<void>;
}

const pending = new Map<number, string>();
const bound = new Map<number, Binding>();
const waiting = new Map<number, ((b: Binding | null) => void)[]>();

/** How long a show waits for a frame that is still loading. */
const BIND_TIMEOUT_MS = 5_000;
const MAX_FRAME_HEIGHT = 640;

export const NONCE_RE = /^[0-9a-f]{32}$/;

function post(port: Runtime.Port, msg: BackgroundToFrame): void {
  try {
    port.postMessage(msg);
  } catch (e) {
    // The frame went away (its page navigated); the content script makes a new one when it needs it.
    console.warn('Quotelight: the frame on a page has gone', e);
  }
}

function settle(tabId: number, b: Binding | null): void {
  for (const w of waiting.get(tabId) ?? []) w(b);
  waiting.delete(tabId);
}

/** The content script is about to create its frame with this nonce; any older frame of the tab is dropped. */
export function expectFrame(tabId: number, nonce: string): void {
  if (!NONCE_RE.test(nonce)) throw new Error('Malformed frame nonce.');
  const old = bound.get(tabId);
  bound.delete(tabId);
  old?.port.disconnect();
  pending.set(tabId, nonce);
}

export function forgetFrame(tabId: number): void {
  pending.delete(tabId);
  bound.get(tabId)?.port.disconnect();
  bound.delete(tabId);
  settle(tabId, null);
}

async function bindingOf(tabId: number): Promise<Binding | null> {
  const b = bound.get(tabId);
  if (b || !pending.has(tabId)) return b ?? null;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), BIND_TIMEOUT_MS);
    const list = waiting.get(tabId) ?? [];
    list.push((got) => {
      clearTimeout(timer);
      resolve(got);
    });
    waiting.set(tabId, list);
  });
}

/** Shows an annotation (already checked to be of the tab's article) in the tab's frame; false when it has none. */
export async function showInFrame(tabId: number, view: FrameView, annotation: AnnotationRecord): Promise<boolean> {
  const b = await bindingOf(tabId);
  if (!b) return false;
  b.shown = { view, id: annotation.id };
  post(b.port, { type: 'show', view, annotation });
  return true;
}

/** Shows a quote's or an actor's card (page-derived text, nothing stored) in the tab's frame. */
export async function showCardInFrame(tabId: number, card: CardText, elsewhere?: CardElsewhere): Promise<boolean> {
  const b = await bindingOf(tabId);
  if (!b) return false;
  b.shown = null;
  post(b.port, elsewhere?.matches.length ? { type: 'card', card, elsewhere } : { type: 'card', card });
  return true;
}

export function hideFrame(tabId: number): void {
  const b = bound.get(tabId);
  if (!b) return;
  b.shown = null;
  post(b.port, { type: 'hide' });
}

/** For runtime.onConnect: binds our frame's port, or drops a port that is not the one the content script made. */
export function acceptFramePort(port: Runtime.Port, isOurFrame: (s: Runtime.MessageSender) => boolean, actions: FrameActions): void {
  if (port.name !== FRAME_PORT) return;
  const tabId = port.sender?.tab?.id;
  if (tabId === undefined || !port.sender || !isOurFrame(port.sender)) {
    port.disconnect();
    return;
  }
  let binding: Binding | null = null;
  port.onMessage.addListener((raw: unknown) => {
    if (!isFrameMessage(raw)) return;
    if (!binding) {
      if (raw.type !== 'hello' || pending.get(tabId) !== raw.nonce) {
        port.disconnect();
        return;
      }
      pending.delete(tabId);
      binding = { port, shown: null };
      bound.set(tabId, binding);
      settle(tabId, binding);
      return;
    }
    const b = binding;
    onFrameMessage(tabId, b, raw, actions).catch((e: unknown) => {
      console.error('Quotelight: a change made in the page frame failed', e);
      post(b.port, { type: 'error', message: e instanceof Error ? e.message : String(e) });
    });
  });
  port.onDisconnect.addListener(() => {
    if (binding && bound.get(tabId) === binding) bound.delete(tabId);
  });
}

async function onFrameMessage(tabId: number, b: Binding, msg: FrameToBackground, actions: FrameActions): Promise<void> {
  switch (msg.type) {
    case 'hello':
      return; // bound already
    case 'resize':
      await actions.toPage(tabId, { type: 'page/frame-resize', height: Math.max(0, Math.min(MAX_FRAME_HEIGHT, Math.ceil(msg.height))) });
      return;
    case 'close':
      b.shown = null;
      post(b.port, { type: 'hide' });
      await actions.toPage(tabId, { type: 'page/frame-close' });
      return;
    case 'save':
    case 'delete': {
      const shown = b.shown;
      if (shown?.view !== 'editor') throw new Error('Nothing is open for editing.');
      if (msg.type === 'save') await actions.save(tabId, shown.id, msg.edit);
      else await actions.remove(tabId, shown.id);
      b.shown = null;
      post(b.port, { type: 'hide' });
      await actions.toPage(tabId, { type: 'page/frame-close' });
      return;
    }
  }
}
