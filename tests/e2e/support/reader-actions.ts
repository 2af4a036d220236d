// What a reader does on a page, as test steps shared by the e2e suites.
import { expect } from 'vitest';
import type { FixtureServer } from '../../../scripts/fixture-server';
import type { TestBrowser, TestPage } from './browsers';
import { frameText, type HighlightProbe, probeHighlights, selectText } from './page-probes';
import { until } from './wait';

/** Ranges painted as the reader's own marks. */
export const markRanges = (p: HighlightProbe): string[] =>
  Object.entries(p.groups)
    .filter(([g]) => g.startsWith('ql-mark-'))
    .flatMap(([, r]) => r);

/** Waits until the article's quotes are painted: the page has been read and analysed. */
export async function waitForQuotes(page: TestPage): Promise<HighlightProbe> {
  return until(
    () => page.evaluate(probeHighlights, 'article'),
    (p) => Object.keys(p.groups).some((g) => g.startsWith('ql-quote')),
  );
}

/**
 * The set-up most journeys start from: `html` served at `path`, open in a tab and analysed, and the
 * library page open beside it to ask the background from.
 */
export async function openArticleWithLibrary(
  browser: TestBrowser,
  server: FixtureServer,
  path: string,
  html: string,
): Promise<{ page: TestPage; ext: TestPage; url: string; tabId: number }> {
  server.page(path, html);
  const url = server.url(path);
  const page = await browser.newPage();
  await page.goto(url);
  await waitForQuotes(page);
  const tabId = await browser.tabIdOf(url);
  const ext = await browser.openExtensionPage('src/library/index.html');
  return { page, ext, url, tabId };
}

/** What the background does on the keyboard shortcut or the context-menu item, sent from an extension page. */
export async function triggerHighlightShortcut(extensionPage: TestPage, tabId: number): Promise<unknown> {
  return extensionPage.evaluate(async (id) => {
    type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'page/highlight-selection' });
  }, tabId);
}

/**
 * Selects `passage` as a reader ends a selection with the keyboard: all but its last character is
 * selected, then Shift+ArrowRight takes the last one. Quotelight answers only a selection the reader's
 * own key or pointer made (a script's selection alone brings no Highlight button).
 */
export async function selectAsReader(page: TestPage, passage: string): Promise<void> {
  expect(await page.evaluate(selectText, passage.slice(0, -1))).toBe(true);
  await page.press('Shift+ArrowRight');
  await until(
    () => page.evaluate(() => document.getSelection()?.toString() ?? '', null),
    (s) => s === passage,
  );
}

/** The extension's frame on a page, by the path of its document. */
export const FRAME_PATH = '/src/frame/index.html';

/** Text of an element in the extension's frame on `page` (null when the frame or the element is absent). */
export const textInFrame = async (page: TestPage, dataQl: string): Promise<string | null> =>
  (await page.inFrame(FRAME_PATH, frameText, dataQl)) ?? null;

/** Waits until the frame shows the editor (or the card, with `dataQl`). */
export async function waitForFrame(page: TestPage, dataQl = 'editor'): Promise<string | null> {
  return until(
    () => textInFrame(page, dataQl),
    (t) => t !== null,
  );
}

/**
 * Selects `passage`, highlights it with the shortcut, types a note (and tags) with real key events
 * into the editor in the extension's frame and saves with Ctrl+Enter; waits until painted and closed.
 */
export async function highlightWithNote(
  page: TestPage,
  extensionPage: TestPage,
  tabId: number,
  passage: string,
  note: string,
  tags?: string,
): Promise<void> {
  expect(await page.evaluate(selectText, passage)).toBe(true);
  expect(await triggerHighlightShortcut(extensionPage, tabId)).toEqual({ ok: true });
  await waitForFrame(page);
  // A headless window does not always give the frame keyboard focus (a reader's window has it): put it in the note.
  await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
  await page.type(note);
  if (tags !== undefined) {
    await page.press('Tab');
    await page.type(tags);
  }
  await page.press('Control+Enter');
  await until(
    () => textInFrame(page, 'editor'),
    (t) => t === null,
  );
  await until(
    () => page.evaluate(probeHighlights, 'article'),
    (p) => markRanges(p).includes(passage),
  );
}
