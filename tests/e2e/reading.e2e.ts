// What a reader sees on the sample article, in both browsers: highlights in the article body only,
// the popup's quotes by speaker, and the hover card.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { pointOfText, probeHighlights } from './support/page-probes';
import { waitForFrame } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const SPEAKER_COUNTS: Record<string, number> = {
  'Dmitry Peskov': 10,
  'Wendy Sherman': 3,
  'Antony Blinken': 3,
  'Vladimir Putin': 1,
  'Maria Zakharova': 1,
};

const quoteRanges = (p: ReturnType<typeof probeHighlights>) =>
  Object.entries(p.groups)
    .filter(([g]) => g.startsWith('ql-quote-'))
    .flatMap(([, r]) => r);

async function highlights(page: TestPage) {
  return until(
    () => page.evaluate(probeHighlights, 'article'),
    (p) => quoteRanges(p).length > 0,
  );
}

inEachBrowser('reading', (env, name) => {
  it('highlights the quotes and actors of the article body, not the rails', async () => {
    const { browser, server } = env();
    const page = await browser.newPage();
    await page.goto(server.url('seed-wapo-russia.html'));
    const probe = await highlights(page);
    expect(probe.supported).toBe(true);
    const quotes = quoteRanges(probe);
    expect(quotes).toContain('We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.');
    expect(quotes.length).toBeGreaterThanOrEqual(18);
    expect(probe.groups['ql-person']).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Wendy Sherman']));
    expect(probe.outsideArticle).toEqual([]);
    expect(Object.values(probe.groups).flat().join(' ')).not.toContain('deterrence'); // the "Most read" rail
    await page.screenshot(artifactPath(name, 'seed-highlighted.png'));
    await page.close();
  });

  it('shows who said a quote on hover', async () => {
    const { browser, server } = env();
    const page = await browser.newPage();
    await page.goto(server.url('seed-wapo-russia.html'));
    await highlights(page);
    const at = await page.evaluate(pointOfText, 'No one should be surprised if Russia');
    expect(at).not.toBeNull();
    await page.mouse(at!.x, at!.y);
    const card = await waitForFrame(page, 'hover-card');
    expect(card).toContain('Antony Blinken');
    await page.screenshot(artifactPath(name, 'seed-hover.png'));
    await page.close();
  });

  it('lists the quotes under their speakers in the popup, paraphrased people as actors only', async () => {
    const { browser, server } = env();
    const url = server.url('seed-wapo-russia.html');
    const page = await browser.newPage();
    await page.goto(url);
    await highlights(page);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('details.speaker');
    const counts = await popup.evaluate(
      () =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('details.speaker')].map((d) => [
            d.dataset.speaker,
            Number.parseInt(d.querySelector('.count')?.textContent ?? '0', 10),
          ]),
        ),
      null,
    );
    expect(counts).toEqual(expect.objectContaining(SPEAKER_COUNTS));
    expect(counts['Sergei Ryabkov']).toBeUndefined();
    const people = await popup.evaluate(() => [...document.querySelectorAll('.actors.person li .link')].map((b) => b.textContent), null);
    expect(people).toContain('Sergei Ryabkov');
    await popup.screenshot(artifactPath(name, 'popup-seed.png'), POPUP_CLIP);

    // Clicking a quote scrolls the page to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0), null);
    await popup.click('details.speaker[data-speaker="Antony Blinken"] li:last-child button.quote');
    const flashed = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => (p.groups['ql-flash'] ?? []).length > 0,
    );
    expect(flashed.groups['ql-flash']?.[0]).toContain('No one should be surprised');
    expect(await page.evaluate(() => window.scrollY, null)).toBeGreaterThan(500);
    await popup.close();
    await page.close();
  });
});
