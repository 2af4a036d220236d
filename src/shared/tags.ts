// Tags as the reader types and reads them: "#sanctions, nato" in, "#sanctions #nato" out.

/** Tags from free input: split on spaces and commas, leading '#' dropped, duplicates (ignoring case) once. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[\s,]+/)) {
    const t = raw.replace(/^#+/, '').trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

export function formatTags(tags: readonly string[]): string {
  return tags.map((t) => `#${t}`).join(' ');
}
