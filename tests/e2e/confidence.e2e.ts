// An attribution the analysis is unsure of, as the reader sees it in both browsers: marked
// "unsure — check" in the popup (and listed alone on request), in the hover card and in the
// library; once the reader corrects the speaker, the mark is gone.
import { expect, it } from 'vitest';
import { articleHtml, page as pageHtml } from './support/article-html';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { pointOfText } from './support/page-probes';
import { FRAME_PATH, waitForFrame, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

// The quote follows a sentence naming three people and has no attribution of its own: the ranker's
// guess (the last speaker quoted) is well below the "check" threshold. The others are attributed plainly.
const UNSURE = 'The icebreakers will not arrive before February.';
const SURE = 'We will keep the harbour open through the winter, whatever the cost,';
const EXTRA = [`Okonkwo met Wielgus and the ferry operator Selma Brandt on Friday. “${UNSURE}”`];

/** What the screen shows of each quote item in the popup: its text, and its certainty mark's words, box and name. */
function popupMarks(): { quote: string; mark: string | null; label: string | null; boxed: boolean; visible: boolean }[] {
  return [...document.querySelectorAll<HTMLElement>('.quote-item')].map((item) => {
    const mark = item.querySelector<HTMLElement>('.certainty');
    const r = mark?.getBoundingClientRect();
    const style = mark ? getComputedStyle(mark) : null;
    return {
      quote: item.querySelector('.quote')?.textContent ?? '',
      mark: mark?.textContent ?? null,
      label: mark?.getAttribute('aria-label') ?? null,
      boxed: !!style && style.borderTopStyle === 'solid' && Number.parseFloat(style.borderTopWidth) > 0,
      visible: !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.right <= window.innerWidth,
    };
  });
}

/** In the extension's frame: the hover card is shown whole (the frame is at least as tall as the card). */
function cardFits(): boolean {
  const card = document.querySelector('[data-ql="hover-card"]');
  const bottom = card ? Math.ceil(card.getBoundingClientRect().bottom) : 0;
  return bottom > 0 && window.innerHeight >= bottom;
}

function setCheckbox(label: string): boolean {
  const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(label))?.querySelector('input');
  box?.click();
  return !!box;
}

const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');

async function ask(lib: TestPage, msg: unknown): Promise<unknown> {
  return lib.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, msg);
}

inEachBrowser('speaker confidence', (env, name) => {
  it('marks the uncertain attribution in the popup, the card and the library; a correction clears it', async () => {
    const { browser, server } = env();
    server.page('unsure.html', pageHtml(`<article>${articleHtml({ extraParagraphs: EXTRA })}</article>`));
    const url = server.url('unsure.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);

    // The popup: the unsure attribution is boxed and says so in words, with its number; the sure one is not.
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('.quote-item .certainty.check');
    const marks = await until(
      () => popup.evaluate(popupMarks, null),
      (m) => m.some((x) => x.quote.includes(UNSURE) && x.visible),
    );
    const unsure = marks.find((m) => m.quote.includes(UNSURE))!;
    expect(unsure.mark).toMatch(/^\?unsure — check · \d{1,2}%$/);
    expect(unsure.label).toMatch(/^Unsure — check who said this \(\d{1,2}% sure of this speaker\)$/);
    expect(unsure).toMatchObject({ boxed: true, visible: true });
    const sure = marks.find((m) => m.quote.includes(SURE))!;
    expect(sure).toMatchObject({ mark: 'likely', boxed: false });
    expect(await popup.evaluate(texts, 'details.speaker summary .to-check')).toEqual(['?1 to check']);
    await popup.screenshot(artifactPath(name, 'confidence-popup.png'), POPUP_CLIP);

    // "Speakers to check": only that quote is left.
    expect(await popup.evaluate(setCheckbox, 'Only speakers to check')).toBe(true);
    const left = await until(
      () => popup.evaluate(texts, '.quote-item .quote'),
      (q) => q.length === 1,
    );
    expect(left[0]).toContain(UNSURE);
    await popup.screenshot(artifactPath(name, 'confidence-popup-to-check.png'), POPUP_CLIP);
    expect(await popup.evaluate(setCheckbox, 'Only speakers to check')).toBe(true);

    // The hover card says it under the speaker's name.
    const at = await page.evaluate(pointOfText, 'icebreakers will not arrive');
    expect(at).not.toBeNull();
    await page.mouse(at!.x, at!.y);
    const card = await until(
      () => waitForFrame(page, 'hover-card'),
      (t) => !!t?.includes('unsure — check'),
    );
    expect(card).toMatch(/unsure — check · \d{1,2}%/);
    // The page side sizes the frame to the card after the card reports its height: the whole card is on screen.
    const fit = await until(
      () => page.inFrame(FRAME_PATH, cardFits, null),
      (f) => f === true,
    );
    expect(fit).toBe(true);
    await page.screenshot(artifactPath(name, 'confidence-card.png'));

    // Saved, the library shows the mark in the article's quotes and filters its search by it.
    expect(await ask(popup, { type: 'ui/save-article', tabId })).toMatchObject({ id: expect.any(String) });
    const lib = await browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('[data-testid="article"] button.open-detail');
    expect(await lib.evaluate(setCheckbox, 'Speakers to check (1)')).toBe(true);
    const found = await until(
      () => lib.evaluate(texts, '[data-testid="search-results"] [data-testid="hit"]'),
      (h) => h.length === 1,
    );
    expect(found[0]).toContain(UNSURE);
    expect(found[0]).toContain('unsure — check');
    await lib.screenshot(artifactPath(name, 'confidence-library-search.png'));
    await lib.click('[data-testid="search-results"] button.open-detail');
    await lib.waitFor('[data-testid="article-detail"] .certainty.check');
    const detail = await lib.evaluate(texts, '[data-testid="article-detail"] .quote-text');
    expect(detail.filter((d) => d.includes('unsure — check'))).toEqual([expect.stringContaining(UNSURE)]);
    await lib.screenshot(artifactPath(name, 'confidence-library.png'));

    // The reader names the speaker: certain from then on, in the popup and the library.
    await popup.evaluate((quote) => {
      const item = [...document.querySelectorAll('.quote-item')].find((i) => i.textContent?.includes(quote));
      item?.querySelector<HTMLButtonElement>('button.fix')?.click();
    }, UNSURE);
    await popup.waitFor('form.correct input');
    await popup.evaluate((speaker) => {
      const input = document.querySelector<HTMLInputElement>('form.correct input')!;
      input.value = speaker;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'Selma Brandt');
    await popup.click('form.correct button[type="submit"]');
    const fixed = await until(
      () => popup.evaluate(popupMarks, null),
      (m) => m.some((x) => x.quote.includes(UNSURE)) && !m.some((x) => x.label?.startsWith('Unsure')),
    );
    // Not "likely (99%)": the reader's own speaker is said to be theirs.
    expect(fixed.find((x) => x.quote.includes(UNSURE))).toMatchObject({ label: 'Speaker set by you', visible: true });
    await popup.evaluate((quote) => {
      [...document.querySelectorAll('.quote-item')].find((i) => i.textContent?.includes(quote))?.scrollIntoView({ block: 'center' });
    }, UNSURE);
    await popup.screenshot(artifactPath(name, 'confidence-popup-corrected.png'), POPUP_CLIP);
    expect(await popup.evaluate(texts, 'details.speaker summary .to-check')).toEqual([]);
    await lib.reload();
    await lib.waitFor('[data-testid="article-detail"] .quote-text');
    const after = await until(
      () => lib.evaluate(texts, '[data-testid="article-detail"] .quote-text'),
      (d) => d.some((x) => x.includes(UNSURE)),
    );
    expect(after.find((d) => d.includes(UNSURE))).toContain('set by you');
    expect(after.some((d) => d.includes('unsure — check'))).toBe(false);

    await lib.close();
    await popup.close();
    await page.close();
  });
});
