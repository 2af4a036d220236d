// What the reader sees of the highlights, read from screenshots rather than from CSS.highlights: every
// quote on the sample article is tinted, a new mark and the popup's flash are visible, on a light and
// a dark page, and a page that restyles Quotelight's highlight names cannot untint them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../scripts/fixture-server';
import { groupStyles, MARK_SWATCHES } from '../../src/shared/highlight-styles';
import { artifactPath } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { type PaintedBox, paintedBox, paintedGroups } from './support/painted-boxes';
import { highlightButtonPoint, pointOfText } from './support/page-probes';
import { bestRowLike, colourDistance, contrastRatio, dominantColour, mostContrasting, over, parseColour, type Rgb, readPng } from './support/pixels';
import { FRAME_PATH, selectAsReader, textInFrame, waitForFrame } from './support/reader-actions';
import { type Env, inEachBrowser } from './support/suite';
import { until, WAIT_MS } from './support/wait';

const SEED = 'seed-wapo-russia.html';
const PASSAGE = 'The talks this week in Europe will test whether Russia';
/** A painted box must differ this much (on some channel, 0–255) from the page under it. */
const VISIBLE = 24;
/** Rounding of translucent colours differs a little between browsers. */
const SAME = 6;
/** WCAG AA for body text. */
const LEGIBLE = 4.5;

const seedHtml = () => readFileSync(join(FIXTURES_DIR, SEED), 'utf8');
const withHead = (html: string, extra: string) => html.replace('</head>', `${extra}\n</head>`);

/** The sample article as a dark page: near-black background, light text. */
const DARK_STYLE = '<style>html, body, main, article { background: #121212 !important; color: #e6e6e6 !important; }</style>';

/**
 * A page that reads the highlight names from CSS.highlights and styles every one of them away, with
 * every weapon an author sheet has: !important, high specificity, a cascade layer declared first. Its
 * own highlight (#control, styled by the page) shows that the attack works where it can.
 */
const HOSTILE_RESTYLE = `<style>@layer first; ::highlight(page-control) { background-color: rgb(255, 0, 0); }</style>
<script>
  const attack = document.createElement('style');
  attack.id = 'attack';
  document.head.append(attack);
  addEventListener('DOMContentLoaded', () => {
    const p = document.createElement('p');
    p.id = 'control';
    p.textContent = 'A passage the page highlights itself.';
    document.querySelector('header').append(p);
    const r = document.createRange();
    r.selectNodeContents(p.firstChild);
    CSS.highlights.set('page-control', new Highlight(r));
  });
  setInterval(() => {
    const css = [...CSS.highlights.keys()]
      .map((n) => '::highlight(' + n + '), html body *::highlight(' + n + ') { background-color: transparent !important; }' +
        ' @layer first { ::highlight(' + n + ') { background-color: transparent !important; } }')
      .join('\\n');
    if (attack.textContent !== css) attack.textContent = css;
  }, 50);
</script>`;

/** The background colour a group declares (quote tints are translucent). */
function tintOf(group: string): string {
  const decl = /background-color:\s*([^;]+)/.exec(groupStyles()[group] ?? '');
  if (!decl) throw new Error(`group ${group} declares no background`);
  return decl[1]!.trim();
}

interface Seen {
  what: string;
  seen: Rgb;
  expected: Rgb;
  background: Rgb;
  contrast: number;
}

/** Screenshots a painted box and reads the colour between its glyphs and how legible the text is. */
async function look(page: TestPage, browser: string, what: string, box: PaintedBox, tint: string): Promise<Seen> {
  const path = artifactPath(browser, `px-${what.replace(/[^a-z0-9-]+/gi, '_')}.png`);
  await page.screenshot(path, box.clip);
  const img = readPng(path);
  const seen = dominantColour(img);
  const background = parseColour(box.background).rgb;
  return { what, seen, expected: over(tint, background), background, contrast: contrastRatio(mostContrasting(img, seen), seen) };
}

/** What is wrong with a box that should be tinted: '' when it is visibly tinted and legible. */
function problem(s: Seen): string {
  const out: string[] = [];
  if (colourDistance(s.seen, s.background) < VISIBLE) out.push(`looks like the page (${s.seen} on ${s.background})`);
  if (colourDistance(s.seen, s.expected) > SAME) out.push(`is ${s.seen}, expected ${s.expected}`);
  if (s.contrast < LEGIBLE) out.push(`text contrast ${s.contrast.toFixed(2)}`);
  return out.length ? `${s.what}: ${out.join('; ')}` : '';
}

async function waitForGroups(page: TestPage, ok: (g: Record<string, number>) => boolean): Promise<Record<string, number>> {
  return until(() => page.evaluate(paintedGroups, null), ok);
}

const hasQuotes = (g: Record<string, number>) => Object.keys(g).some((k) => k.startsWith('quote-'));

/** Every quote range, each scrolled into view and screenshotted: the problems found. */
async function lookAtEveryQuote(page: TestPage, browser: string, label: string): Promise<{ looked: number; problems: string[] }> {
  const groups = await waitForGroups(page, hasQuotes);
  const problems: string[] = [];
  let looked = 0;
  for (const [group, size] of Object.entries(groups).filter(([g]) => g.startsWith('quote-'))) {
    for (let index = 0; index < size; index++) {
      const box = await page.evaluate(paintedBox, { group, index });
      if (!box) {
        problems.push(`${group}[${index}]: no line box on screen`);
        continue;
      }
      looked++;
      const p = problem(await look(page, browser, `${label}-${group}-${index}`, box, tintOf(group)));
      if (p) problems.push(`${p} («${box.text.slice(0, 40)}»)`);
    }
  }
  return { looked, problems };
}

/** Selects the passage and clicks the floating Highlight button, as a reader does; closes the editor. */
async function markPassage(page: TestPage): Promise<void> {
  await page.evaluate(pointOfText, PASSAGE);
  // Only the reader's own key or pointer makes a selection count (a script's brings no Highlight button).
  await selectAsReader(page, PASSAGE);
  const at = await until(
    () => page.evaluate(highlightButtonPoint, null),
    (p) => p?.shown === true,
  );
  expect(at?.shown).toBe(true);
  await page.clickAt(at!.x, at!.y);
  expect(await waitForFrame(page)).toContain(PASSAGE);
  await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
  await page.press('Escape');
  await until(
    () => textInFrame(page, 'editor'),
    (t) => t === null,
  );
  await page.evaluate(() => document.getSelection()?.removeAllRanges(), null);
  await waitForGroups(page, (g) => (g['mark-yellow'] ?? 0) > 0);
}

/** Runs in the page: puts the paragraph holding `text` near the top of the window (for the screenshots). */
function scrollToTop(text: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n as Text).data.includes(text)) continue;
    const top = n.parentElement!.getBoundingClientRect().top;
    window.scrollBy(0, top - 300);
    return;
  }
}

async function lookAtMark(page: TestPage, browser: string, label: string): Promise<Seen> {
  const box = await page.evaluate(paintedBox, { group: 'mark-yellow', index: 0 });
  expect(box?.text).toBe(PASSAGE);
  return look(page, browser, `${label}-mark`, box!, MARK_SWATCHES.yellow!);
}

/**
 * Opens `path` on the fixture server under a query string of its own (so the tab is told apart from
 * other tests' tabs) and always closes it.
 */
async function onPage(env: () => Env, path: string, run: (page: TestPage, url: string) => Promise<void>): Promise<void> {
  const { browser, server } = env();
  const url = `${server.url(path)}?for=${(expect.getState().currentTestName ?? path).replace(/[^a-z0-9]+/gi, '-')}`;
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await run(page, url);
  } finally {
    await page.close();
  }
}

inEachBrowser('highlight pixels', (env, name) => {
  it('tints every quote range of the sample article', () =>
    onPage(env, SEED, async (page) => {
      const { looked, problems } = await lookAtEveryQuote(page, name, 'light');
      expect(looked).toBeGreaterThanOrEqual(18);
      expect(problems).toEqual([]);
    }));

  it('underlines the people the article names, on a light and a dark page', async () => {
    env().server.page('dark-article.html', withHead(seedHtml(), DARK_STYLE));
    const underline = parseColour(/#[0-9a-f]{6}/i.exec(groupStyles().person!)![0]).rgb;
    for (const path of [SEED, 'dark-article.html'])
      await onPage(env, path, async (page) => {
        const people = (await waitForGroups(page, (g) => (g.person ?? 0) >= 3)).person ?? 0;
        expect(people).toBeGreaterThanOrEqual(3);
        for (let index = 0; index < 3; index++) {
          const box = (await page.evaluate(paintedBox, { group: 'person', index }))!;
          // The underline sits 3 px under the baseline, just below the text's box.
          const shot = artifactPath(name, `px-person-${path.replace(/\W+/g, '_')}-${index}.png`);
          await page.screenshot(shot, { ...box.clip, height: box.clip.height + 8 });
          expect(bestRowLike(readPng(shot), underline), `${box.text} on ${path}`).toBeGreaterThanOrEqual(0.6);
        }
      });
  });

  it('shows a new reader mark in its colour, with dark legible text', () =>
    onPage(env, SEED, async (page) => {
      await waitForGroups(page, hasQuotes);
      await markPassage(page);
      expect(problem(await lookAtMark(page, name, 'light'))).toBe('');
      await page.evaluate(scrollToTop, PASSAGE);
      await page.screenshot(artifactPath(name, 'page-highlights.png'));
    }));

  it('flashes the quote the popup scrolls to', () =>
    onPage(env, SEED, async (page, url) => {
      const { browser } = env();
      await waitForGroups(page, hasQuotes);
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${await browser.tabIdOf(url)}`);
      try {
        await popup.waitFor('details.speaker');
        // The flash lasts 1.6 s: on a loaded machine the screenshot may come after it, so click again
        // until one screenshot is taken while the flash is still painted (within the suite's deadline).
        let flash: Seen | null = null;
        const end = Date.now() + WAIT_MS;
        while (!flash && Date.now() < end) {
          await popup.click('details.speaker[data-speaker="Antony Blinken"] li:last-child button.quote');
          expect((await waitForGroups(page, (g) => (g.flash ?? 0) > 0)).flash, 'the click flashed nothing').toBeGreaterThan(0);
          const box = await page.evaluate(paintedBox, { group: 'flash', index: 0 });
          if (!box) continue;
          expect(box.text).toContain('No one should be surprised');
          const seen = await look(page, name, 'flash', box, tintOf('flash'));
          if (((await page.evaluate(paintedGroups, null)).flash ?? 0) > 0) flash = seen;
          else await waitForGroups(page, (g) => !g.flash);
        }
        expect(flash, 'no screenshot while the flash was painted').not.toBeNull();
        expect(problem(flash!)).toBe('');
      } finally {
        await popup.close();
      }
    }));

  it('keeps tints visible and text legible on a dark page', () => {
    env().server.page('dark-article.html', withHead(seedHtml(), DARK_STYLE));
    return onPage(env, 'dark-article.html', async (page) => {
      const { looked, problems } = await lookAtEveryQuote(page, name, 'dark');
      expect(looked).toBeGreaterThanOrEqual(18);
      expect(problems).toEqual([]);
      await markPassage(page);
      const mark = await lookAtMark(page, name, 'dark');
      expect(mark.background).toEqual([18, 18, 18]);
      expect(problem(mark)).toBe('');
      await page.evaluate(scrollToTop, PASSAGE);
      await page.screenshot(artifactPath(name, 'page-highlights-dark.png'));
    });
  });

  it('stays tinted when the page restyles every highlight name it can read', () => {
    env().server.page('restyled-article.html', withHead(seedHtml(), HOSTILE_RESTYLE));
    return onPage(env, 'restyled-article.html', async (page) => {
      await waitForGroups(page, hasQuotes);
      // The attack is live: it names Quotelight's highlights, and the page's own highlight, styled by
      // an ordinary page rule, is gone.
      const attacked = await until(
        () => page.evaluate(() => document.getElementById('attack')?.textContent ?? '', null),
        (css) => css.includes('page-control') && /quote-\d/.test(css),
      );
      expect(attacked).toMatch(/quote-\d/);
      const box = await page.evaluate(() => {
        window.scrollTo(0, 0);
        const r = document.getElementById('control')!.getBoundingClientRect();
        return { x: Math.ceil(r.left) + 1, y: Math.ceil(r.top) + 1, width: 120, height: Math.floor(r.height) - 2 };
      }, null);
      const controlShot = artifactPath(name, 'px-restyle-control.png');
      await page.screenshot(controlShot, box);
      expect(dominantColour(readPng(controlShot))).toEqual([255, 255, 255]);
      const { looked, problems } = await lookAtEveryQuote(page, name, 'restyled');
      expect(looked).toBeGreaterThanOrEqual(18);
      expect(problems).toEqual([]);
    });
  });

  it('tints the fallback painter’s wrapper elements with the same sheet', () =>
    onPage(env, SEED, async (page) => {
      await waitForGroups(page, hasQuotes);
      // What WrapPainter puts around text where the Highlight API is missing (src/page/highlight-painter.ts).
      const box = await page.evaluate(() => {
        const p = document.createElement('p');
        const wrap = document.createElement('ql-mark');
        wrap.setAttribute('data-ql', 'mark-green');
        wrap.textContent = 'wrapped where the Highlight API is missing';
        p.append(wrap, ' and plain text after it');
        document.querySelector('footer')!.append(p);
        wrap.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        const r = wrap.getBoundingClientRect();
        return {
          clip: { x: Math.ceil(r.left) + 1, y: Math.ceil(r.top) + 1, width: Math.floor(r.width) - 2, height: Math.floor(r.height) - 2 },
          text: wrap.textContent,
          background: 'rgb(255, 255, 255)',
          color: getComputedStyle(wrap).color,
        };
      }, null);
      expect(problem(await look(page, name, 'wrap-fallback', box, MARK_SWATCHES.green!))).toBe('');
    }));
});
