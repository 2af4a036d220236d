import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';

// One manifest source, one build per browser: QL_BROWSER picks the target and the output folder.
const browser: TargetBrowser = process.env.QL_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(baseManifest, browser) as unknown as ManifestV3Export, browser })],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    // Extension pages the manifest does not name: crx only follows manifest entries.
    rollupOptions: { input: { library: 'src/library/index.html', offscreen: 'src/offscreen/index.html' } },
    target: browser === 'firefox' ? 'firefox140' : 'chrome120',
    sourcemap: false,
  },
  // The analysis worker is a module worker: it may share chunks with the pages.
  worker: { format: 'es' },
  // No dev server is used for the extension; keep Vite from probing the network.
  server: { hmr: false },
});
