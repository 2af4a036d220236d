// The reader's controls in the popup, in both browsers: per-kind toggles, the per-site off switch
// (remembered across reloads), and a speaker correction that persists and wins from then on.
import { expect, it } from 'vitest';
import { articleHtml, page as pageHtml } from './support/article-html';
import type { TestPage } from './support/browsers';
import { probeHighlights } from './support/page-probes';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const groupsOf = async (page: TestPage) => Object.keys((await page.evaluate(probeHighlights, 'article')).groups);
const hasQuotes = (gs: string[]) => gs.some((g) => g.startsWith('ql-quote-'));
const hasActors = (gs: string[]) => gs.includes('ql-person');

async function speakerCounts(popup: TestPage): Promise<Record<string, number>> {
  return popup.evaluate(
    () =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('details.speaker')].map((d) => [d.dataset.speaker, d.querySelectorAll('li').length]),
      ),
    null,
  );
}

inEachBrowser('reader controls', (env) => {
  it('toggles kinds of highlights and switches a site off and on, remembered across reloads', async () => {
    const { browser, server } = env();
    const url = server.url('toggles.html');
    server.page('toggles.html', pageHtml(`<article>${articleHtml()}</article>`));
    const page = await browser.newPage();
    await page.goto(url);
    await until(() => groupsOf(page), hasQuotes);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('fieldset.toggles input');

    await popup.click('fieldset.toggles label:nth-of-type(1) input'); // Quotes off
    const noQuotes = await until(() => groupsOf(page), (gs) => !hasQuotes(gs));
    expect(hasQuotes(noQuotes)).toBe(false);
    expect(hasActors(noQuotes)).toBe(true);
    await popup.click('fieldset.toggles label:nth-of-type(1) input'); // Quotes back on
    await until(() => groupsOf(page), hasQuotes);

    await popup.click('button.site-off');
    expect(await until(() => groupsOf(page), (gs) => gs.length === 0)).toEqual([]);
    await page.reload();
    // A check that something does NOT happen needs a window; this one can only let a bug through, never
    // fail a correct build by chance, whatever the machine's load.
    await new Promise((r) => setTimeout(r, 1500)); // give the content script every chance to paint
    expect(await groupsOf(page)).toEqual([]);
    await popup.reload();
    await popup.waitFor('.state button');
    expect(await popup.text('.state')).toContain('Quotelight is off on 127.0.0.1');
    await popup.click('.state button');
    await page.reload();
    expect(hasQuotes(await until(() => groupsOf(page), hasQuotes))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('a corrected speaker persists and wins over the automatic one', async () => {
    const { browser, server } = env();
    const url = server.url('correction.html');
    server.page('correction.html', pageHtml(`<article>${articleHtml()}</article>`));
    const page = await browser.newPage();
    await page.goto(url);
    await until(() => groupsOf(page), hasQuotes);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('details.speaker[data-speaker="Harriet Okonkwo"] button.fix');
    await popup.click('details.speaker[data-speaker="Harriet Okonkwo"] button.fix');
    await popup.evaluate((name) => {
      const input = document.querySelector<HTMLInputElement>('form.correct input')!;
      input.value = name;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'Ines Valdivia');
    await popup.click('form.correct button[type="submit"]');
    const corrected = await until(() => speakerCounts(popup), (c) => c['Ines Valdivia'] === 1);
    expect(corrected['Ines Valdivia']).toBe(1);
    expect(corrected['Harriet Okonkwo']).toBeUndefined();

    await page.reload();
    await until(() => groupsOf(page), hasQuotes);
    await popup.reload();
    await popup.waitFor('details.speaker');
    expect((await until(() => speakerCounts(popup), (c) => c['Ines Valdivia'] === 1))['Ines Valdivia']).toBe(1);
    await popup.close();
    await page.close();
  });
});
