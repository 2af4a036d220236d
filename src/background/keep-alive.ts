// The library page's keep-alive port (see src/library/keep-alive.ts): accepted only from the
// extension's own pages; its pings need no answer, receiving them is the point. When the page
// closes, the reader has stopped searching: the moment to store the search index.
import browser, { type Runtime } from 'webextension-polyfill';
import { KEEP_ALIVE_PORT } from '../library/keep-alive';
import { getLibrary } from '../storage';

export function acceptKeepAlive(port: Runtime.Port): void {
  if (port.name !== KEEP_ALIVE_PORT) return;
  const url = port.sender?.url ?? '';
  if (port.sender?.id !== browser.runtime.id || !url.startsWith(browser.runtime.getURL(''))) {
    port.disconnect();
    return;
  }
  port.onDisconnect.addListener(() => {
    getLibrary()
      .search.snapshotNow()
      .catch((e: unknown) => console.error('Quotelight: storing the search index after the library closed failed; it will be built again at the next start.', e));
  });
}
