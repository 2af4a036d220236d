// The library across visits, in both browsers: highlights re-anchored after the page changed a
// little, a passage that disappeared listed as "not found" (never dropped), and an export download.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { articleHtml, page as pageHtml } from './support/article-html';
import { probeHighlights } from './support/page-probes';
import { highlightWithNote, markRanges, openArticleWithLibrary } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const KEPT = 'hired forty extra crew members and ordered two new icebreakers';
const KEPT_EDITED = 'hired forty extra crew members and ordred two new icebreakers'; // a typo the site then makes
const DROPPED = 'a closure in January would leave farmers with nowhere to sell their harvest';

/** Captures what downloadFile() hands to the browser: the file name and the Blob's text. */
function captureDownloads(): void {
  const w = window as unknown as { __downloads: { name: string; text: Promise<string> }[] };
  w.__downloads = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
  };
}

inEachBrowser('persistence', (env, name) => {
  it('re-anchors highlights on a changed page, lists the lost one, and exports them', async () => {
    const { browser, server } = env();
    const { page, ext, tabId } = await openArticleWithLibrary(browser, server, 'changing-article.html', pageHtml(`<article>${articleHtml()}</article>`));
    await highlightWithNote(page, ext, tabId, KEPT, 'Crew numbers: ask the union.');
    await highlightWithNote(page, ext, tabId, DROPPED, 'Farmers angle.');

    // The site edits its story: a new first paragraph, a typo in one passage, another paragraph cut.
    const edited = articleHtml({ extraParagraphs: [] })
      .replace('<p>', '<p>Update: the council meets again on Friday to vote on the final budget for the winter season.</p>\n<p>')
      .replace('ordered two new icebreakers', 'ordred two new icebreakers')
      .replace(/<p>The harbour handles[^<]*<\/p>/, '');
    server.page('changing-article.html', pageHtml(`<article>${edited}</article>`));
    await page.reload();
    const after = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).length > 0,
    );
    expect(markRanges(after)).toEqual([KEPT_EDITED]);

    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await until(
      () => popup.evaluate(() => document.querySelectorAll('[data-testid="reader-item"]').length, null),
      (n) => n === 2,
    );
    const items = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="reader-item"]')].map((li) => li.textContent ?? ''), null);
    expect(items.find((t) => t.includes('Crew numbers'))).not.toContain('Not found');
    expect(items.find((t) => t.includes('Farmers angle'))).toContain('Not found on this page');
    await popup.screenshot(artifactPath(name, 'popup-not-found.png'), POPUP_CLIP);

    await popup.evaluate(captureDownloads, null);
    await popup.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Export this article"]')!;
      select.value = 'markdown';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    const file = await until(
      () =>
        popup.evaluate(async () => {
          const d = (window as unknown as { __downloads: { name: string; text: Promise<string> }[] }).__downloads[0];
          return d ? { name: d.name, text: await d.text } : null;
        }, null),
      (f) => f !== null,
    );
    expect(file!.name).toMatch(/\.md$/);
    expect(file!.text).toContain('Crew numbers: ask the union.');
    expect(file!.text).toContain('Farmers angle.');
    expect(file!.text).toContain('#:~:text=');
    await popup.close();
    await ext.close();
    await page.close();
  });
});
