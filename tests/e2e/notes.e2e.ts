// The reader's own highlights: made from a selection with the shortcut's message, given a note,
// still there after a reload, and gone from page and popup when deleted.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { overlayAction, overlayText, probeHighlights, selectText } from './support/page-probes';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const PASSAGE = 'Some analysts fear that Russia’s insistence on demands';

const markRanges = (p: ReturnType<typeof probeHighlights>) =>
  Object.entries(p.groups)
    .filter(([g]) => g.startsWith('ql-mark-'))
    .flatMap(([, r]) => r);

/** What the background does on the keyboard shortcut or the context-menu item. */
async function triggerShortcut(extPage: { evaluate: <A, R>(fn: (a: A) => R | Promise<R>, a: A) => Promise<R> }, tabId: number) {
  return extPage.evaluate(async (id) => {
    type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'page/highlight-selection' });
  }, tabId);
}

inEachBrowser('reader notes', (env, name) => {
  it('a selection + shortcut makes a highlight with a note that survives a reload and can be deleted', async () => {
    const { browser, server } = env();
    const url = server.url('seed-wapo-russia.html');
    const page = await browser.newPage();
    await page.goto(url);
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => Object.keys(p.groups).some((g) => g.startsWith('ql-quote')),
    );
    const tabId = await browser.tabIdOf(url);
    expect(await page.evaluate(selectText, PASSAGE)).toBe(true);

    const ext = await browser.openExtensionPage('src/library/index.html');
    expect(await triggerShortcut(ext, tabId)).toEqual({ ok: true });
    await until(
      () => page.evaluate(overlayText, 'editor'),
      (t) => t !== null,
    );
    await page.evaluate(overlayAction, { dataQl: 'note', value: 'Pretext argument: check the analysts named.' });
    await page.evaluate(overlayAction, { dataQl: 'tags', value: '#pretext #nato' });
    await page.evaluate(overlayAction, { dataQl: 'save' });
    const painted = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).includes(PASSAGE),
    );
    expect(markRanges(painted)).toEqual([PASSAGE]);
    await page.screenshot(artifactPath(name, 'note-made.png'));

    await page.reload();
    const afterReload = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).length > 0,
    );
    expect(markRanges(afterReload)).toEqual([PASSAGE]);

    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('[data-testid="reader-item"]');
    expect(await popup.text('[data-testid="reader-item"]')).toContain('Pretext argument');
    expect(await popup.text('[data-testid="reader-item"]')).toContain('#pretext');
    await popup.screenshot(artifactPath(name, 'popup-notes.png'), POPUP_CLIP);
    await popup.click('[data-testid="reader-item"] button.delete');
    await until(
      () => popup.evaluate(() => document.querySelectorAll('[data-testid="reader-item"]').length, null),
      (n) => n === 0,
    );
    const afterDelete = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).length === 0,
    );
    expect(markRanges(afterDelete)).toEqual([]);
    await popup.close();
    await ext.close();
    await page.close();
  });
});
