// Derives each browser's manifest from the one source in manifest.json.
export type TargetBrowser = 'chrome' | 'firefox';

type Manifest = Record<string, unknown>;

export function manifestFor(base: Manifest, browser: TargetBrowser): Manifest {
  const m: Manifest = structuredClone(base);
  if (browser === 'chrome') {
    // Chrome warns about keys it does not know; Gecko settings mean nothing there.
    delete m.browser_specific_settings;
  } else {
    delete m.minimum_chrome_version;
    // Firefox's event page starts analysis workers itself: no offscreen document, no permission for one.
    m.permissions = (m.permissions as string[]).filter((p) => p !== 'offscreen');
    // Firefox runs MV3 backgrounds as event pages; crx rewrites this to its loader, keeping the entry.
    const bg = m.background as { service_worker: string; type?: string };
    m.background = { scripts: [bg.service_worker], type: 'module' };
  }
  return m;
}
