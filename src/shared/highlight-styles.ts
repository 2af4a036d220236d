// The colours of Quotelight's highlights, as CSS for one page's session. The background inserts it
// into the tab (background/page-styles.ts), never through the page's DOM: it is not in
// document.styleSheets, and each page load gets a fresh random prefix for the highlight names.
// Every declaration is !important; where the sheet must be author-origin (Chromium paints no
// user-origin highlight background), it also sits in an anonymous cascade layer, so no page rule
// can outrank it. docs/highlight-painting.md says what a page can still learn and do.

/** A fresh prefix for highlight names: a letter, then 60 random bits, then a dash. */
export function randomHighlightPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `h${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}-`;
}

const QUOTE_TINTS = [
  'rgba(251, 191, 36, 0.32)',
  'rgba(96, 165, 250, 0.30)',
  'rgba(52, 211, 153, 0.30)',
  'rgba(244, 114, 182, 0.28)',
  'rgba(167, 139, 250, 0.30)',
  'rgba(251, 146, 60, 0.30)',
  'rgba(45, 212, 191, 0.30)',
  'rgba(163, 163, 163, 0.30)',
];

/** The reader's mark colours, also the swatches of the page frame's editor. */
export const MARK_SWATCHES: Readonly<Record<string, string>> = { yellow: '#fde047', green: '#86efac', blue: '#93c5fd', pink: '#f9a8d4', purple: '#c4b5fd' };

/** Each painted group's declarations; custom highlights change colours only, never layout. */
export function groupStyles(): Record<string, string> {
  const out: Record<string, string> = {};
  QUOTE_TINTS.forEach((c, i) => {
    out[`quote-${i}`] = `background-color: ${c}`;
  });
  // Opaque mid-tones: at least 3:1 (WCAG non-text contrast) on white and on near-black pages alike.
  out.person = 'text-decoration: underline 2px #3b82f6; text-underline-offset: 3px';
  out.organization = 'text-decoration: underline 2px dashed #059669; text-underline-offset: 3px';
  out.place = 'text-decoration: underline 2px dotted #9333ea; text-underline-offset: 3px';
  for (const [name, c] of Object.entries(MARK_SWATCHES)) out[`mark-${name}`] = `background-color: ${c}; color: #111`;
  // Opaque, with dark text: legible over any page colour (white on this orange is only 2.8:1).
  out.flash = 'background-color: #f97316; color: #111';
  return out;
}

const important = (decls: string) =>
  decls
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d} !important`)
    .join('; ');

/**
 * The cascade origin the sheet is inserted with. `user` important rules beat every page rule, but
 * Chromium (checked in 156) computes a user-origin `::highlight()` background without painting it;
 * `author` rules are painted everywhere, and are protected by the anonymous layer instead.
 */
export type StyleOrigin = 'user' | 'author';

/**
 * The style sheet for highlights named `prefix + group`, and for the fallback painter's wrapper
 * elements (browsers without the Highlight API), which carry the group in `data-ql`.
 */
export function highlightCss(prefix: string, wrapTag: string, origin: StyleOrigin): string {
  const rules: string[] = [];
  for (const [group, decls] of Object.entries(groupStyles())) {
    rules.push(`::highlight(${prefix}${group}) { ${important(decls)}; }`);
    rules.push(`${wrapTag}[data-ql="${group}"] { ${important(decls)}; }`);
  }
  rules.push(`${wrapTag} { display: inline !important; margin: 0 !important; padding: 0 !important; border: 0 !important; font: inherit !important; }`);
  const sheet = rules.join('\n');
  // Important declarations of an earlier layer beat later layers and unlayered rules, whatever their
  // specificity. Chromium orders inserted author sheets before the page's own, so this layer comes
  // first; being anonymous, no page rule can be added to it.
  return origin === 'author' ? `@layer {\n${sheet}\n}` : sheet;
}
