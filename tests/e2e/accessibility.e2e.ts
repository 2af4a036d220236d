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
function outletPage(site: string, title: string, published: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${published}"></head>
<body><main><article>${articleHtml({ title })}</article></main></body></html>`;
}

function ask(page: TestPage, msg: unknown): Promise<unknown> {
  return page.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, msg);
}

const TITLE = 'Port keeps harbour open through winter';

const cardShown = () => !!document.querySelector('[data-ql="hover-card"]');

/** In the extension's frame: the hover card is shown whole (the page side has sized the frame to it). */
function cardFits(): boolean {
  const card = document.querySelector('[data-ql="hover-card"]');
  const bottom = card ? Math.ceil(card.getBoundingClientRect().bottom) : 0;
  return bottom > 0 && window.innerHeight >= bottom;
}

/** Where keyboard focus is, as an index among the page's visible tab stops, and whether its focus ring is drawn. */
function focusStop(): { index: number; what: string; ring: boolean; scroller: boolean } | null {
  const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
  );
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el.tagName === 'IFRAME') return null;
  const style = getComputedStyle(el);
  return {
    index: stops.indexOf(el),
    what: `${el.tagName.toLowerCase()}${el.getAttribute('type') === 'radio' ? '[radio]' : ''} ${(el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 40)}`,
    ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    // Firefox also stops on a scrolling box (the popup's), so the keyboard can scroll it.
    scroller: el.scrollHeight > el.clientHeight && /auto|scroll/.test(style.overflowY),
  };
}

/** The page's visible tab stops, named as focusStop names them. */
const allStops = () =>
  [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }))
    .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('type') === 'radio' ? '[radio]' : ''} ${(el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 40)}`);

type Stop = NonNullable<ReturnType<typeof focusStop>>;

/**
 * Tabs through a page (or the frame) with real key presses until focus comes back round or leaves;
 * the stops seen, in order. A trap would show as the same stop again before the others are reached.
 */
async function tabThrough(p: TestPage, frame?: string): Promise<Stop[]> {
  const where = () => (frame ? p.inFrame(frame, focusStop, null) : p.evaluate(focusStop, null));
  const seen: Stop[] = [];
  for (let i = 0; i < 150; i++) {
    await p.press('Tab');
    const at = await where();
    if (!at || (seen.length > 0 && at.index === seen[0]!.index)) break;
    seen.push(at);
  }
  return seen;
}

/** Every stop from the first one reached (the page's first, or where the view put focus) to the last, once each, in document order, each with its focus ring drawn. */
function expectWalkable(stops: Stop[], all: string[], surface: string): void {
  expect(stops.filter((s) => !s.ring).map((s) => `${surface}: ${s.what}`)).toEqual([]);
  const controls = stops.filter((s) => !(s.scroller && s.index < 0));
  const from = controls[0]?.index ?? 0;
  expect(controls.map((s) => `${s.index} ${s.what}`)).toEqual(all.map((what, i) => `${i} ${what}`).slice(from));
}

inEachBrowser('accessibility', (env, name) => {
  it('can be used with the keyboard alone: every action of the popup, library and editor is a tab stop, in order, with a visible focus ring', async () => {
    const { browser, server } = env();
    server.page('a11y-keys.html', outletPage('Keyboard Courier', 'Harbour by keyboard', '2024-06-01'));
    const url = server.url('a11y-keys.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('.quote-item');
    expectWalkable(await tabThrough(popup), await popup.evaluate(allStops, null), 'popup');

    expect(await ask(popup, { type: 'ui/save-article', tabId })).toMatchObject({ id: expect.any(String) });
    const lib = await browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('[data-testid="article"] button.open-detail');
    expectWalkable(await tabThrough(lib), await lib.evaluate(allStops, null), 'library');
    // The article's own view, opened by its address (no mouse: a click would keep Firefox's focus ring off).
    const id = await lib.evaluate(() => document.querySelector('[data-testid="article"]')?.getAttribute('data-url') ?? '', null);
    const detail = await browser.openExtensionPage(`src/library/index.html#${new URLSearchParams({ article: id })}`);
    await detail.waitFor('[data-testid="article-detail"]');
    expectWalkable(await tabThrough(detail), await detail.evaluate(allStops, null), 'article');

    // The editor: from the note, Tab goes round its colours, note, tags and buttons and stays in the frame.
    expect(await page.evaluate(selectText, 'ordered two new icebreakers')).toBe(true);
    expect(await triggerHighlightShortcut(popup, tabId)).toEqual({ ok: true });
    await waitForFrame(page);
    await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
    // Counted before the walk: once Tab leaves the frame, the editor says the keyboard left the note
    // (a button of its own), which is not one of the editor's stops.
    const count = ((await page.inFrame(FRAME_PATH, allStops, null)) ?? []).length;
    const stops = await tabThrough(page, FRAME_PATH);
    expect(stops.filter((s) => !s.ring).map((s) => s.what)).toEqual([]);
    expect(new Set(stops.map((s) => s.index)).size).toBe(stops.length);
    // From the note to the last button (then focus leaves the frame, or comes round to the colours).
    expect(stops.length).toBeGreaterThanOrEqual(3);
    expect(stops.at(-1)?.index).toBe(count - 1);
  });


  it('has no serious or critical axe violation on the popup, library, editor and card, light and dark', async () => {
    const { browser, server } = env();
    // Wire copy: two outlets, one title, one statement; the card names the other by outlet and title,
    // the library tells the two apart by site and date.
    server.page('a11y-elsewhere.html', outletPage('Harbour Gazette', TITLE, '2024-05-13'));
    server.page('a11y.html', outletPage('Northern Courier', TITLE, '2024-05-14'));
    const lib = await browser.openExtensionPage('src/library/index.html');
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
        await p.screenshot(artifactPath(name, `${surface}-${mode}.png`), surface === 'popup' ? POPUP_CLIP : { x: 0, y: 0, width: 1200, height: 640 });
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
      await until(
        () => page.inFrame(FRAME_PATH, cardFits, null),
        (fits) => fits === true,
      );
      await page.screenshot(artifactPath(name, `card-${mode}.png`), { x: 0, y: 0, width: 720, height: 380 });
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
      await page.screenshot(artifactPath(name, `editor-${mode}.png`), { x: 0, y: 0, width: 1200, height: 420 });
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
