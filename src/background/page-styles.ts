// Puts a page session's highlight colours into its tab, in the cascade origin that both paints and
// protects them in this browser (see shared/highlight-styles.ts and docs/highlight-painting.md).
import browser from 'webextension-polyfill';
import { highlightCss, type StyleOrigin } from '../shared/highlight-styles';
import { WRAP_TAG } from '../shared/wrap-tag';

/**
 * Gecko paints user-origin highlight backgrounds and puts inserted author sheets *after* the page's
 * (a page layer would outrank ours there), so it keeps the user origin; Chromium paints only
 * author-origin highlight backgrounds. Only Gecko has `runtime.getBrowserInfo`.
 */
export function highlightStyleOrigin(): StyleOrigin {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function' ? 'user' : 'author';
}

export async function insertHighlightStyles(tabId: number, prefix: string): Promise<void> {
  const origin = highlightStyleOrigin();
  await browser.scripting.insertCSS({
    target: { tabId, frameIds: [0] },
    css: highlightCss(prefix, WRAP_TAG, origin),
    origin: origin === 'user' ? 'USER' : 'AUTHOR',
  });
}
