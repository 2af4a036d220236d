// Content script entry: find the article, hand its text to the background for analysis, report back.
import browser from 'webextension-polyfill';
import { isToPage } from './page-messages';
import { PageSession } from './page-session';

const session = new PageSession(document, location.href);

browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isToPage(msg)) return undefined;
  return session.handle(msg);
});

void session.start();
