// The frame Quotelight shows on each page (src/frame/): which one is ours and what it shows.
// A content script announces a one-time nonce, then creates the frame with it; the first port that
// presents that nonce from that tab is bound, any other is dropped. The content script may then ask
// the bound frame to show one of its own article's marks; the frame edits or deletes only what it shows.
// A stopped service worker forgets all this and leaves the frame's port dead without telling it: so
// each bound frame gets a secret token, kept with the mark its editor shows in session storage (which
// outlives the worker), and a frame whose request got no answer resumes on a new port with it.
import type { Runtime } from 'webextension-polyfill';
import { clearDraftIn, type KeyValueArea, memoryArea, readDraftIn } from '../shared/drafts';
import {
  type BackgroundToFrame,
  type CardElsewhere,
  FRAME_PORT,
  FRAME_TOKEN_RE,
  type FrameEdit,
  type FrameToBackground,
  isFrameMessage,
} from '../shared/frame-protocol';
import type { CardText, FrameView, ToPage } from '../shared/messages';
import type { AnnotationRecord } from '../shared/records';

interface Binding {
  port: Runtime.Port;
  token: string;
  shown: { view: FrameView; id: string } | null;
}

/** What a frame's binding leaves in session storage: enough to resume it after the worker stopped. */
interface StoredBinding {
  token: string;
  /** The mark open in the frame's editor. */
  editing: string | null;
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

let area: KeyValueArea = memoryArea();
let draftAreas: KeyValueArea[] = [area];
/**
 * Set once at start: the background's session storage (browser.storage.session) for the bindings,
 * and every area a frame may keep drafts in (drafts.ts); memory until then (tests).
 */
export function useSessionArea(session: KeyValueArea, drafts: KeyValueArea[] = [session]): void {
  area = session;
  draftAreas = drafts;
}
const bindingKey = (tabId: number) => `ql-frame:${tabId}`;

const logStore = (e: unknown) => console.error('Quotelight: could not keep the frame binding in session storage', e);

function remember(tabId: number, b: Binding): Promise<void> {
  const stored: StoredBinding = { token: b.token, editing: b.shown?.view === 'editor' ? b.shown.id : null };
  return area.set({ [bindingKey(tabId)]: stored });
}

function forgetStored(tabId: number): void {
  area.remove(bindingKey(tabId)).catch((e: unknown) => console.error('Quotelight: could not forget a frame binding', tabId, e));
}

async function storedBinding(tabId: number): Promise<StoredBinding | null> {
  const got = (await area.get(bindingKey(tabId)))[bindingKey(tabId)] as Partial<StoredBinding> | undefined;
  return typeof got?.token === 'string' && (got.editing === null || typeof got.editing === 'string') ? (got as StoredBinding) : null;
}

function token(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

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
  forgetStored(tabId); // the old frame's token resumes nothing any more
  pending.set(tabId, nonce);
}

export function forgetFrame(tabId: number): void {
  pending.delete(tabId);
  bound.get(tabId)?.port.disconnect();
  bound.delete(tabId);
  forgetStored(tabId);
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
  const wasEditing = b.shown?.view === 'editor';
  b.shown = { view, id: annotation.id };
  if (view === 'editor' || wasEditing) await remember(tabId, b).catch(logStore);
  // What the reader typed in this editor and did not store comes back with it.
  const draft =
    view === 'editor'
      ? await readDraftIn(draftAreas, annotation.id).catch((e: unknown) => {
          console.error('Quotelight: could not read the draft of a note; the editor opens on what is stored', e);
          return null;
        })
      : null;
  post(b.port, draft ? { type: 'show', view, annotation, draft } : { type: 'show', view, annotation });
  return true;
}

/** Shows a quote's or an actor's card (page-derived text, nothing stored) in the tab's frame. */
export async function showCardInFrame(tabId: number, card: CardText, elsewhere?: CardElsewhere): Promise<boolean> {
  const b = await bindingOf(tabId);
  if (!b) return false;
  if (b.shown?.view === 'editor') void remember(tabId, { ...b, shown: null }).catch(logStore);
  b.shown = null;
  post(b.port, elsewhere?.matches.length ? { type: 'card', card, elsewhere } : { type: 'card', card });
  return true;
}

export function hideFrame(tabId: number): void {
  const b = bound.get(tabId);
  if (!b) return;
  if (b.shown?.view === 'editor') void remember(tabId, { ...b, shown: null }).catch(logStore);
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
  let binds: Promise<void> | null = null;
  port.onMessage.addListener((raw: unknown) => {
    if (!isFrameMessage(raw)) return;
    if (!binding) {
      // The first message binds or is refused; what follows it waits for the binding (a resume reads storage).
      if (!binds) {
        binds = bind(tabId, port, raw).then(
          (b) => {
            binding = b;
            if (!b) port.disconnect();
          },
          (e: unknown) => {
            console.error('Quotelight: binding the page frame failed', e);
            port.disconnect();
          },
        );
        return;
      }
      void binds.then(() => binding && handle(tabId, binding, raw, actions));
      return;
    }
    handle(tabId, binding, raw, actions);
  });
  port.onDisconnect.addListener(() => {
    if (binding && bound.get(tabId) === binding && binding.port === port) bound.delete(tabId);
  });
}

/** Binds the port on `hello` with the announced nonce, or on `resume` with the tab's frame token; null to refuse. */
async function bind(tabId: number, port: Runtime.Port, first: FrameToBackground): Promise<Binding | null> {
  if (first.type === 'hello') {
    if (pending.get(tabId) !== first.nonce) return null;
    pending.delete(tabId);
    const b: Binding = { port, token: token(), shown: null };
    bound.set(tabId, b);
    await remember(tabId, b).catch(logStore);
    settle(tabId, b);
    post(port, { type: 'bound', token: b.token });
    return b;
  }
  if (first.type !== 'resume' || !FRAME_TOKEN_RE.test(first.token)) return null;
  // A frame the content script is replacing resumes nothing; nor does one of another tab (its token is not this tab's).
  if (pending.has(tabId)) return null;
  const live = bound.get(tabId);
  if (live) {
    if (live.token !== first.token) return null;
    live.port = port; // the same worker, a new port: the old one may still answer what was on it
    post(port, { type: 'bound', token: live.token });
    return live;
  }
  const stored = await storedBinding(tabId);
  if (!stored || stored.token !== first.token || bound.has(tabId) || pending.has(tabId)) return null;
  const b: Binding = { port, token: stored.token, shown: stored.editing ? { view: 'editor', id: stored.editing } : null };
  bound.set(tabId, b);
  settle(tabId, b);
  post(port, { type: 'bound', token: b.token });
  return b;
}

function handle(tabId: number, b: Binding, msg: FrameToBackground, actions: FrameActions): void {
  onFrameMessage(tabId, b, msg, actions).catch((e: unknown) => {
    console.error('Quotelight: a change made in the page frame failed', e);
    const message = e instanceof Error ? e.message : String(e);
    post(b.port, 'req' in msg ? { type: 'error', message, req: msg.req } : { type: 'error', message });
  });
}

async function onFrameMessage(tabId: number, b: Binding, msg: FrameToBackground, actions: FrameActions): Promise<void> {
  switch (msg.type) {
    case 'hello':
    case 'resume':
      return; // bound already
    case 'resize':
      await actions.toPage(tabId, { type: 'page/frame-resize', height: Math.max(0, Math.min(MAX_FRAME_HEIGHT, Math.ceil(msg.height))) });
      return;
    case 'close':
      await closeEditor(tabId, b, msg.req, actions);
      return;
    case 'save':
    case 'delete': {
      const shown = b.shown;
      if (shown?.view !== 'editor') throw new Error('Nothing is open for editing.');
      if (msg.type === 'save') await actions.save(tabId, shown.id, msg.edit);
      else await actions.remove(tabId, shown.id);
      // Stored (or gone): the draft has done its job.
      await clearDraftIn(draftAreas, shown.id).catch((e: unknown) => console.error('Quotelight: could not clear a stored draft', e));
      await closeEditor(tabId, b, msg.req, actions);
      return;
    }
  }
}

/** Answers the request, then hides the frame here and on the page. */
async function closeEditor(tabId: number, b: Binding, req: number, actions: FrameActions): Promise<void> {
  const wasEditing = b.shown?.view === 'editor';
  b.shown = null;
  post(b.port, { type: 'done', req });
  post(b.port, { type: 'hide' });
  if (wasEditing) await remember(tabId, b).catch(logStore);
  await actions.toPage(tabId, { type: 'page/frame-close' });
}
