import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/manifest-for';

const base = () => ({
  manifest_version: 3,
  name: 'Quotelight',
  version: '0.1.0',
  background: { service_worker: 'src/background/main.ts', type: 'module' },
  content_scripts: [{ matches: ['https://*/*'], js: ['src/page/main.ts'] }],
  permissions: ['contextMenus', 'offscreen'],
  browser_specific_settings: { gecko: { id: 'made-up@example.test', strict_min_version: '140.0' } },
  minimum_chrome_version: '105',
});

describe('manifestFor', () => {
  it('chrome: drops the Gecko settings and keeps the service worker', () => {
    const m = manifestFor(base(), 'chrome');
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.background).toEqual({ service_worker: 'src/background/main.ts', type: 'module' });
    expect(m.minimum_chrome_version).toBe('105');
  });

  it('firefox: runs the service worker entry as a background script and drops the Chrome minimum', () => {
    const m = manifestFor(base(), 'firefox');
    expect(m.background).toEqual({ scripts: ['src/background/main.ts'], type: 'module' });
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m.browser_specific_settings).toEqual({ gecko: { id: 'made-up@example.test', strict_min_version: '140.0' } });
  });

  it('leaves every other key as it is for both browsers', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(base(), browser);
      expect(m.content_scripts, browser).toEqual(base().content_scripts);
      expect(m.manifest_version, browser).toBe(3);
    }
  });

  it('asks for offscreen only in Chrome, whose service worker cannot start the analysis worker', () => {
    expect(manifestFor(base(), 'chrome').permissions).toEqual(['contextMenus', 'offscreen']);
    expect(manifestFor(base(), 'firefox').permissions).toEqual(['contextMenus']);
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(base(), browser);
      expect(m.manifest_version, browser).toBe(3);
    }
  });

  it('does not mutate the input, nor share nested objects with it', () => {
    const input = base();
    const chrome = manifestFor(input, 'chrome');
    const firefox = manifestFor(input, 'firefox');
    expect(input).toEqual(base());
    (chrome.content_scripts as { js: string[] }[])[0]!.js.push('extra.js');
    (firefox.permissions as string[]).push('tabs');
    expect(input).toEqual(base());
  });

  it("works on the project's own manifest.json", () => {
    const real = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const entry = (real.background as { service_worker: string }).service_worker;
    expect(manifestFor(real, 'firefox').background).toEqual({ scripts: [entry], type: 'module' });
    expect(manifestFor(real, 'chrome')).not.toHaveProperty('browser_specific_settings');
    expect((manifestFor(real, 'firefox').browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(
      (real.browser_specific_settings as { gecko: { id: string } }).gecko.id,
    );
  });
});
