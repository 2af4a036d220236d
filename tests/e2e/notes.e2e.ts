// The reader's own highlights: made from a selection with the shortcut's message, given a note,
// still there after a reload, and gone from page and popup when deleted.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { highlightButtonPoint, pointOfText, probeHighlights } from './support/page-probes';
import { FRAME_PATH, highlightWithNote, markRanges, selectAsReader, textInFrame, waitForFrame, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const PASSAGE = 'Some analysts fear that Russia’s insistence on demands';

inEachBrowser('reader notes', (env, name) => {
  it('a selection + shortcut makes a highlight with a note that survives a reload and can be deleted', async () => {
    const { browser, server } = env();
    const url = server.url('seed-wapo-russia.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');
    await highlightWithNote(page, ext, tabId, PASSAGE, 'Pretext argument: check the analysts named.', '#pretext #nato');
    expect(markRanges(await page.evaluate(probeHighlights, 'article'))).toEqual([PASSAGE]);
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
    // Edit the note from the popup, then delete it there (a second click confirms).
    await popup.click('[data-testid="reader-item"] button.edit-item');
    await popup.evaluate((text) => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="reader-item"] textarea')!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'Pretext argument, revised.');
    await popup.click('[data-testid="reader-item"] form.edit button[type="submit"]');
    expect(
      await until(
        () => popup.text('[data-testid="reader-item"]'),
        (t) => t.includes('revised'),
      ),
    ).toContain('Pretext argument, revised.');

    await popup.click('[data-testid="reader-item"] button.delete');
    await popup.click('[data-testid="reader-item"] button.confirm-yes');
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

  it('a highlight made after the background was stopped (as Chrome does when idle) is saved', async (ctx) => {
    const { browser, server } = env();
    if (!browser.stopBackground) return ctx.skip();
    const url = server.url('seed-wapo-russia.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');
    await browser.stopBackground();
    const passage = 'Russia, which annexed Ukraine’s Crimean Peninsula in 2014';
    await highlightWithNote(page, ext, tabId, passage, 'Check the troop figure.');
    await page.reload();
    const after = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).length > 0,
    );
    expect(markRanges(after)).toEqual([passage]);
    await ext.close();
    await page.close();
  });

  it('the floating button beside a selection makes a highlight too (a real click)', async () => {
    const { browser, server } = env();
    const page = await browser.newPage();
    await page.goto(server.url('seed-wapo-russia.html'));
    await waitForQuotes(page);
    const passage = 'The talks this week in Europe will test whether Russia';
    await page.evaluate(pointOfText, passage); // scrolls it to the middle of the window
    await selectAsReader(page, passage);
    const at = await until(
      () => page.evaluate(highlightButtonPoint, null),
      (p) => p?.shown === true,
    );
    expect(at?.shown).toBe(true);
    await page.clickAt(at!.x, at!.y);
    expect(await waitForFrame(page)).toContain(passage);
    await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
    await page.press('Escape');
    expect(
      await until(
        () => textInFrame(page, 'editor'),
        (t) => t === null,
      ),
    ).toBeNull();
    const painted = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).includes(passage),
    );
    expect(markRanges(painted)).toContain(passage);
    await page.close();
  });
});
