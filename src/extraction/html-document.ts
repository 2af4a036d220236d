// The DOM a page's HTML is read into by the CLI, the extraction eval and the extension's extraction
// worker (a worker has no DOMParser), so all three extract from the same tree. parse5 builds the tree exactly as a browser's HTML parser does (the WHATWG algorithm,
// scripting on); linkedom then gives that tree the DOM API that extraction calls. linkedom's own
// parser (htmlparser2) is not used: it keeps elements in <head>, drops content after a stray
// </body> or </html>, and does not repair misnested or unclosed tags, so pages came out different
// from the browser's (half an article, or the footer instead of it).
import { parseHTML } from 'linkedom';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export function htmlDocument(html: string): Document {
  const tree = parse(html, { scriptingEnabled: true });
  // linkedom's DOM types differ from lib.dom's only nominally.
  const doc = parseHTML('<!doctype html><html></html>').document as unknown as Document;
  const html5 = tree.childNodes.find((n) => n.nodeName === 'html');
  if (!html5 || !('childNodes' in html5)) return doc;
  const root = copy(doc, html5);
  if (root) doc.replaceChild(root, doc.documentElement);
  return doc;
}

/** A linkedom copy of one parse5 node and its subtree (template contents stay out, as in a browser's tree). */
function copy(doc: Document, node: P5Node): Node | null {
  if (node.nodeName === '#text') return doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
  if (node.nodeName === '#comment') return doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
  if (!('tagName' in node)) return null;
  const el = node.namespaceURI === HTML_NS ? doc.createElement(node.tagName) : doc.createElementNS(node.namespaceURI, node.tagName);
  for (const a of node.attrs) {
    try {
      el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
    } catch {
      // A name the DOM refuses ("<div =x>"): the browser's parser keeps it, setAttribute cannot; it carries no text.
    }
  }
  appendChildren(doc, el, node);
  return el;
}

function appendChildren(doc: Document, el: Element, node: P5Parent): void {
  for (const c of node.childNodes) {
    const k = copy(doc, c);
    if (k) el.appendChild(k);
  }
}
