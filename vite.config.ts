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
    // Extension pages crx does not bundle from the manifest: the library, the offscreen document that
    // hosts the analysis worker in Chrome, and the frame that content scripts put on pages (named in
    // web_accessible_resources, which crx copies but does not build).
    rollupOptions: { input: { library: 'src/library/index.html', offscreen: 'src/offscreen/index.html', frame: 'src/frame/index.html' } },
    target: browser === 'firefox' ? 'firefox140' : 'chrome120',
    sourcemap: false,
  },
  // The analysis worker is a module worker: it may share chunks with the pages.
  worker: { format: 'es' },
  // No dev server is used for the extension; keep Vite from probing the network.
  server: { hmr: false },
});
