// The library page's keep-alive port (see src/library/keep-alive.ts): accepted only from the
// extension's own pages; its pings need no answer, receiving them is the point.
import browser, { type Runtime } from 'webextension-polyfill';
import { KEEP_ALIVE_PORT } from '../library/keep-alive';

export function acceptKeepAlive(port: Runtime.Port): void {
  if (port.name !== KEEP_ALIVE_PORT) return;
  const url = port.sender?.url ?? '';
  if (port.sender?.id !== browser.runtime.id || !url.startsWith(browser.runtime.getURL(''))) port.disconnect();
}
