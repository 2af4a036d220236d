// The round trip every feature stands on: content script → background → popup, in both browsers.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { inEachBrowser } from './support/suite';

inEachBrowser('foundation', (env, name) => {
  it('analyses the sample article and the popup shows its title and word count', async () => {
    const { browser, server } = env();
    const url = server.url('seed-wapo-russia.html');
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);

    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('[data-testid="word-count"]');
    expect(await popup.text('h2.title')).toContain('Russia threatens to scuttle talks');
    const words = Number((await popup.text('[data-testid="word-count"]')).replace(/,/g, ''));
    expect(words).toBeGreaterThan(500);
    expect(words).toBeLessThan(2000); // the rail, nav and footer are not counted
    await popup.screenshot(artifactPath(name, 'popup-foundation.png'), POPUP_CLIP);
    await page.screenshot(artifactPath(name, 'seed-page.png'));
    expect(page.consoleErrors.filter((m) => /quotelight|extension/i.test(m))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('explains a page that is not an article and offers to analyse it anyway', async () => {
    const { browser, server } = env();
    server.page('not-article.html', '<!doctype html><title>Shop</title><nav><a href="/">Home</a></nav><p>Buy now.</p>');
    const url = server.url('not-article.html');
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('button.analyse-anyway');
    expect(await popup.text('.state')).toContain('does not look like an article');
    await popup.close();
    await page.close();
  });
});
