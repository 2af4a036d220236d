// The two builds as the stores and browsers see them: manifest shape per browser, and web-ext lint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/browsers';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('build output', () => {
  it('Chrome gets an MV3 service worker and no Gecko settings', () => {
    const m = manifest(DIST.chromium);
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBeTruthy();
    expect(m.background.scripts).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Firefox gets an MV3 event page and Gecko settings', () => {
    const m = manifest(DIST.firefox);
    expect(m.manifest_version).toBe(3);
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: expect.any(String), strict_min_version: '140.0' });
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for no permission beyond the ones docs/security.md justifies', () => {
    for (const [dir, permissions] of [
      [DIST.chromium, ['contextMenus', 'offscreen', 'scripting', 'storage']],
      [DIST.firefox, ['contextMenus', 'scripting', 'storage']],
    ] as const) {
      const m = manifest(dir);
      expect([...m.permissions].sort()).toEqual(permissions);
      expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    }
  });

  it('exposes to web pages only the frame page and the content script chunks its loader imports', () => {
    for (const dir of [DIST.chromium, DIST.firefox]) {
      const resources: string[] = manifest(dir).web_accessible_resources.flatMap((r: { resources: string[] }) => r.resources);
      expect(resources.filter((r) => !/^assets\/[\w.-]+\.js$/.test(r))).toEqual(['src/frame/index.html']);
    }
    const chromeFrame = manifest(DIST.chromium).web_accessible_resources.find((r: { resources: string[] }) => r.resources.includes('src/frame/index.html'));
    expect(chromeFrame.use_dynamic_url).toBe(true);
  });

  it('web-ext lint finds no errors in the Firefox build', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: DIST.firefox, output: 'json', selfHosted: false, boring: true },
      { shouldExitProgram: false },
    );
    expect(result.errors).toEqual([]);
  });
});
