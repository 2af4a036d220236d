// Pages built with Next.js or Nuxt carry their content as JSON in the HTML (`__NEXT_DATA__`,
// `__NUXT_DATA__`) and may render the body only when their scripts run: a saved page (the CLI) then
// holds the headline and little else. The article is the data's longest run of prose: an HTML string
// with paragraphs, or a list of paragraph strings. Read only when the rendered page holds no body
// (fallback.ts); in the browser the page's scripts have rendered it.
import { collectBlocks, type RawBlock } from './blocks';
import { collapseSpaces } from './normalize';

const DATA_SCRIPTS = 'script#__NEXT_DATA__, script#__NUXT_DATA__';
/** A string shorter than this is a label or a title, not a paragraph. */
const MIN_PARAGRAPH_CHARS = 80;
const ENDS_SENTENCE = /[.!?。！？…]["”’»)\]]*\s*$/u;
const HAS_PARAGRAPHS = /<p[\s>]/i;
const MAX_DEPTH = 24;

/** The page's app data, parsed; null when it has none or it is not JSON. */
export function appData(doc: Document): unknown {
  const script = doc.querySelector(DATA_SCRIPTS);
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent);
  } catch {
    return null; // not JSON after all: the page states nothing readable
  }
}

const isProse = (s: string): boolean => s.length >= MIN_PARAGRAPH_CHARS && ENDS_SENTENCE.test(s) && !HAS_PARAGRAPHS.test(s);

/** Prose strings directly in an array or one object level down (a list of paragraph blocks). */
function paragraphsOf(list: unknown[]): string[] {
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === 'string') {
      if (isProse(x)) out.push(collapseSpaces(x));
    } else if (x && typeof x === 'object' && !Array.isArray(x)) {
      for (const v of Object.values(x)) if (typeof v === 'string' && isProse(v)) out.push(collapseSpaces(v));
    }
  }
  return out;
}

/** The article's blocks from the page's app data: its longest HTML body or list of paragraphs. */
export function appDataBlocks(doc: Document): RawBlock[] {
  const data = appData(doc);
  if (data === null) return [];
  let html = '';
  let paragraphs: string[] = [];
  const chars = (xs: string[]) => xs.reduce((n, x) => n + x.length, 0);
  const visit = (v: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      if (HAS_PARAGRAPHS.test(v) && v.length > html.length) html = v;
      return;
    }
    if (!v || typeof v !== 'object') return;
    const values = Array.isArray(v) ? v : Object.values(v);
    if (Array.isArray(v)) {
      const p = paragraphsOf(v);
      if (chars(p) > chars(paragraphs)) paragraphs = p;
    }
    for (const x of values) visit(x, depth + 1);
  };
  visit(data, 0);
  const fromHtml = html ? htmlBlocks(doc, html) : [];
  const htmlChars = fromHtml.reduce((n, b) => n + b.text.length, 0);
  if (htmlChars >= chars(paragraphs)) return fromHtml;
  return paragraphs.map((text) => ({ kind: 'paragraph', text, linkShare: 0, inHint: false }));
}

/** Blocks of an HTML string, read in an element of `doc` that is never attached to it. */
function htmlBlocks(doc: Document, html: string): RawBlock[] {
  const box = doc.createElement('div');
  box.innerHTML = html;
  return collectBlocks(box);
}
