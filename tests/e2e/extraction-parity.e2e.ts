// One article everywhere: for a sample of the extraction benchmark's real pages, the text the
// extension's content script extracts in Chromium (the real DOM) is the text the CLI extracts
// from the same HTML (parse5 + linkedom). The content script's own message to the background is
// read by an extra listener added to the service worker, so nothing in the extension is changed
// for the test. Page scripts are held off by a CSP meta tag: both sides see the parsed HTML.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from '../../scripts/browsers.mjs';
import { DEFAULT_DIR, pageIds, readPage } from '../../scripts/eval/extraction';
import { type FixtureServer, startFixtureServer } from '../../scripts/fixture-server';
import type { TextBlock } from '../../src/analysis/types';
import { htmlDocument } from '../../src/extraction/html-document';
import { extractArticle } from '../../src/extraction/extract-article';
import { DIST } from './support/browsers';
import { until } from './support/wait';

const HAVE_PAGES = (() => {
  try {
    return pageIds().length > 0;
  } catch {
    return false;
  }
})();
// Every ninth page of the sorted ids: ten pages, news and blogs, several languages.
const SAMPLE = HAVE_PAGES ? pageIds().filter((_, i) => i % 9 === 0) : [];

/** The page as served: a CSP meta tag right after the doctype, so no page script runs. */
function withoutScripts(html: string): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? `${doctype[0]}${csp}${html.slice(doctype[0].length)}` : `${csp}${html}`;
}

interface Seen {
  text: string;
  blocks: TextBlock[];
}

/** Runs in the service worker: remembers each tab's article as the content script sends it. */
function listenForArticles(): boolean {
  type Msg = { type?: string; article?: Seen };
  const g = globalThis as unknown as {
    chrome: { runtime: { onMessage: { addListener(fn: (m: Msg, sender: { url?: string }) => undefined): void } } };
    qlSeen?: Record<string, Seen>;
  };
  g.qlSeen = {};
  // Page messages name no URL (the background binds them to the sender): key by the sender's.
  g.chrome.runtime.onMessage.addListener((m, sender) => {
    if (m?.type === 'page/analyze' && sender.url && m.article) g.qlSeen![sender.url] = { text: m.article.text, blocks: m.article.blocks };
    return undefined;
  });
  return true;
}

/** Runs in the service worker: asks the tab showing `url` to extract even if it does not look like an article. */
async function analyzeAnyway(url: string): Promise<boolean> {
  type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
  const api = (globalThis as unknown as { chrome: Api }).chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) return false;
  await api.tabs.sendMessage(tab.id, { type: 'page/analyze-anyway' });
  return true;
}

describe.skipIf(!HAVE_PAGES)(`extraction parity, Chromium vs CLI (${DEFAULT_DIR})`, () => {
  let ctx: BrowserContext | undefined;
  let sw: Worker;
  let server: FixtureServer;
  let profile = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const id of SAMPLE) server.page(`extraction/${id}.html`, withoutScripts(readPage(id)));
    profile = mkdtempSync(join(tmpdir(), 'ql-parity-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${DIST.chromium}`, `--load-extension=${DIST.chromium}`, ...CHROMIUM_QUIET_ARGS],
    });
    await ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    await sw.evaluate(listenForArticles);
  });

  afterAll(async () => {
    await ctx?.close().catch(() => undefined);
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  });

  it.each(SAMPLE)('page %s: the content script extracts the text the CLI does', async (id) => {
    const html = withoutScripts(readPage(id));
    const url = server.url(`extraction/${id}.html`);
    const cli = extractArticle(htmlDocument(html), url);
    const page = await ctx!.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const seen = () => sw.evaluate((u) => (globalThis as unknown as { qlSeen: Record<string, Seen> }).qlSeen[u] ?? null, url);
      let inBrowser = await until(seen, (v) => v !== null, 5_000);
      if (!inBrowser) {
        // Readability's quick check said "not an article": the reader's "Analyse anyway" runs the same extraction.
        expect(await sw.evaluate(analyzeAnyway, url)).toBe(true);
        inBrowser = await until(seen, (v) => v !== null);
      }
      expect(cli, 'the CLI finds an article').not.toBeNull();
      expect(inBrowser?.text).toBe(cli!.text);
      expect(inBrowser?.blocks).toEqual(cli!.blocks);
    } finally {
      await page.close();
    }
  });
});
