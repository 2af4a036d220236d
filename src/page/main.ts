// Content script entry: one PageSession per page; messages from the background go to it.
import browser from 'webextension-polyfill';
import { isToPage } from '../shared/messages';
import { isContextGone, PageSession } from './page-session';

const session = new PageSession(document, browser.runtime.getURL('src/frame/index.html'));

browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isToPage(msg)) return undefined;
  return session.handle(msg);
});

void session.start().catch((e: unknown) => {
  // The extension was reloaded or removed under this page: nothing here can reach it any more.
  if (isContextGone(e)) console.info('Quotelight is not running on this page any more (the extension was reloaded or removed).', e);
  else session.fail('page_failStart', e);
});
