// The extension's frame on web pages (a web-accessible page the content script puts in its closed
// shadow root). Everything the reader reads of their notes or types into them happens here, in the
// extension's origin: no page script can read this document or see its events.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { frameDraftArea } from '../shared/drafts';
import { FRAME_PORT } from '../shared/frame-protocol';
import { FrameApp, type FrameState, HIDDEN, nextState } from './FrameApp';
import { FrameLink, type LinkPort } from './frame-link';
import { markDocumentLanguage } from '../shared/i18n';

// The nonce the content script announced to the background binds this frame's port; it is used once.
const nonce = location.hash.slice(1);
history.replaceState(null, '', location.pathname);

markDocumentLanguage();
const app = document.getElementById('app')!;
// Drafts live in the extension's storage (drafts.ts says which area): the page cannot reach it.
const drafts = frameDraftArea(browser.storage);
if (!drafts) console.warn('Quotelight: no extension storage in this frame: an unsaved note is not kept as a draft.');
let state: FrameState = HIDDEN;
const show = (next: FrameState) => {
  state = next;
  render(<FrameApp state={state} port={link} drafts={drafts} libraryUrl={browser.runtime.getURL('src/library/index.html')} />, app);
};
const link = new FrameLink(
  () => browser.runtime.connect({ name: FRAME_PORT }) as LinkPort,
  nonce,
  (msg) => show(nextState(state, msg)),
  // The content script makes a new frame when it needs one. An open editor stays: its next action
  // resumes on a new port, or says it could not, and what was typed is kept either way.
  () => {
    if (state.kind !== 'editor') show(HIDDEN);
  },
);

// The editor renders while the page side still hides the frame, when nothing in it can take focus:
// the caret goes to the note once the frame is shown (its viewport gets a size) or focused.
const focusNote = () => {
  if (state.kind === 'editor' && (document.activeElement === document.body || !document.activeElement)) {
    document.querySelector<HTMLTextAreaElement>('textarea[data-ql="note"]')?.focus();
  }
};
window.addEventListener('focus', focusNote);
new ResizeObserver(focusNote).observe(document.documentElement);

show(HIDDEN);
