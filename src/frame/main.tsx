// The extension's frame on web pages (a web-accessible page the content script puts in its closed
// shadow root). Everything the reader reads of their notes or types into them happens here, in the
// extension's origin: no page script can read this document or see its events.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { BackgroundToFrame } from '../shared/frame-protocol';
import { FRAME_PORT } from '../shared/frame-protocol';
import { FrameApp, type FrameState, HIDDEN, nextState } from './FrameApp';

// The nonce the content script announced to the background binds this frame's port; it is used once.
const nonce = location.hash.slice(1);
history.replaceState(null, '', location.pathname);

const app = document.getElementById('app')!;
const port = browser.runtime.connect({ name: FRAME_PORT });
let state: FrameState = HIDDEN;
const show = (next: FrameState) => {
  state = next;
  render(<FrameApp state={state} port={port} libraryUrl={browser.runtime.getURL('src/library/index.html')} />, app);
};

// The editor renders while the page side still hides the frame, when nothing in it can take focus:
// the caret goes to the note once the frame is shown (its viewport gets a size) or focused.
const focusNote = () => {
  if (state.kind === 'editor' && (document.activeElement === document.body || !document.activeElement)) {
    document.querySelector<HTMLTextAreaElement>('textarea[data-ql="note"]')?.focus();
  }
};
window.addEventListener('focus', focusNote);
new ResizeObserver(focusNote).observe(document.documentElement);

port.onMessage.addListener((msg: unknown) => show(nextState(state, msg as BackgroundToFrame)));
port.onDisconnect.addListener(() => show(HIDDEN)); // the content script makes a new frame when it needs one
port.postMessage({ type: 'hello', nonce });
show(HIDDEN);
