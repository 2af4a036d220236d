// Turns Readability's content element into typed text blocks, dropping what is
// not the article: link rails, "read more" lists, credits, share prompts.
import type { BlockKind } from '../analysis/types';
import { collapseSpaces } from './normalize';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

const LEAF_KIND: Record<string, BlockKind> = {
  P: 'paragraph',
  PRE: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  BLOCKQUOTE: 'blockquote',
};
const CONTAINERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'HEADER', 'FOOTER', 'ASIDE', 'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'BODY', 'SPAN',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'NAV', 'IFRAME']);
const BLOCKISH = new Set([...Object.keys(LEAF_KIND), ...CONTAINERS].filter((t) => t !== 'SPAN'));

const NOT_ARTICLE_CLASS = /(^|[\s_-])(byline|author|credit|copyright|share|social|related|read-?more|most-?(read|popular|viewed)|newsletter|promo|advert|ad-slot|sponsor|rail|outbrain|taboola|breadcrumb)([\s_-]|$)/i;
const RAIL_HEADING = /^(read more|related|more (from|on|stories|news)|most (read|popular|viewed|shared)|recommended|see also|you may also like|trending|top stories|what to read next|further reading|more in)\b/i;
const BOILERPLATE = /^(share( this)?|follow us|sign up|subscribe|advertisement|image copyright|image caption|media caption|getty images|click here|read the full|read the rest|read more)\b/i;
// A caption's trailing photo credit: "(Stefan Name/Agency)", "Photo: …", "Photograph: …".
const CAPTION_CREDIT = /\s*(\((?:[^()]*\/[^()]*|(?:photo|photograph|image|video|credit|getty|reuters|ap|afp|epa)[^()]*)\)|\b(?:photo|photograph|picture|image|credit)s?\s*:\s*[^.]*)\s*$/i;

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  if (el.getAttribute('hidden') != null || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return cls.trim() !== '' && NOT_ARTICLE_CLASS.test(cls);
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += collapseSpaces(a.textContent ?? '').length;
  return n;
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) {
    if (BLOCKISH.has(c.tagName) || LEAF_KIND[c.tagName]) return true;
    if (c.tagName === 'SPAN' && hasBlockChild(c)) return true;
  }
  return false;
}

/** Text of an element without skipped descendants (scripts, hidden bits, credits). */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (SKIP.has(el.tagName)) return '';
  if (el.tagName === 'BR') return ' ';
  let s = '';
  for (const c of Array.from(el.childNodes)) s += visibleText(c);
  return s;
}

export function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  const emit = (kind: BlockKind, el: Element | null, rawText: string) => {
    let text = collapseSpaces(rawText);
    if (!text) return;
    if (kind === 'caption') {
      text = text.replace(CAPTION_CREDIT, '').trim();
      if (!text) return;
    }
    if (el && kind !== 'heading') {
      const links = linkTextLength(el);
      // Link lists and "read more" lines: mostly link text and short.
      if (links >= text.length * 0.8 && text.split(' ').length < 40) return;
    }
    if (text.length < 80 && BOILERPLATE.test(text)) return;
    out.push({ kind, text });
  };

  const walk = (el: Element, inherited: BlockKind | null) => {
    let inline = '';
    // Set by a rail heading ("Read more"): the list right after it goes too.
    let dropNextList = false;
    const flush = () => {
      if (inline.trim()) emit(inherited ?? 'paragraph', null, inline);
      inline = '';
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        inline += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (isSkipped(c)) continue;
      const leaf = LEAF_KIND[c.tagName];
      if (!leaf && !CONTAINERS.has(c.tagName)) {
        inline += visibleText(c);
        continue;
      }
      if (c.tagName === 'SPAN' && !hasBlockChild(c)) {
        inline += visibleText(c);
        continue;
      }
      flush();
      if (dropNextList && /^(UL|OL|DIV|SECTION)$/.test(c.tagName)) {
        dropNextList = false;
        continue;
      }
      dropNextList = false;
      if (leaf === 'heading' && RAIL_HEADING.test(collapseSpaces(c.textContent ?? ''))) {
        dropNextList = true;
        continue;
      }
      const kind = inherited && inherited !== 'paragraph' ? inherited : (leaf ?? inherited);
      if (hasBlockChild(c)) walk(c, kind);
      else emit(kind ?? 'paragraph', c, visibleText(c));
    }
    flush();
  };
  walk(root, null);
  return out;
}
