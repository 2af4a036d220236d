// Background entry: a service worker in Chrome, an event page in Firefox. Listeners are registered
// synchronously at top level so a woken worker sees the event that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { registerHighlightTriggers } from './context-menu';
import { logFailure } from '../shared/messaging';
import { getLibrary } from '../storage';
import { acceptFramePort, forgetFrame, useSessionArea } from './frames';
import { acceptKeepAlive } from './keep-alive';
import { frameActions, handleMessage } from './router';
import { senderKind } from './sender';
import { forgetTab } from './tab-states';

const isOurFrame = (s: Runtime.MessageSender) => senderKind(s, browser.runtime.id, browser.runtime.getURL('')) === 'extension-frame';

// The frames' bindings and the reader's drafts outlive a stopped worker in session storage.
if (browser.storage?.session) useSessionArea(browser.storage.session, [browser.storage.session, browser.storage.local]);
else console.warn('Quotelight: no session storage here; drafts and frame bindings last only as long as the background.');

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => handleMessage(msg, sender));
// Each port handler takes only ports of its own name: the frame's, and the library page's keep-alive.
browser.runtime.onConnect.addListener((port) => acceptFramePort(port, isOurFrame, frameActions));
browser.runtime.onConnect.addListener(acceptKeepAlive);
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  forgetFrame(tabId);
});
registerHighlightTriggers();
// An import the browser stopped half-way (the background was shut down) is undone: all or nothing.
void getLibrary().rollBackStaleImports().catch(logFailure('rolling back an unfinished import'));
// What has been in the trash for 30 days goes at each start (and daily while in use, library.ts).
void getLibrary().purgeTrash().catch(logFailure('purging the trash'));
