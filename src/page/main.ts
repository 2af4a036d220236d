// Content script entry: one PageSession per page; messages from the background go to it.
import browser from 'webextension-polyfill';
import { isToPage } from '../shared/messages';
import { PageSession, quiet } from './page-session';

const session = new PageSession(document, browser.runtime.getURL('src/frame/index.html'));

browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isToPage(msg)) return undefined;
  return session.handle(msg);
});

void session.start().catch(quiet);
