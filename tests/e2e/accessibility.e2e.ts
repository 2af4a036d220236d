// The four surfaces a reader uses — popup, library, the note editor and the hover card in the
// extension's frame — checked by axe-core in the real browsers, in light and in dark: no serious or
// critical violation. axe's source is run through the driver (extension pages' CSP forbids eval).
// Screenshots of each surface in both schemes land in artifacts/<browser>/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { articleHtml } from './support/article-html';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { pointOfText, selectText } from './support/page-probes';
import { FRAME_PATH, triggerHighlightShortcut, waitForFrame, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Serious and critical axe violations in the page (or its frame whose URL contains `frame`). */
async function seriousViolations(p: TestPage, frame?: string): Promise<Violation[]> {
  if ((await p.runScript('typeof axe', frame)) === 'undefined') await p.runScript(AXE, frame);
  const json = await p.runScript(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => JSON.stringify(r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 6).map((n) => n.target.join(' ') + ' — ' + n.failureSummary) }))))`,
    frame,
  );
  return JSON.parse(String(json)) as Violation[];
}

/** The page's scheme as its CSS sees it, so a scheme that did not take cannot pass unnoticed. */
const seenScheme = () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/** A made-up outlet's page with its own site name, for the card's "Also in" line. */
function outletPage(site: string, title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2024-05-14"></head>
<body><main><article>${articleHtml({ title })}</article></main></body></html>`;
}

function ask(page: TestPage, msg: unknown): Promise<unknown> {
  return page.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, msg);
}

const cardShown = () => !!document.querySelector('[data-ql="hover-card"]');

inEachBrowser('accessibility', (env, name) => {
  it('has no serious or critical axe violation on the popup, library, editor and card, light and dark', async () => {
    const { browser, server } = env();
    server.page('a11y-elsewhere.html', outletPage('Harbour Gazette', 'Port keeps harbour open through winter'));
    server.page('a11y.html', outletPage('Northern Courier', 'Winter harbour plan approved'));
    const lib = await browser.openExtensionPage('src/library/index.html');
    // Two saved articles quoting one statement: the card names the other by outlet and title.
    for (const file of ['a11y-elsewhere.html', 'a11y.html']) {
      const p = await browser.newPage();
      await p.goto(server.url(file));
      await waitForQuotes(p);
      expect(await ask(lib, { type: 'ui/save-article', tabId: await browser.tabIdOf(server.url(file)) })).toMatchObject({ id: expect.any(String) });
      await p.close();
    }
    const url = server.url('a11y.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('.quote-item');
    await lib.reload();
    await lib.waitFor('[data-testid="article"] button.open-detail');

    const found: Record<string, Violation[]> = {};
    for (const mode of ['light', 'dark'] as const) {
      for (const p of [page, popup, lib]) await p.colorScheme(mode);
      for (const [surface, p] of [['popup', popup], ['library', lib]] as const) {
        expect(await p.evaluate(seenScheme, null)).toBe(mode);
        found[`${surface} ${mode}`] = await seriousViolations(p);
        await p.screenshot(artifactPath(name, `${surface}-${mode}.png`), surface === 'popup' ? POPUP_CLIP : undefined);
      }

      // The hover card on a quote said elsewhere too.
      const at = await page.evaluate(pointOfText, 'keep the harbour open');
      expect(at).not.toBeNull();
      await page.mouse(at!.x, at!.y);
      const card = await until(
        () => waitForFrame(page, 'hover-card'),
        (t) => t?.includes('Also in') ?? false,
      );
      expect(card).toContain('Harbour Gazette');
      expect(await page.inFrame(FRAME_PATH, seenScheme, null)).toBe(mode);
      await page.screenshot(artifactPath(name, `card-${mode}.png`));
      found[`card ${mode}`] = await seriousViolations(page, FRAME_PATH);
      await page.mouse(1, 1);
      await until(
        () => page.inFrame(FRAME_PATH, cardShown, null),
        (shown) => shown !== true,
      );

      // The editor on a new highlight.
      expect(await page.evaluate(selectText, 'ordered two new icebreakers')).toBe(true);
      expect(await triggerHighlightShortcut(popup, tabId)).toEqual({ ok: true });
      await waitForFrame(page);
      await page.screenshot(artifactPath(name, `editor-${mode}.png`));
      found[`editor ${mode}`] = await seriousViolations(page, FRAME_PATH);
      await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
      await page.press('Escape');
      await until(
        () => page.inFrame(FRAME_PATH, () => !!document.querySelector('[data-ql="editor"]'), null),
        (open) => open !== true,
      );
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
});
