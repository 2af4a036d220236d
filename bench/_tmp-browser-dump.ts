// experiment: extraction text in Chromium for every page → /tmp/qlx/browser.json
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { pageIds, readPage } from '../scripts/eval/extraction';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from '../scripts/browsers.mjs';

const bundle = await build({ stdin: { contents: "import { extractArticle } from './src/extraction/extract-article'; (globalThis as any).__ql = { extractArticle };", resolveDir: '/work/wt-extraction', loader: 'ts' }, bundle: true, format: 'iife', write: false, target: 'es2022' });
const code = bundle.outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_QUIET_ARGS });
const ctx = await browser.newContext();
let current = '';
await ctx.route('**/*', (route) => {
  if (route.request().url() === 'http://127.0.0.1:9/page.html') return route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }, body: current });
  return route.abort();
});
const page = await ctx.newPage();
const out: Record<string, string> = {};
for (const id of pageIds()) {
  current = readPage(id);
  await page.goto('http://127.0.0.1:9/page.html', { waitUntil: 'domcontentloaded' });
  await page.evaluate(code);
  out[id] = await page.evaluate(() => (globalThis as any).__ql.extractArticle(document, location.href)?.text ?? '');
}
writeFileSync('/tmp/qlx/browser.json', JSON.stringify(out));
await browser.close();
