// What the reader's screen shows during the journey (tests/e2e/journey.e2e.ts): the tint painted under
// a highlight, read from a screenshot, and the popup's lists, read from its DOM.
import { groupStyles } from '../../../src/shared/highlight-styles';
import { artifactPath } from './artifacts';
import type { TestPage } from './browsers';
import { paintedBox, paintedGroups } from './painted-boxes';
import { colourDistance, dominantColour, over, parseColour, type Rgb, readPng } from './pixels';
import { until } from './wait';

/** A painted box must differ this much (on some channel, 0–255) from the page under it. */
const VISIBLE = 24;
/** Rounding of translucent colours differs a little between browsers. */
const SAME = 8;

export interface Tint {
  text: string;
  seen: Rgb;
  expected: Rgb;
  background: Rgb;
}

/** Whether the tint is what the reader should see: '' when it is, else what is wrong. */
export function tintProblem(t: Tint): string {
  if (colourDistance(t.seen, t.background) < VISIBLE) return `«${t.text.slice(0, 40)}» looks like the page (${t.seen} on ${t.background})`;
  if (colourDistance(t.seen, t.expected) > SAME) return `«${t.text.slice(0, 40)}» is ${t.seen}, expected ${t.expected}`;
  return '';
}

/**
 * Screenshots range `index` of highlight group `group` (quote-0, mark-yellow…) on `page`, with the
 * selection cleared, and reads the colour between its glyphs; null when the range is not on the page.
 */
export async function tintUnder(page: TestPage, browser: string, group: string, index: number, label: string): Promise<Tint | null> {
  await until(
    () => page.evaluate(paintedGroups, null),
    (g) => (g[group] ?? 0) > index,
  );
  await page.evaluate(() => document.getSelection()?.removeAllRanges(), null);
  const box = await page.evaluate(paintedBox, { group, index });
  if (!box) return null;
  const decl = /background-color:\s*([^;]+)/.exec(groupStyles()[group] ?? '');
  if (!decl) throw new Error(`group ${group} declares no background`);
  const path = artifactPath(browser, `journey-${label}.png`);
  await page.screenshot(path, box.clip);
  const background = parseColour(box.background).rgb;
  return { text: box.text, seen: dominantColour(readPng(path)), expected: over(decl[1]!.trim(), background), background };
}

// ---------- functions evaluated in the popup (self-contained) ----------

export interface PopupQuotes {
  /** Speaker → the quotes listed under them. */
  bySpeaker: Record<string, string[]>;
  saved: boolean;
  title: string;
}

export function popupQuotes(): PopupQuotes {
  const bySpeaker: Record<string, string[]> = {};
  for (const d of document.querySelectorAll<HTMLElement>('details.speaker')) {
    bySpeaker[d.dataset.speaker ?? ''] = [...d.querySelectorAll('.quote-item .quote')].map((q) => (q.textContent ?? '').replace(/^“|”$/g, ''));
  }
  return {
    bySpeaker,
    saved: document.querySelector('.actions .saved') !== null,
    title: document.querySelector('section.article .title')?.textContent ?? '',
  };
}

/** The reader's highlights and notes listed in the popup (or the library's detail): passage, note, tags. */
export function readerItems(): { passage: string; note: string; tags: string }[] {
  return [...document.querySelectorAll('[data-testid="reader-item"]')].map((li) => ({
    passage: li.querySelector('.passage')?.textContent ?? '',
    note: li.querySelector('.note')?.textContent ?? '',
    tags: li.querySelector('.tags')?.textContent ?? '',
  }));
}

/** Opens the popup of the tab showing `url` (as a tab: `?tab=`) and waits until it shows the analysis. */
export async function openPopup(
  browser: { tabIdOf(url: string): Promise<number>; openExtensionPage(path: string): Promise<TestPage> },
  url: string,
): Promise<{ popup: TestPage; tabId: number }> {
  const tabId = await browser.tabIdOf(url);
  const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.waitFor('section.article .title');
  return { popup, tabId };
}
