// Page text is hostile: in a Markdown note it must stay text, never become a link, HTML,
// an embed, a heading or an Obsidian comment/highlight/math block.

/** Escapes inline syntax and line-start block markers in text taken from a page. */
export function mdText(s: string): string {
  return s
    .replace(/[\\`*_{}[\]<>()#|~=$%!^]/g, '\\$&')
    .replace(/^(\s*)([-+>])/gm, '$1\\$2')
    // A backslash before a digit is literal in CommonMark: escape the list dot instead.
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

/** Page text for a one-line place (a heading, a list item, link text): line breaks become spaces. */
export function mdLine(s: string): string {
  return mdText(s.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ').trim());
}

/** Reader notes keep their own Markdown, but may not break out of the block they sit in. */
export function mdNote(s: string): string {
  return s.replace(/\r\n?/g, '\n').trim();
}

/** Obsidian tags: no spaces, no punctuation except _ - /; digits alone are not tags. */
export function obsidianTag(tag: string): string | null {
  const t = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '');
  return t && !/^\d+$/.test(t) ? t : null;
}

/** A blockquote of page text, one "> " per line. */
export function mdBlockquote(s: string): string {
  return s
    .split(/\r\n?|\n/)
    .map((line) => (line.trim() ? `> ${mdText(line)}` : '>'))
    .join('\n');
}
