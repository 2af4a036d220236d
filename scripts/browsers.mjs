// Where the browsers the project drives live: Debian's packages, or the user's own via env vars.
import { existsSync } from 'node:fs';

function pick(envVar, candidates, name, pkg) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${name} not found: install it (apt-get install -y ${pkg}) or set ${envVar}`);
  return found;
}

export const chromiumPath = () => pick('CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], 'Chromium', 'chromium');
export const firefoxPath = () => pick('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'Firefox', 'firefox-esr');

/** Flags that keep Chromium quiet on a machine without network, as root, headless or not. */
export const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];
