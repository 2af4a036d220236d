// The page's side of extraction off its main thread: a snapshot of the live document (its
// serialised HTML, one native call) that the extension's worker reads back into a DOM and extracts
// from (snapshot-extraction.ts). Nothing here may import the extractor: this module is in the
// content script, which then carries neither Readability nor the HTML parser.

/** What is read: the article Readability finds, or (the reader's "Analyse the whole page") the page's whole text. */
export type ReadScope = 'article' | 'page';

/** What the content script sends: the live page as HTML, where it is, and whether the reader asked to read it anyway. */
export interface PageSnapshot {
  html: string;
  url: string;
  /** Skip the "does this look like an article?" check (the reader's "Analyse anyway"). */
  force: boolean;
  /** 'article' when absent. */
  scope?: ReadScope;
}

/** The doctype as the page declared it: it decides quirks mode, which changes how the HTML parses. */
function doctypeOf(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  const pub = dt.publicId ? ` PUBLIC "${dt.publicId}"` : '';
  const sys = dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : '';
  return `<!DOCTYPE ${dt.name}${pub}${sys}>`;
}

// In serialised HTML, '<' is escaped in text and attribute values, so a '<script' or '<style' opens
// a real element, except inside comments and raw-text elements, whose content is written as is:
// those are matched first and kept whole, so a '<script' inside them never starts a match.
const scriptsAndStyles = (kept: string): RegExp =>
  new RegExp(
    `<!--[\\s\\S]*?-->|<(noscript|xmp|iframe|noembed|noframes)\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>|<plaintext\\b[\\s\\S]*$|(<script\\b(?![^>]*(?:${kept}))[^>]*>)[\\s\\S]*?(<\\/script\\s*>)|(<style\\b[^>]*>)[\\s\\S]*?(<\\/style\\s*>)`,
    'gi',
  );
/** JSON-LD stays: it holds articleBody, and the page's type. */
const SCRIPTS_AND_STYLES = scriptsAndStyles('application\\/ld\\+json');
/**
 * A saved page also keeps its Next.js / Nuxt data, which holds the body of pages that render it by
 * script (app-data.ts). The live page has rendered it: its snapshot leaves the data out, so text
 * the reader cannot see never comes back through it.
 */
const SCRIPTS_AND_STYLES_SAVED = scriptsAndStyles('application\\/ld\\+json|__NEXT_DATA__|__NUXT_DATA__');

/**
 * The HTML with the contents of scripts and styles left out (but for `pattern`'s kept ones): on
 * script-heavy pages that is most of the bytes, which the page's thread would otherwise copy
 * into the message and the worker parse, for no text.
 */
export function withoutScriptsAndStyles(html: string, pattern = SCRIPTS_AND_STYLES): string {
  return html.replace(pattern, (whole, _raw, scriptOpen?: string, scriptClose?: string, styleOpen?: string, styleClose?: string) =>
    scriptOpen ? scriptOpen + scriptClose : styleOpen ? styleOpen + styleClose : whole,
  );
}

/**
 * The live document as HTML, as it is now (late paragraphs included), less `hidden`: what the
 * reader cannot see (invisibleNodes), so a page cannot feed the analysis text it hides. Parsing it again gives the
 * tree the page has: <noscript> stays text (both sides parse with scripting on), <template>
 * contents stay out, and shadow trees (the extension's own overlay) are not serialised.
 */
export function takeSnapshot(doc: Document, force = false, scope: ReadScope = 'article', hidden: ReadonlySet<Node> = new Set()): PageSnapshot {
  const html = hidden.size ? withoutNodes(doc, hidden) : (doc.documentElement?.outerHTML ?? '');
  return { html: doctypeOf(doc) + withoutScriptsAndStyles(html), url: doc.location?.href ?? '', force, scope };
}

/** Where a node sits under the document element, as child indices from the top. */
function pathOf(node: Node, top: Node): number[] | null {
  const path: number[] = [];
  for (let n: Node | null = node; n !== top; n = n.parentNode) {
    if (!n?.parentNode) return null; // no longer in the document
    path.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number);
  }
  return path.reverse();
}

/**
 * The document's HTML without the nodes the reader cannot see (invisible-text.ts). The live page is
 * never touched: a copy is made in an inert document (nothing in it loads or runs) and the same
 * nodes, found there by their place in the tree, are removed from the copy.
 */
function withoutNodes(doc: Document, hidden: ReadonlySet<Node>): string {
  const top = doc.documentElement;
  const copy = doc.implementation.createHTMLDocument('').importNode(top, true);
  const found: Node[] = [];
  for (const node of hidden) {
    const path = pathOf(node, top);
    let at: Node | undefined = copy;
    for (const i of path ?? []) at = at?.childNodes[i];
    if (path && at) found.push(at);
  }
  for (const n of found) n.parentNode?.removeChild(n);
  return (copy as Element).outerHTML;
}

/** A saved page's HTML as the content script would send it (the CLI's input): the same stripping, so both read the same tree. */
export function snapshotOfHtml(html: string, url: string, force = false, scope: ReadScope = 'article'): PageSnapshot {
  return { html: withoutScriptsAndStyles(html, SCRIPTS_AND_STYLES_SAVED), url, force, scope };
}
