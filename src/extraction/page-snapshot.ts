// The page's side of extraction off its main thread: a snapshot of the live document (its
// serialised HTML, one native call) that the extension's worker reads back into a DOM and extracts
// from (snapshot-extraction.ts). Nothing here may import the extractor: this module is in the
// content script, which then carries neither Readability nor the HTML parser.

/** What the content script sends: the live page as HTML, where it is, and whether the reader asked to read it anyway. */
export interface PageSnapshot {
  html: string;
  url: string;
  /** Skip the "does this look like an article?" check (the reader's "Analyse anyway"). */
  force: boolean;
}

/** The doctype as the page declared it: it decides quirks mode, which changes how the HTML parses. */
function doctypeOf(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  const pub = dt.publicId ? ` PUBLIC "${dt.publicId}"` : '';
  const sys = dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : '';
  return `<!DOCTYPE ${dt.name}${pub}${sys}>`;
}

/**
 * The live document as HTML, as it is now (late paragraphs included). Parsing it again gives the
 * tree the page has: <noscript> stays text (both sides parse with scripting on), <template>
 * contents stay out, and shadow trees (the extension's own overlay) are not serialised.
 */
export function takeSnapshot(doc: Document, force = false): PageSnapshot {
  return { html: doctypeOf(doc) + (doc.documentElement?.outerHTML ?? ''), url: doc.location?.href ?? '', force };
}
