// The one "is this an article?" decision as the reader meets it, in both browsers: real news pages
// are analysed (pages of the evaluation's dev sets, their inline scripts' text still in the page but
// the scripts held off by a CSP meta tag: offline, some would navigate away or fail), a
// front page of teasers is refused, and a story whose extraction picked the print footer says so in
// the popup, whose "Analyse the whole page" then analyses the story.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { printFooterPage } from '../fixtures/print-footer-page';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestBrowser, TestPage } from './support/browsers';
import { probeHighlights } from './support/page-probes';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const EVAL = new URL('../../../shared/eval/', import.meta.url).pathname;
// Every page of the dev and dev-recent sets: all are articles.
const REAL = ['dev', 'dev-recent'].flatMap((set) =>
  existsSync(join(EVAL, set))
    ? readdirSync(join(EVAL, set))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `${set}/${f}`)
    : [],
);

/** The page as saved, with a CSP meta tag right after the doctype so no page script runs (as in extraction-parity). */
function withoutScripts(html: string): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? `${doctype[0]}${csp}${html.slice(doctype[0].length)}` : `${csp}${html}`;
}

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** Runs in an extension page: the tab's state as the popup asks for it. */
function tabState(tabId: number): Promise<{ status: string; report?: { reason?: string } | null }> {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'ui/tab-state', tabId }) as Promise<{ status: string }>;
}

async function settledState(browser: TestBrowser, ext: TestPage, url: string) {
  const tabId = await browser.tabIdOf(url);
  return until(
    () => ext.evaluate(tabState, tabId),
    // Until the content script has started (document_idle), the background has nobody to ask.
    (s) => s.status !== 'analysing' && s.status !== 'no-content-script',
  );
}

inEachBrowser('one article verdict', (env, name) => {
  let ext: TestPage | null = null;
  const extensionPage = async (): Promise<TestPage> => {
    if (!ext) {
      ext = await env().browser.openExtensionPage('src/library/index.html');
      await ext.waitFor('#app');
    }
    return ext;
  };

  it.skipIf(REAL.length === 0)('analyses every real news page of the dev sets, none refused', async () => {
    const { browser, server } = env();
    const listening = await extensionPage();
    const refused: string[] = [];
    for (const path of REAL) {
      server.page(`real/${path}`, withoutScripts(readFileSync(join(EVAL, path), 'utf8')));
      const url = server.url(`real/${path}`);
      const page = await browser.newPage();
      try {
        await page.goto(url);
        const state = await settledState(browser, listening, url);
        if (state.status !== 'ready') refused.push(`${path}: ${state.status}${state.report?.reason ? ` (${state.report.reason})` : ''}`);
      } finally {
        await page.close();
      }
    }
    expect(refused).toEqual([]);
  });

  it('refuses a front page of teasers, with "Analyse anyway"', async () => {
    const { browser, server } = env();
    const url = server.url('non-articles/en-section.html');
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('button.analyse-anyway');
    expect(await popup.text('.state')).toContain('does not look like an article');
    await popup.close();
    await page.close();
  });

  it('says when the article found is the print footer, and "Analyse the whole page" analyses the story', async () => {
    const { browser, server } = env();
    server.page('print-footer.html', printFooterPage());
    const url = server.url('print-footer.html');
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('button.analyse-whole-page');
    expect(await popup.text('.extraction-notice')).toMatch(/has \d+ words of text, but this page has [\d,]+/);
    // The footer has no quotes: nothing of the story is shown yet.
    expect(await popup.evaluate(() => document.querySelectorAll('details.speaker').length, null)).toBe(0);
    await popup.screenshot(artifactPath(name, 'popup-extraction-notice.png'), POPUP_CLIP);

    await popup.click('button.analyse-whole-page');
    await popup.waitFor('.extraction-notice.whole-page');
    await popup.waitFor('details.speaker');
    const speakers = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('details.speaker')].map((d) => d.dataset.speaker), null);
    expect(speakers).toContain('Amara Lindqvist');
    const words = Number((await popup.text('[data-testid="word-count"]')).replace(/,/g, ''));
    expect(words).toBeGreaterThan(2000);
    await popup.screenshot(artifactPath(name, 'popup-whole-page.png'), POPUP_CLIP);
    // And the story is highlighted on the page, not only listed.
    const probe = await until(
      () => page.evaluate(probeHighlights, 'main'),
      (p) => Object.keys(p.groups).some((g) => g.startsWith('ql-quote-')),
    );
    expect(Object.entries(probe.groups).filter(([g]) => g.startsWith('ql-quote-')).flatMap(([, r]) => r)).toContain(
      'Nobody expected a phone call to matter this much,',
    );
    await popup.close();
    await page.close();
  });
});
