// A note is never lost (issues 23 and 24): in the long session that used to lose it, the notes and
// their tags are stored; a worker stopped mid-edit, a page that removes the overlay mid-edit and a
// save the background refuses lose nothing of what was typed, and the editor says what happened.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { FixtureServer } from '../../scripts/fixture-server';
import type { TestBrowser, TestPage } from './support/browsers';
import { ask, serveSessionPages, startLongSession, storedNotes } from './support/long-session';
import { frameValue, selectText } from './support/page-probes';
import { FRAME_PATH, textInFrame, triggerHighlightShortcut, waitForFrame, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const PASSAGES = [
  'Okonkwo said the authority had hired forty extra crew members',
  'a purchase that the city council approved last month',
  'Shipping companies have already begun booking berths',
];

/** Selects `passage`, highlights it (the shortcut's message) and puts the caret in the editor's note. */
async function openEditorOn(page: TestPage, ext: TestPage, tabId: number, passage: string): Promise<void> {
  expect(await page.evaluate(selectText, passage)).toBe(true);
  expect(await triggerHighlightShortcut(ext, tabId)).toEqual({ ok: true });
  expect(await waitForFrame(page)).toContain(passage);
  await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
}

/** The note field's value in the editor; null while there is none (the frame may be going away under the probe). */
const noteInEditor = (page: TestPage) => page.inFrame(FRAME_PATH, frameValue, 'note').catch(() => null);
const editorClosed = (page: TestPage) =>
  until(
    () => textInFrame(page, 'editor'),
    (t) => t === null,
  );

/** One article of the session open with the editor on `passage`, and an extension page to ask from. */
async function editorOpenOn(
  browser: TestBrowser,
  server: FixtureServer,
  article: string,
  passage: string,
): Promise<{ page: TestPage; ext: TestPage; url: string; close(): Promise<void> }> {
  serveSessionPages(server);
  const url = server.url(article);
  const page = await browser.newPage();
  const ext = await browser.openExtensionPage('src/library/index.html');
  const close = async () => {
    await page.close();
    await ext.close();
  };
  try {
    await page.goto(url);
    await waitForQuotes(page);
    await openEditorOn(page, ext, await browser.tabIdOf(url), passage);
    return { page, ext, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}

inEachBrowser('a note is never lost', (env, name) => {
  it('in a long session (articles saved, a large page analysed anyway), notes and tags written on another tab are stored', async () => {
    const { browser, server } = env();
    serveSessionPages(server);
    const s = await startLongSession(browser, server);
    try {
      for (const [i, passage] of PASSAGES.entries()) {
        await openEditorOn(s.noteTab, s.ext, s.noteTabId, passage);
        await s.noteTab.type(`Note ${i} on the harbour.`);
        await s.noteTab.press('Tab');
        await s.noteTab.type(`#harbour #n${i}`);
        await s.noteTab.press('Control+Enter');
        expect(await editorClosed(s.noteTab), 'the editor closes once the note is stored').toBeNull();
      }
      const notes = await storedNotes(s.ext, s.noteUrl);
      expect(notes.map((n) => [n.note, n.tags])).toEqual(PASSAGES.map((_, i) => [`Note ${i} on the harbour.`, ['harbour', `n${i}`]]));
      // And the reader sees them where they list their notes.
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${s.noteTabId}`);
      const listed = await until(
        () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="reader-item"]')].map((li) => li.textContent ?? ''), null),
        (items) => items.length === PASSAGES.length,
      );
      for (const i of PASSAGES.keys()) expect(listed[i]).toContain(`Note ${i} on the harbour.#harbour #n${i}`);
      await popup.screenshot(artifactPath(name, 'long-session-notes-popup.png'), POPUP_CLIP);
      await popup.close();
    } finally {
      await s.close();
    }
  });

  it('a worker stopped while the reader types (Chrome idles it): Save still stores the whole note', async (ctx) => {
    const { browser, server } = env();
    if (!browser.stopBackground) return ctx.skip();
    const { page, ext, url, close } = await editorOpenOn(browser, server, 'article-1.html', PASSAGES[1]!);
    try {
      await page.type('Typed before the worker stopped, ');
      await browser.stopBackground();
      await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
      await page.type('and after.');
      await page.press('Tab');
      await page.type('#idle');
      await page.press('Control+Enter');
      expect(await editorClosed(page)).toBeNull();
      expect(await storedNotes(ext, url)).toEqual([{ text: PASSAGES[1], note: 'Typed before the worker stopped, and after.', tags: ['idle'] }]);
    } finally {
      await close();
    }
  });

  it('a page that removes the overlay while the reader types: the editor comes back with the draft, and saves it', async () => {
    const { browser, server } = env();
    const { page, ext, url, close } = await editorOpenOn(browser, server, 'article-2.html', PASSAGES[2]!);
    try {
      await page.type('Typed before the page struck');
      await page.press('Tab');
      await page.type('#kept');
      // What the draft holds is written as it is typed; the page then takes the overlay out.
      expect(await until(() => noteInEditor(page), (v) => v === 'Typed before the page struck')).toBe('Typed before the page struck');
      await page.evaluate(() => document.querySelector('quotelight-overlay')?.remove(), null);
      // The watchdog puts the host back; the frame reloads; the editor opens again on the mark with the draft.
      const back = await until(
        () => noteInEditor(page),
        (v) => v === 'Typed before the page struck',
      );
      expect(back).toBe('Typed before the page struck');
      expect(await page.inFrame(FRAME_PATH, frameValue, 'tags')).toBe('#kept');
      expect(await textInFrame(page, 'draft-restored')).toContain('unsaved draft');
      await page.screenshot(artifactPath(name, 'draft-back-after-overlay-removed.png'));
      await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
      await page.type(', and after.');
      await page.press('Control+Enter');
      expect(await editorClosed(page)).toBeNull();
      expect(await storedNotes(ext, url)).toEqual([{ text: PASSAGES[2], note: 'Typed before the page struck, and after.', tags: ['kept'] }]);
    } finally {
      await close();
    }
  });

  it('a save the background refuses (the article was forgotten meanwhile) is said in the editor, the text kept', async () => {
    const { browser, server } = env();
    const { page, ext, url, close } = await editorOpenOn(browser, server, 'article-3.html', PASSAGES[0]!);
    try {
      await page.type('A thought worth keeping');
      await page.press('Tab');
      await page.type('#refused');
      expect(await ext.evaluate(ask, { type: 'ui/forget-article', url })).toEqual({ ok: true, trashId: expect.any(String) }); // forgotten into the trash
      await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
      await page.press('Control+Enter');
      const problem = await until(
        () => textInFrame(page, 'save-problem'),
        (t) => t !== null,
      );
      expect(problem).toContain('Not saved: This highlight is no longer in your library');
      expect(problem).toContain('Your text is kept here');
      expect(await noteInEditor(page)).toBe('A thought worth keeping');
      expect(await page.inFrame(FRAME_PATH, frameValue, 'tags')).toBe('#refused');
      // Headless Chromium can keep showing the frame's last painted surface until the pointer moves over it.
      await page.mouse(100, 300);
      await page.screenshot(artifactPath(name, 'refused-save-in-editor.png'));
    } finally {
      await close();
    }
  });
});
