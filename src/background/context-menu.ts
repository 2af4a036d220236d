// "Highlight with Quotelight" on a selection, and the keyboard shortcut: both ask the tab's
// content script to take its current selection (only it can map the selection to article text).
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messaging';

const MENU_ID = 'quotelight-highlight';

export function registerHighlightTriggers(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Highlight with Quotelight', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void highlightIn(tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'highlight-selection') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await highlightIn(id);
  });
}

async function highlightIn(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'page/highlight-selection' }).catch(() => undefined);
}
