// Background entry: a service worker in Chrome, an event page in Firefox. Listeners are registered
// synchronously at top level so a woken worker sees the event that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { registerHighlightTriggers } from './context-menu';
import { logFailure } from '../shared/messaging';
import { getLibrary } from '../storage';
import { acceptKeepAlive } from './keep-alive';
import { handleMessage } from './router';
import { forgetTab } from './tab-states';

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => handleMessage(msg, sender));
browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
browser.runtime.onConnect.addListener(acceptKeepAlive);
registerHighlightTriggers();
// An import the browser stopped half-way (the background was shut down) is undone: all or nothing.
void getLibrary().rollBackStaleImports().catch(logFailure('rolling back an unfinished import'));
