// Deleting is undoable and a covered frame cannot delete (issue 24, attack 2): the reader's own delete
// in the page's frame (Delete, then "Delete it" once armed), the library's Trash restoring it, and the
// popup's Undo. The clickjacking attack itself is in hostile-page.e2e.ts.
import { expect, it } from 'vitest';
import { articleHtml, page as pageHtml } from './support/article-html';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { attrInFrame, boxInFrame, CONFIRM, DANGER, DELETE, FADED_DANGER, pointInFrame, untilShown } from './support/frame-points';
import { pointOfText, probeHighlights, rectOfText } from './support/page-probes';
import { colourDistance, dominantColour, parseColour, type Rgb, readPng, shareUnlike } from './support/pixels';
import { MARK_SWATCHES } from '../../src/shared/highlight-styles';
import { highlightWithNote, markRanges, textInFrame, waitForFrame, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const PASSAGE = 'hired forty extra crew members and ordered two new icebreakers';
const NOTE = 'Budget figures need a second source';
const TAGS = '#budget #crew';

const fromExtension = <R>(ext: TestPage, msg: unknown): Promise<R> =>
  ext.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as R;
  }, msg);

interface Stored {
  annotations: { id: string; kind: string; note: string | null; tags: string[]; colour: string | null; text: string }[];
}
const readerItems = async (ext: TestPage, url: string) =>
  ((await fromExtension<Stored | null>(ext, { type: 'library/article', url }))?.annotations ?? [])
    .filter((a) => a.kind === 'note' || a.kind === 'highlight')
    .map(({ id, note, tags, colour, text }) => ({ id, note, tags, colour, text }));

const YELLOW = parseColour(MARK_SWATCHES.yellow!).rgb;
const WHITE: Rgb = [255, 255, 255];

/**
 * Waits until the screen shows `colour` under the first line of `text` (a screenshot can lag the DOM
 * by a frame on a loaded machine: what counts is what the reader is shown, once painted).
 */
async function seesColour(page: TestPage, name: string, shot: string, text: string, colour: Rgb): Promise<void> {
  const path = artifactPath(name, shot);
  const seen = await until(
    async () => {
      await page.screenshot(path, (await page.evaluate(rectOfText, text))!);
      return dominantColour(readPng(path));
    },
    (c) => colourDistance(c, colour) < 24,
  );
  expect(colourDistance(seen, colour), `${shot}: ${seen.join(',')}`).toBeLessThan(24);
}

/** Shares of the confirm button's pixels in the full danger red (armed) and in the faded one (not yet). */
async function confirmInk(page: TestPage, name: string, shot: string): Promise<{ full: number; faded: number }> {
  const path = artifactPath(name, shot);
  await page.screenshot(path, await boxInFrame(page, CONFIRM));
  const img = readPng(path);
  return { full: 1 - shareUnlike(img, DANGER, 30), faded: 1 - shareUnlike(img, FADED_DANGER, 20) };
}

inEachBrowser('trash', (env, name) => {
  it('the reader deletes a note in the frame (Delete, then "Delete it" once armed) and restores it from the library\'s Trash', async () => {
    const { browser, server } = env();
    server.page('plain-delete.html', pageHtml(`<article>${articleHtml()}</article>`));
    const url = server.url('plain-delete.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');
    await highlightWithNote(page, ext, tabId, PASSAGE, NOTE, TAGS);
    const saved = await readerItems(ext, url);
    expect(saved).toEqual([expect.objectContaining({ note: NOTE, tags: ['budget', 'crew'], text: PASSAGE })]);
    await seesColour(page, name, 'trash-mark-before.png', PASSAGE, YELLOW);

    // The reader clicks the mark, then Delete at once (the frame has only just moved into place).
    const mark = await page.evaluate(pointOfText, PASSAGE);
    await page.clickAt(mark!.x, mark!.y);
    await waitForFrame(page);
    const del = await pointInFrame(page, DELETE);
    // Clicked where the screen shows it: a frame just opened or grown is in the DOM before it is
    // composited, and a click there meanwhile goes to the page beneath.
    await untilShown(page, name, DELETE);
    await page.mouse(del.x, del.y);
    await page.clickAt(del.x, del.y);
    expect(await until(() => attrInFrame(page, CONFIRM, 'data-armed'), (a) => a !== null), `refused: ${await textInFrame(page, 'delete-refused')}`).toBe('false');
    expect(await textInFrame(page, 'delete-refused')).toBeNull();
    await page.screenshot(artifactPath(name, 'trash-confirm-unarmed.png'));
    // On screen: the confirm is there, faded (not ready): its text in the faded red, none in the full one.
    const faded = await until(() => confirmInk(page, name, 'trash-confirm-unarmed-button.png'), (ink) => ink.faded > 0.01);
    expect(faded.full).toBeLessThan(0.002);
    // The reader moves onto "Delete it"; it arms once its second has passed, and shows it.
    const yes = await pointInFrame(page, CONFIRM);
    await untilShown(page, name, CONFIRM);
    await page.mouse(yes.x, yes.y);
    await until(() => attrInFrame(page, CONFIRM, 'data-armed'), (a) => a === 'true');
    await page.screenshot(artifactPath(name, 'trash-confirm-armed.png'));
    expect((await until(() => confirmInk(page, name, 'trash-confirm-armed-button.png'), (ink) => ink.full > 0.01)).full).toBeGreaterThan(0.01);
    await page.clickAt(yes.x, yes.y);
    await until(() => textInFrame(page, 'editor'), (t) => t === null);
    await until(() => readerItems(ext, url), (items) => items.length === 0);
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => !markRanges(p).includes(PASSAGE),
    );
    await seesColour(page, name, 'trash-mark-deleted.png', PASSAGE, WHITE);

    // The library's Trash lists it; Restore brings note, tags and the mark back.
    await ext.click('button.trash-link');
    await ext.waitFor('[data-testid="trash-item"]');
    expect(await ext.text('[data-testid="trash-item"]')).toContain(NOTE);
    await ext.screenshot(artifactPath(name, 'trash-library.png'));
    await ext.click('[data-testid="trash-item"] button.restore');
    await until(() => readerItems(ext, url), (items) => items.length === 1);
    expect(await readerItems(ext, url)).toEqual(saved);
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).includes(PASSAGE),
    );
    await seesColour(page, name, 'trash-mark-restored.png', PASSAGE, YELLOW);
    await until(() => ext.evaluate(() => document.querySelectorAll('[data-testid="trash-item"]').length, null), (n) => n === 0);
    await ext.close();
    await page.close();
  });

  it("the popup's Delete offers Undo, and Undo brings the note back", async () => {
    const { browser, server } = env();
    server.page('popup-delete.html', pageHtml(`<article>${articleHtml()}</article>`));
    const url = server.url('popup-delete.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');
    await highlightWithNote(page, ext, tabId, PASSAGE, NOTE, TAGS);
    const saved = await readerItems(ext, url);

    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('[data-testid="reader-item"] button.delete');
    await popup.click('[data-testid="reader-item"] button.delete');
    await popup.click('[data-testid="reader-item"] button.confirm-yes');
    await popup.waitFor('[data-testid="undo-bar"] button.undo');
    await until(() => readerItems(ext, url), (items) => items.length === 0);
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => !markRanges(p).includes(PASSAGE),
    );
    await popup.screenshot(artifactPath(name, 'trash-popup-undo.png'), POPUP_CLIP);
    expect(await popup.text('[data-testid="recently-deleted"] summary')).toBe('Recently deleted (1)');

    await popup.click('[data-testid="undo-bar"] button.undo');
    await until(() => readerItems(ext, url), (items) => items.length === 1);
    expect(await readerItems(ext, url)).toEqual(saved);
    await until(() => popup.evaluate(() => document.querySelectorAll('[data-testid="reader-item"]').length, null), (n) => n === 1);
    await until(() => popup.evaluate(() => document.querySelector('[data-testid="undo-bar"]') === null, null), (gone) => gone);
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).includes(PASSAGE),
    );
    await seesColour(page, name, 'trash-popup-restored.png', PASSAGE, YELLOW);
    await popup.close();
    await ext.close();
    await page.close();
  });
});

