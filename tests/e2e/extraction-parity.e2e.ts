// One article everywhere: for a sample of the extraction benchmark's real pages, the text the
// extension extracts in each browser (the content script's snapshot of the live page, read by the
// extension's worker) is the text the CLI extracts from the same HTML (parse5 + linkedom). The
// content script's own message to the background is read by an extension page that listens too
// (runtime messages reach every extension page), so nothing in the extension is changed for the
// test. Page scripts are held off by a CSP meta tag: both sides see the parsed HTML.
import { expect, it } from 'vitest';
import { DEFAULT_DIR, pageIds, readPage } from '../../scripts/eval/extraction';
import type { TextBlock } from '../../src/analysis/types';
import { snapshotOfHtml } from '../../src/extraction/page-snapshot';
import { extractSnapshot } from '../../src/extraction/snapshot-extraction';
import type { TestPage } from './support/browsers';
import { inEachBrowser } from './support/suite';
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

type Api = {
  runtime: {
    onMessage: {
      addListener(fn: (m: { type?: string; article?: Seen; report?: { isArticle: boolean } }, sender: { url?: string }) => undefined): void;
    };
  };
};

/**
 * Runs in an extension page: remembers each tab's article as its content script sends it to the
 * background, or 'refused' when the content script reports the page is not an article.
 */
function listenForArticles(): boolean {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api; qlSeen?: Record<string, Seen | 'refused'> };
  g.qlSeen = {};
  // Page messages name no URL (the background binds them to the sender): key by the sender's.
  (g.browser ?? g.chrome)!.runtime.onMessage.addListener((m, sender) => {
    if (!sender.url) return undefined;
    if (m?.type === 'page/analyze' && m.article) g.qlSeen![sender.url] = { text: m.article.text, blocks: m.article.blocks };
    else if (m?.type === 'page/report' && m.report?.isArticle === false) g.qlSeen![sender.url] = 'refused';
    return undefined;
  });
  return true;
}

function seenFor(ext: TestPage, url: string): Promise<Seen | 'refused' | null> {
  return ext.evaluate((u) => (globalThis as unknown as { qlSeen: Record<string, Seen | 'refused'> }).qlSeen[u] ?? null, url);
}

inEachBrowser(`extraction parity, browser vs CLI (${DEFAULT_DIR})`, (env) => {
  let ext: TestPage | null = null;
  const listener = async (): Promise<TestPage> => {
    if (!ext) {
      ext = await env().browser.openExtensionPage('src/library/index.html');
      await ext.waitFor('#app');
      await ext.evaluate(listenForArticles, null);
    }
    return ext;
  };

  it.skipIf(!HAVE_PAGES).each(SAMPLE)('page %s: the extension extracts the text the CLI does', async (id) => {
    const { browser, server } = env();
    const html = withoutScripts(readPage(id));
    server.page(`extraction/${id}.html`, html);
    const url = server.url(`extraction/${id}.html`);
    // The CLI's own path: the saved HTML as the content script's snapshot, through the worker's extraction.
    const cli = extractSnapshot(snapshotOfHtml(html, url)).article;
    const listening = await listener();
    const page = await browser.newPage();
    try {
      await page.goto(url);
      // One verdict: the CLI takes every benchmark page as an article, so the extension analyses it unasked
      // (a refusal is seen at once and fails the test, rather than waiting out the deadline).
      const inBrowser = await until(() => seenFor(listening, url), (v) => v !== null);
      expect(inBrowser, 'the extension refused a page the CLI analyses').not.toBe('refused');
      expect(cli, 'the CLI finds an article').not.toBeNull();
      const seen = inBrowser === 'refused' ? null : inBrowser;
      expect(seen?.text).toBe(cli!.text);
      expect(seen?.blocks).toEqual(cli!.blocks);
    } finally {
      await page.close();
    }
  });
});
