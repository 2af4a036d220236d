// Puts a page session's highlight colours into its tab as user-origin CSS (see shared/highlight-styles.ts).
import browser from 'webextension-polyfill';
import { highlightCss } from '../shared/highlight-styles';
import { WRAP_TAG } from '../shared/wrap-tag';

export async function insertHighlightStyles(tabId: number, prefix: string): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [0] }, css: highlightCss(prefix, WRAP_TAG), origin: 'USER' });
}
