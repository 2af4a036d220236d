// What a reader does on a page, as test steps shared by the e2e suites.
import { expect } from 'vitest';
import type { TestPage } from './browsers';
import { type HighlightProbe, overlayAction, overlayText, probeHighlights, selectText } from './page-probes';
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

/** What the background does on the keyboard shortcut or the context-menu item, sent from an extension page. */
export async function triggerHighlightShortcut(extensionPage: TestPage, tabId: number): Promise<unknown> {
  return extensionPage.evaluate(async (id) => {
    type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'page/highlight-selection' });
  }, tabId);
}

/** Selects `passage`, highlights it with the shortcut, types a note (and tags) and saves; waits until painted. */
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
  await until(
    () => page.evaluate(overlayText, 'editor'),
    (t) => t !== null,
  );
  await page.evaluate(overlayAction, { dataQl: 'note', value: note });
  if (tags !== undefined) await page.evaluate(overlayAction, { dataQl: 'tags', value: tags });
  await page.evaluate(overlayAction, { dataQl: 'save' });
  await until(
    () => page.evaluate(probeHighlights, 'article'),
    (p) => markRanges(p).includes(passage),
  );
}
