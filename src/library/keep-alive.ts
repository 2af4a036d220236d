// While the library page is open, the background keeps its search index in memory: a browser
// stops an idle background after ~30 s (Chromium's service worker, Firefox's event page), and the
// next keystroke would then wait for the index to be built again. A port with a ping every 20 s
// counts as activity in both.
import browser from 'webextension-polyfill';

export const KEEP_ALIVE_PORT = 'library-keep-alive';
const PING_MS = 20_000;

export function keepBackgroundAlive(): void {
  let port = browser.runtime.connect({ name: KEEP_ALIVE_PORT });
  // A stopped background (an update, a crash) drops the port: connect again on the next ping.
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  setInterval(() => {
    if (!open) {
      port = browser.runtime.connect({ name: KEEP_ALIVE_PORT });
      open = true;
      port.onDisconnect.addListener(() => {
        open = false;
      });
    }
    port.postMessage('ping');
  }, PING_MS);
}
