// Which ways of styling a custom highlight from an extension are painted, and which a page can undo,
// in this machine's Chromium and Firefox: the measurement behind background/page-styles.ts (see
// docs/highlight-painting.md). A throwaway extension inserts one sheet per case with
// scripting.insertCSS; the page attacks some names with its own rules; each line of text is
// screenshotted and its dominant colour printed. Run: npx tsx bench/highlight-origins.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath, firefoxPath } from '../scripts/browsers.mjs';
import { decodePng, dominantColour } from '../tests/e2e/support/pixels';

const RED = 'background-color: rgb(255, 0, 0) !important';
/** [highlight name, origin of our sheet, our rule's wrapper, the page's attack on that name (or none)]. */
const CASES: [string, 'USER' | 'AUTHOR', 'plain' | 'layer', string][] = [
  ['user', 'USER', 'plain', ''],
  ['user-vs-page', 'USER', 'plain', '::highlight(user-vs-page) { background-color: transparent !important; }'],
  ['author', 'AUTHOR', 'plain', ''],
  ['author-vs-page', 'AUTHOR', 'plain', '::highlight(author-vs-page) { background-color: transparent !important; }'],
  ['layer-vs-page', 'AUTHOR', 'layer', 'html body p::highlight(layer-vs-page) { background-color: transparent !important; }'],
  ['layer-vs-page-layer', 'AUTHOR', 'layer', '@layer early { ::highlight(layer-vs-page-layer) { background-color: transparent !important; } }'],
];

const dir = mkdtempSync(join(tmpdir(), 'ql-origins-'));
const ext = join(dir, 'ext');
mkdirSync(ext);
const sheets = CASES.map(([name, origin, wrap]) => ({ origin, css: wrap === 'layer' ? `@layer { ::highlight(${name}) { ${RED}; } }` : `::highlight(${name}) { ${RED}; }` }));
writeFileSync(
  join(ext, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'highlight origins probe',
    version: '1.0',
    background: { service_worker: 'bg.js', scripts: ['bg.js'] },
    permissions: ['scripting'],
    host_permissions: ['http://127.0.0.1/*'],
    browser_specific_settings: { gecko: { id: 'highlight-origins@quotelight.dev' } },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['cs.js'], run_at: 'document_idle' }],
  }),
);
writeFileSync(
  join(ext, 'bg.js'),
  `const api = globalThis.browser ?? globalThis.chrome;
api.runtime.onMessage.addListener((m, sender) => Promise.all(${JSON.stringify(sheets)}.map((s) =>
  api.scripting.insertCSS({ target: { tabId: sender.tab.id, frameIds: [0] }, css: s.css, origin: s.origin }))).then(() => 'ok', String));`,
);
writeFileSync(
  join(ext, 'cs.js'),
  `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage('hello').then((r) => {
  for (const p of document.querySelectorAll('p[data-h]')) { const r = document.createRange(); r.selectNodeContents(p); CSS.highlights.set(p.dataset.h, new Highlight(r)); }
  document.documentElement.dataset.ready = r;
});`,
);
const html = `<!doctype html><style>body { font: 18px/1.6 sans-serif; background: #fff; } ${CASES.map((c) => c[3]).join('\n')}</style>
${CASES.map(([name]) => `<p data-h="${name}">${name} xxxxxxxxxxxxxxxx</p>`).join('\n')}`;
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

interface Driven {
  evaluate<R>(fn: () => R): Promise<R>;
  shot(clip: { x: number; y: number; width: number; height: number }): Promise<Uint8Array>;
}

async function measure(browser: string, page: Driven): Promise<void> {
  const lines = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('p[data-h]')].map((p) => {
      const r = document.createRange();
      r.selectNodeContents(p);
      const b = r.getClientRects()[0]!;
      return { name: p.dataset.h!, clip: { x: Math.ceil(b.left) + 1, y: Math.ceil(b.top) + 1, width: Math.floor(b.width) - 3, height: Math.floor(b.height) - 3 } };
    }),
  );
  const inPage = await page.evaluate(() => document.styleSheets.length);
  console.log(`${browser}: document.styleSheets holds ${inPage} sheet(s) (the page's own: 1)`);
  for (const { name, clip } of lines) {
    const rgb = dominantColour(decodePng(await page.shot(clip)));
    console.log(`  ${name.padEnd(20)} ${rgb.join(',') === '255,0,0' ? 'painted' : `not painted (${rgb.join(',')})`}`);
  }
}

try {
  const ctx = await chromium.launchPersistentContext(join(dir, 'chromium'), {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_QUIET_ARGS],
  });
  const cp = await ctx.newPage();
  await cp.goto(url);
  await cp.waitForSelector('html[data-ready]', { timeout: 30_000 });
  await measure(`chromium ${ctx.browser()?.version() ?? ''}`, { evaluate: (fn) => cp.evaluate(fn), shot: (clip) => cp.screenshot({ clip }) });
  await ctx.close();

  const ff = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, args: ['--remote-allow-system-access'] });
  await ff.installExtension(ext);
  const fp = await ff.newPage();
  await fp.goto(url);
  await fp.waitForSelector('html[data-ready]', { timeout: 30_000 });
  // The page does not scroll, so puppeteer's document coordinates are the viewport's.
  await measure(`firefox ${await ff.version()}`, { evaluate: (fn) => fp.evaluate(fn), shot: (clip) => fp.screenshot({ clip }) });
  await ff.close();
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
