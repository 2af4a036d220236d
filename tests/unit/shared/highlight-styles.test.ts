// The highlight sheet: every group styled, all !important, in a first anonymous layer when it must be
// author-origin; and a palette that stays visible and legible on light and dark pages.
import { describe, expect, it } from 'vitest';
import { groupStyles, highlightCss, MARK_SWATCHES } from '../../../src/shared/highlight-styles';
import { colourDistance, contrastRatio, over, parseColour, type Rgb } from '../../e2e/support/pixels';

const PREFIX = 'hq1w2e3r4t5y6u7i8-';

describe('highlightCss', () => {
  it('styles every group, for the Highlight API and the fallback wrapper, all !important', () => {
    for (const origin of ['user', 'author'] as const) {
      const css = highlightCss(PREFIX, 'ql-mark', origin);
      for (const group of Object.keys(groupStyles())) {
        expect(css).toContain(`::highlight(${PREFIX}${group}) {`);
        expect(css).toContain(`ql-mark[data-ql="${group}"] {`);
      }
      const declarations = [...css.matchAll(/\{([^{}]*)\}/g)].flatMap((m) => m[1]!.split(';').map((d) => d.trim()).filter(Boolean));
      expect(declarations.length).toBeGreaterThan(20);
      expect(declarations.filter((d) => !d.endsWith('!important'))).toEqual([]);
    }
  });

  it('puts an author-origin sheet in one anonymous layer (no page rule can join it), a user one in none', () => {
    const author = highlightCss(PREFIX, 'ql-mark', 'author');
    expect(author.startsWith('@layer {\n')).toBe(true);
    expect(author.endsWith('\n}')).toBe(true);
    expect(author.match(/@layer/g)).toHaveLength(1);
    expect(highlightCss(PREFIX, 'ql-mark', 'user')).not.toContain('@layer');
  });
});

describe('the palette', () => {
  const backgroundOf = (group: string) => /background-color:\s*([^;]+)/.exec(groupStyles()[group]!)![1]!.trim();
  const textOf = (group: string) => /(?:^|;)\s*color:\s*([^;]+)/.exec(groupStyles()[group]!)?.[1]?.trim();
  const PAGES: { name: string; background: Rgb; text: Rgb }[] = [
    { name: 'light', background: [255, 255, 255], text: [17, 17, 17] },
    { name: 'dark', background: [18, 18, 18], text: [230, 230, 230] },
  ];

  it('tints quotes visibly on light and dark pages, keeping the page’s text legible (WCAG AA)', () => {
    const quotes = Object.keys(groupStyles()).filter((g) => g.startsWith('quote-'));
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const page of PAGES)
      for (const g of quotes) {
        const tinted = over(backgroundOf(g), page.background);
        expect(colourDistance(tinted, page.background), `${g} on ${page.name}`).toBeGreaterThanOrEqual(24);
        expect(contrastRatio(page.text, tinted), `${g} on ${page.name}`).toBeGreaterThanOrEqual(4.5);
      }
  });

  it('gives marks and the flash their own opaque background and a text colour legible on it', () => {
    const groups = [...Object.keys(MARK_SWATCHES).map((c) => `mark-${c}`), 'flash'];
    for (const g of groups) {
      expect(parseColour(backgroundOf(g)).alpha, g).toBe(1);
      const text = textOf(g);
      expect(text, `${g} sets its text colour`).toBeDefined();
      expect(contrastRatio(parseColour(text!).rgb, parseColour(backgroundOf(g)).rgb), g).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('underlines actors in colours that stand out (3:1) from light and dark pages', () => {
    for (const g of ['person', 'organization', 'place']) {
      const colour = /text-decoration:[^;]*?(#[0-9a-f]{6})/i.exec(groupStyles()[g]!)?.[1];
      expect(colour, `${g} has an opaque underline colour`).toBeDefined();
      for (const page of PAGES) expect(contrastRatio(parseColour(colour!).rgb, page.background), `${g} on ${page.name}`).toBeGreaterThanOrEqual(3);
    }
  });
});
