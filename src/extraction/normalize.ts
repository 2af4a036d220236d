// Whitespace normalisation shared by extraction and DOM mapping: both sides must
// collapse text identically, or offsets would not line up.

/** Collapse every whitespace run to one space and trim. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
