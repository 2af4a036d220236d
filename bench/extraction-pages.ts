// The loop the extraction benches share: the extraction code bundled for the page, and each page of
// the extraction benchmark loaded in Chromium as fetched, its scripts held off by CSP and nothing
// else fetched, with the bundle evaluated in it before `each` measures.
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from '../scripts/browsers.mjs';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** `source` (TypeScript importing from ./src) bundled into one script to evaluate in a page. */
export async function bundleForPage(source: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: source, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  return bundle.outputFiles[0]!.text;
}

/** Loads each page's HTML in turn, evaluates `code` in it, then runs `each`; the browser is closed at the end. */
export async function onEachPage<P extends { html: string }>(pages: readonly P[], code: string, each: (page: Page, p: P) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_QUIET_ARGS });
  try {
    const ctx = await browser.newContext();
    let current = '';
    const URL_ = 'http://127.0.0.1:9/page.html';
    await ctx.route('**/*', (route) =>
      route.request().url() === URL_
        ? route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }, body: current })
        : route.abort(),
    );
    const page = await ctx.newPage();
    for (const p of pages) {
      current = p.html;
      await page.goto(URL_, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      await each(page, p);
    }
  } finally {
    await browser.close();
  }
}
