// The longer reading session in which notes used to be lost (issue 23): several articles opened and
// saved in tabs, "Analyse anyway" on a page refused as too large, then notes with #tags on another tab.
// Shared by tests/e2e/notes-never-lost.e2e.ts and bench/note-loop.ts.
import type { FixtureServer } from '../../../scripts/fixture-server';
import { articleHtml, page } from './article-html';
import type { TestBrowser, TestPage } from './browsers';
import { waitForQuotes } from './reader-actions';
import { until } from './wait';

/** Runs in an extension page: one message to the background, as the popup or library sends it. */
export function ask(msg: unknown): Promise<unknown> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
}

export const SESSION_ARTICLES = 5;
/** Over MAX_AUTO_CHARS (1,000,000): the page is refused until the reader asks. */
const LARGE_CHARS = 1_100_000;

/** Registers the session's pages on the fixture server: `article-N.html` and `large.html`. */
export function serveSessionPages(server: FixtureServer): void {
  for (let i = 0; i < SESSION_ARTICLES + 1; i++) {
    server.page(`article-${i}.html`, page(articleHtml({ title: `Harbour story number ${i}` })));
  }
  const para = articleHtml().replace(/<h1>.*?<\/h1>/, '');
  const copies = Math.ceil(LARGE_CHARS / para.replace(/<[^>]+>/g, '').length);
  server.page('large.html', page(`<h1>Everything the harbour ever said</h1>${para.repeat(copies)}`));
}

export interface Session {
  /** An extension page (the library) to send the popup's messages from. */
  ext: TestPage;
  /** The tabs of the saved articles, the refused one, and the tab the notes are written on. */
  tabs: TestPage[];
  large: TestPage;
  noteTab: TestPage;
  noteUrl: string;
  noteTabId: number;
  close(): Promise<void>;
}

/**
 * Opens and saves SESSION_ARTICLES articles, opens the large page and asks for its analysis anyway
 * (not waited for, as a reader goes on reading), and opens one more article for the notes.
 */
export async function startLongSession(browser: TestBrowser, server: FixtureServer): Promise<Session> {
  const ext = await browser.openExtensionPage('src/library/index.html');
  await ext.waitFor('#app');
  const tabs: TestPage[] = [];
  for (let i = 0; i < SESSION_ARTICLES; i++) {
    const url = server.url(`article-${i}.html`);
    const tab = await browser.newPage();
    tabs.push(tab);
    await tab.goto(url);
    await waitForQuotes(tab);
    const saved = (await ext.evaluate(ask, { type: 'ui/save-article', tabId: await browser.tabIdOf(url) })) as { id?: string; error?: string };
    if (!saved.id) throw new Error(`saving ${url} failed: ${saved.error}`);
  }
  const largeUrl = server.url('large.html');
  const large = await browser.newPage();
  tabs.push(large);
  await large.goto(largeUrl);
  const largeTabId = await browser.tabIdOf(largeUrl);
  const refused = await until(
    () => ext.evaluate(ask, { type: 'ui/tab-state', tabId: largeTabId }) as Promise<{ status: string; report?: { reason?: string } }>,
    (s) => s.status === 'not-article',
  );
  if (refused.report?.reason !== 'too-large') throw new Error(`the large page was not refused as too large: ${JSON.stringify(refused)}`);
  // The popup's button: the reply comes when the page has been read; the reader does not wait for it.
  void ext.evaluate(ask, { type: 'ui/analyze-anyway', tabId: largeTabId }).catch(() => undefined);
  const noteUrl = server.url(`article-${SESSION_ARTICLES}.html`);
  const noteTab = await browser.newPage();
  tabs.push(noteTab);
  await noteTab.goto(noteUrl);
  await waitForQuotes(noteTab);
  return {
    ext,
    tabs,
    large,
    noteTab,
    noteUrl,
    noteTabId: await browser.tabIdOf(noteUrl),
    close: async () => {
      for (const t of tabs) await t.close().catch(() => undefined);
      await ext.close();
    },
  };
}

/** The reader's notes stored for an article, as the library reads them. */
export async function storedNotes(ext: TestPage, url: string): Promise<{ text: string; note: string | null; tags: string[] }[]> {
  const got = (await ext.evaluate(ask, { type: 'library/article', url })) as {
    annotations?: { kind: string; text: string; note: string | null; tags: string[] }[];
  } | null;
  return (got?.annotations ?? []).filter((a) => a.kind === 'highlight' || a.kind === 'note').map(({ text, note, tags }) => ({ text, note, tags }));
}
