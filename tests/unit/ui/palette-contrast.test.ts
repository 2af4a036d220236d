// The palette in src/ui/theme.css meets WCAG AA in light and dark: text 4.5:1 on the page and on
// the soft accent, control outlines and the focus ring 3:1 (WCAG 2.x relative luminance).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/ui/theme.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = variables(css.slice(0, css.indexOf('@media')));
const dark = { ...light, ...variables(css.slice(css.indexOf('@media'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = ['fg', 'muted', 'accent', 'danger', 'ok', 'warn', 'link'];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_mode, p) => {
  it.each(TEXT)('--%s text is ≥ 4.5:1 on --bg and --accent-soft', (name) => {
    expect(p[name], `--${name} defined`).toBeDefined();
    expect(contrast(p[name]!, p.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[name]!, p['accent-soft']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('text on the accent (primary buttons) is ≥ 4.5:1', () => {
    expect(contrast(p['on-accent']!, p.accent!)).toBeGreaterThanOrEqual(4.5);
  });

  it('control outlines and the focus ring are ≥ 3:1 on --bg', () => {
    expect(contrast(p['field-line']!, p.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.focus!, p.bg!)).toBeGreaterThanOrEqual(3);
  });
});
