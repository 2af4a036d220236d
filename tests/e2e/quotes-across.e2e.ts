// Quotes across articles, in both browsers: two saved-article pages quote one statement with one word
// changed; opening the second shows the difference in the hover card and in the popup, and the
// popup's Sources view counts who is quoted.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { articleHtml } from './support/article-html';
import type { TestPage } from './support/browsers';
import { pointOfText } from './support/page-probes';
import { waitForFrame, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const STATEMENT = 'We will keep the harbour open through the winter, whatever the cost,';
const CHANGED = 'We will keep the port open through the winter, whatever the cost,';

/** A made-up outlet's page: its own site name and date, the shared article body. */
function outletPage(site: string, published: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${site}: harbour</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${published}"></head>
<body><nav><a href="/">Home</a></nav><main><article>${body}</article></main></body></html>`;
}

/** What the background answers an extension page (the popup's own calls). */
function ask(page: TestPage, msg: unknown): Promise<unknown> {
  return page.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, msg);
}

inEachBrowser('quotes across articles', (env, name) => {
  it('shows a statement worded differently in another saved article, in the card and the popup, and counts the sources', async () => {
    const { browser, server } = env();
    const first = server.url('first-outlet.html');
    const second = server.url('second-outlet.html');
    server.page('first-outlet.html', outletPage('First Courier', '2024-05-14', articleHtml()));
    server.page('second-outlet.html', outletPage('Second Gazette', '2024-05-15', articleHtml({ title: 'Harbour stays open' }).replace(STATEMENT, CHANGED)));

    const a = await browser.newPage();
    await a.goto(first);
    await waitForQuotes(a);
    const ext = await browser.openExtensionPage('src/library/index.html');
    const saved = (await ask(ext, { type: 'ui/save-article', tabId: await browser.tabIdOf(first) })) as { id?: string; error?: string };
    expect(saved.error).toBeUndefined();
    await a.close();

    const b = await browser.newPage();
    await b.goto(second);
    await waitForQuotes(b);
    // The hover card on the changed quote: where else, and the word that differs.
    const at = await b.evaluate(pointOfText, 'We will keep the port');
    expect(at).not.toBeNull();
    await b.mouse(at!.x, at!.y);
    const card = await until(
      () => waitForFrame(b, 'hover-card'),
      (t) => t?.includes('Also in') ?? false,
    );
    expect(card).toContain('Also in 1 article');
    expect(card).toContain('First Courier');
    expect(card).toContain('worded differently');
    expect(card).toContain('changed: port to: harbour');
    await b.screenshot(artifactPath(name, 'across-hover.png'));

    const tabId = await browser.tabIdOf(second);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('[data-testid="quote-elsewhere"]');
    // The two pages share their other quotes word for word: every quote is also in the first article.
    const listed = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="quote-elsewhere"]')].map((e) => e.textContent ?? ''), null);
    expect(listed).toHaveLength(3);
    expect(listed.every((t) => t.startsWith('Also in 1 article') && t.includes('First Courier'))).toBe(true);
    const reworded = listed.filter((t) => t.includes('worded differently'));
    expect(reworded).toHaveLength(1);
    expect(reworded[0]).toContain('changed: port to: harbour');
    expect(listed.filter((t) => t.includes('same words'))).toHaveLength(2);
    const diff = await popup.evaluate(() => {
      const c = document.querySelector('[data-testid="quote-elsewhere"] [data-op="changed"]');
      return [c?.querySelector('del')?.textContent, c?.querySelector('ins')?.textContent];
    }, null);
    expect(diff).toEqual(['changed: port', 'to: harbour']);
    const link = await popup.evaluate(() => document.querySelector('[data-testid="quote-elsewhere"] a')?.getAttribute('href') ?? '', null);
    expect(decodeURIComponent(link)).toContain(`#article=${saved.id}`);

    // Sources: who is quoted in this article, by quotes and share of words.
    await popup.click('[data-testid="popup-sources"] summary');
    await popup.waitFor('[data-testid="sources"] .sources-table');
    const rows = await popup.evaluate(
      () => [...document.querySelectorAll('[data-testid="sources"] .sources-table tbody tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
      null,
    );
    expect(rows).toEqual([
      ['Tomasz Wielgus', '2'],
      ['Harriet Okonkwo', '1'],
    ]);
    expect(await popup.text('[data-testid="people-count"]')).toBe('3');
    expect(await popup.text('[data-testid="unnamed-share"]')).toMatch(/^0 \(0% of quotes/);
    expect(await popup.evaluate(() => document.querySelector('.sources-chart title')?.textContent ?? '', null)).toBe('Who is quoted in this article');
    await popup.screenshot(artifactPath(name, 'across-popup.png'), POPUP_CLIP);

    // Both saved: the library's Sources count the two articles' speakers, and "everything X said"
    // lists each of X's statements once, with both articles.
    expect(await ask(ext, { type: 'ui/save-article', tabId })).not.toHaveProperty('error');
    await ext.reload();
    await ext.waitFor('[data-testid="library-sources"] button');
    await ext.click('[data-testid="library-sources"] button');
    await ext.waitFor('[data-testid="library-sources"] .sources-table');
    const libraryRows = await ext.evaluate(
      () => [...document.querySelectorAll('[data-testid="library-sources"] .sources-table tbody tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
      null,
    );
    expect(libraryRows).toEqual([
      ['Tomasz Wielgus', '4'],
      ['Harriet Okonkwo', '2'],
    ]);
    expect(await ext.text('[data-testid="library-sources"] [data-testid="people-count"]')).toBe('6');
    await ext.screenshot(artifactPath(name, 'across-library-sources.png'));
    await ext.goto(`${browser.extensionOrigin}/src/library/index.html#speaker=Harriet%20Okonkwo`);
    await ext.waitFor('[data-testid="speaker-view"] [data-testid="statement"]');
    expect(await ext.text('[data-testid="statement-count"]')).toBe('1 statement');
    const versions = await ext.evaluate(() => [...document.querySelectorAll('[data-testid="speaker-view"] [data-testid="hit"]')].map((li) => li.textContent ?? ''), null);
    expect(versions).toHaveLength(2);
    expect(versions.some((t) => t.includes('worded differently') && t.includes('harbour'))).toBe(true);
    await ext.screenshot(artifactPath(name, 'across-speaker.png'));
    await b.close();
  });
});
