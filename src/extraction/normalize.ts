// Whitespace normalisation shared by extraction and DOM mapping: both sides must
// collapse text identically, or offsets would not line up.

/** True for the characters that collapse into one space (HTML whitespace plus NBSP and friends). */
export function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** Collapse every whitespace run to one space and trim. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
