// The saved copy of an article, in both browsers: saved with a note, edited by the site (a word of a
// quote changed, a paragraph cut), revisited — the popup says what changed and shows the quote — then,
// with the site gone, the copy read from the library with the reader's note and the page's colours.
import { expect, it } from 'vitest';
import { groupStyles } from '../../src/shared/highlight-styles';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { articleHtml, page as pageHtml } from './support/article-html';
import { colourDistance, dominantColour, over, readPng } from './support/pixels';
import { highlightWithNote, openArticleWithLibrary, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const KEPT = 'hired forty extra crew members and ordered two new icebreakers';
const DROPPED = 'a closure in January would leave farmers with nowhere to sell their harvest';
const QUOTE_START = 'We will keep the harbour open through the winter';

/** Runs in the page: the viewport box of the first run of the copy painted with `group`. */
function boxOf(group: string): { x: number; y: number; width: number; height: number } | null {
  const el = document.querySelector(`[data-testid="copy-text"] [data-g~="${group}"]`);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getClientRects()[0];
  return r ? { x: Math.round(r.left), y: Math.round(r.top), width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) } : null;
}

const background = (group: string) => /background-color: ([^;]+)/.exec(groupStyles()[group]!)![1]!;

inEachBrowser('saved copy', (env, name) => {
  it('reports the changed quote on a revisit and shows the saved copy with the notes once the site is gone', async () => {
    const { browser, server } = env();
    const { page, ext, url, tabId } = await openArticleWithLibrary(browser, server, 'saved-copy.html', pageHtml(`<article>${articleHtml()}</article>`));
    // A highlight saves the article, and with it the first version of its saved copy.
    await highlightWithNote(page, ext, tabId, KEPT, 'Crew numbers: ask the union.');
    await highlightWithNote(page, ext, tabId, DROPPED, 'Farmers angle.');

    // The site edits its story: one word of a quote, and the farmers' paragraph cut.
    const edited = articleHtml()
      .replace('whatever the cost', 'whatever the price')
      .replace(/<p>The harbour handles[^<]*<\/p>/, '');
    server.page('saved-copy.html', pageHtml(`<article>${edited}</article>`));
    await page.reload();
    await waitForQuotes(page);

    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    const changed = await until(
      () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="changed-quote"]')].map((li) => ({ kind: li.getAttribute('data-kind'), text: li.textContent ?? '' })), null),
      (qs) => qs.length > 0,
    );
    expect(changed).toEqual([{ kind: 'reworded', text: expect.stringContaining(QUOTE_START) }]);
    const diff = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="changed-quote"] [data-op]')].map((d) => `${d.getAttribute('data-op')}:${d.textContent}`), null);
    expect(diff).toEqual(['removed:removed: cost,', 'added:added: price,']);
    expect(await popup.text('[data-testid="article-changes"] [role="status"]')).toMatch(/1 quote changed or gone; 1 paragraph reworded, 1 removed/);
    await popup.screenshot(artifactPath(name, 'saved-copy-popup-changed.png'), POPUP_CLIP);
    // The page's own notice sits in the overlay's closed shadow root: looked at in this screenshot.
    await page.screenshot(artifactPath(name, 'saved-copy-page-notice.png'));
    await popup.close();
    await page.close();

    // The site is gone: the copy is read from the library alone.
    await server.close();
    await ext.goto(`${browser.extensionOrigin}/src/library/index.html#${new URLSearchParams({ copy: url })}`);
    await ext.waitFor('[data-testid="copy-text"]');
    const text = await ext.text('[data-testid="copy-text"]');
    expect(text).toContain('whatever the price');
    expect(text).not.toContain('nowhere to sell their harvest');
    expect(await ext.text('[data-testid="copy-notes"]')).toContain('Crew numbers: ask the union.');
    expect(await ext.text('[data-testid="copy-not-found"]')).toContain('Farmers angle.');
    const history = await ext.evaluate(() => document.querySelectorAll('[data-testid="copy-history"] > li').length, null);
    expect(history).toBe(2);

    // What the reader sees: the reader's mark in its yellow, a quote in its speaker's tint.
    const white: readonly [number, number, number] = [255, 255, 255];
    for (const group of ['mark-yellow', 'quote-0']) {
      const box = await until(
        () => ext.evaluate(boxOf, group),
        (b) => b !== null,
      );
      const shot = artifactPath(name, `saved-copy-${group}.png`);
      await ext.screenshot(shot, box!);
      const seen = dominantColour(readPng(shot));
      expect(colourDistance(seen, over(background(group), white)), `${group}: saw rgb(${seen.join(', ')})`).toBeLessThan(24);
    }
    await ext.screenshot(artifactPath(name, 'saved-copy-library.png'));

    // The first version still holds the cut paragraph, with the note painted on it.
    await ext.click('[data-testid="copy-history"] > li:first-child button');
    await until(
      () => ext.text('[data-testid="copy-text"]'),
      (t) => t.includes('nowhere to sell their harvest'),
    );
    expect(await ext.text('[data-testid="copy-notes"]')).toContain('Farmers angle.');
    await ext.close();
  });
});
