// "Highlight with Quotelight" on a selection, and the keyboard shortcut: both ask the tab's
// content script to take its current selection (only it can map the selection to article text).
import browser from 'webextension-polyfill';
import { logFailure, sendToTab } from '../shared/messaging';
import { t } from '../shared/i18n';

const MENU_ID = 'quotelight-highlight';

export function registerHighlightTriggers(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuHighlight'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void highlightIn(tab.id, 'context-menu');
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'highlight-selection') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await highlightIn(id, 'shortcut');
  });
}

/** The page shows the reader why a highlight failed (storage full, say); here it is logged with where it came from. */
async function highlightIn(tabId: number, from: string): Promise<void> {
  await sendToTab(tabId, { type: 'page/highlight-selection' }).catch(logFailure(`highlight from the ${from} in tab ${tabId}`));
}
