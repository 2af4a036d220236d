// Turns Readability's content element into typed text blocks, dropping what is plainly not the
// article (scripts, hidden bits, share and "related" boxes by their class) and noting for each
// block what boilerplate.ts needs to judge it: its link text share and where it sits.
import type { BlockKind } from '../analysis/types';
import { RAIL_LABEL } from './boilerplate-phrases';
import { BODY_HINT_ATTR } from './hints';
import { collapseSpaces } from './normalize';
import { ALL_ON, type RulesOff } from './rules';

export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Share of the block's characters that are link text (0..1). */
  linkShare: number;
  /** Inside the page's own articleBody element (microdata), when Readability's output holds it. */
  inHint: boolean;
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
  'HEADER', 'FOOTER', 'ASIDE', 'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'BODY', 'SPAN', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'NAV', 'IFRAME']);
const BLOCKISH = new Set([...Object.keys(LEAF_KIND), ...CONTAINERS].filter((t) => t !== 'SPAN'));

// Class or id words (whole words of a class name) that mark a box as not article at all.
const NOT_ARTICLE_CLASS = /(^|[\s_-])(share|sharing|social|related|read-?more|most-?(read|popular|viewed)|newsletter|promo|advert|ad-slot|ad-container|sponsor|rail|outbrain|taboola|breadcrumbs?|gallery|slideshow|carousel|lightbox|modal|comments?|cookie-?(banner|notice|consent)|subscribe|signup|tooltip|popover|popup)([\s_-]|$)/i;
// Class words that say what a box is: its text is kept under that kind, out of the body.
const CLASS_KIND: [RegExp, BlockKind][] = [
  [/(^|[\s_-])(byline|author|authors|writer|contributor)([\s_-]|$)/i, 'byline'],
  [/(^|[\s_-])(dateline|date|time|timestamp|published|updated|pubdate)([\s_-]|$)/i, 'dateline'],
  [/(^|[\s_-])(caption|figcaption|wp-caption-text)([\s_-]|$)/i, 'caption'],
  [/(^|[\s_-])(credit|credits|copyright|photo-?credit)([\s_-]|$)/i, 'credit'],
];
/** A rail's label: a heading, or a short line of its own ("You may also like…"), naming a list of other stories. */
function isRailLabel(text: string, isHeading: boolean): boolean {
  if (!isHeading && text.split(' ').length > 8) return false;
  return RAIL_LABEL.test(text);
}

function classOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

/** An inline box with a picture and several links inside running text: a hover card, not words of the sentence. */
function looksLikeCard(el: Element): boolean {
  return !LEAF_KIND[el.tagName] && !BLOCKISH.has(el.tagName) && el.querySelector('img') !== null && el.querySelectorAll('a').length >= 2;
}

function isInlineCard(el: Element): boolean {
  // Only the innermost such box: the words around it (the name the card is about) stay.
  return looksLikeCard(el) && !Array.from(el.querySelectorAll('*')).some(looksLikeCard);
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName) || isInlineCard(el)) return true;
  if (!readHidden && (el.getAttribute('hidden') != null || el.getAttribute('aria-hidden') === 'true')) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
  if (rulesOff.has('classBoxes')) return false;
  const cls = classOf(el);
  return cls !== '' && NOT_ARTICLE_CLASS.test(cls) && !holdsTheArticle(el);
}

/** A story card: a picture that links elsewhere, and a little text (its title, maybe a teaser line). */
function isCard(el: Element): boolean {
  if (!el.querySelector('a[href] img, a[href] picture')) return false;
  const text = collapseSpaces(el.textContent ?? '');
  return text.length > 0 && text.length < 300;
}

/**
 * A grid of story cards ("popular", "more like this"): three or more sibling boxes built alike
 * (same tag and class), each a card. Repetition is the tell: an article's own figures differ.
 */
function isCardGrid(el: Element): boolean {
  if (rulesOff.has('cardGrids')) return false;
  // The grid's own label ("Popular") may sit among the cards.
  const kids = Array.from(el.children).filter((k) => !SKIP.has(k.tagName) && LEAF_KIND[k.tagName] !== 'heading');
  if (kids.length < 3) return false;
  const shape = (k: Element) => `${k.tagName} ${k.getAttribute('class') ?? ''}`;
  const first = shape(kids[0]!);
  if (!kids.every((k) => shape(k) === first && isCard(k))) return false;
  return (el.textContent ?? '').length < articleChars * 0.3;
}

/** Set for one collectBlocks call: read text the page hides (a paywalled body kept in the HTML), for the fallback only. */
let readHidden = false;

/** Text length of the content being read: a widget-named box holding a third of it is the article. */
let articleChars = 0;

/** Rules left out for one collectBlocks call (the ablation). */
let rulesOff: RulesOff = ALL_ON;

/** A box named like a widget but holding much of the text ("article social-share-enabled") is the article. */
function holdsTheArticle(el: Element): boolean {
  const own = (el.textContent ?? '').length;
  return own >= 500 && own >= articleChars * 0.3;
}

function kindOfClass(el: Element): BlockKind | null {
  if (rulesOff.has('classKinds')) return null;
  const cls = classOf(el);
  if (!cls) return null;
  for (const [re, kind] of CLASS_KIND) {
    if (!re.test(cls)) continue;
    // A class word on a big box ("author-content", "post-date-wrapper") says nothing about its text.
    const limit = kind === 'caption' ? 600 : 250;
    return collapseSpaces(el.textContent ?? '').length <= limit ? kind : null;
  }
  return null;
}

/** Characters of visible link text in an element (skipped boxes such as hover cards do not count). */
function linkTextLength(el: Element): number {
  if (isSkipped(el)) return 0;
  if (el.tagName === 'A') return collapseSpaces(visibleText(el)).length;
  let n = 0;
  for (const c of Array.from(el.children)) n += linkTextLength(c);
  return n;
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) {
    if (BLOCKISH.has(c.tagName) || LEAF_KIND[c.tagName]) return true;
    if (c.tagName === 'SPAN' && hasBlockChild(c)) return true;
  }
  return false;
}

/** Text of an element without skipped descendants (scripts, hidden bits, share boxes). */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (isSkipped(el)) return '';
  if (el.tagName === 'BR') return ' ';
  let s = '';
  for (const c of Array.from(el.childNodes)) s += visibleText(c);
  return s;
}

// Kinds a container passes down to what it holds: a box of class "caption" makes its paragraphs captions.
const INHERITED = new Set<BlockKind>(['caption', 'credit', 'byline', 'dateline', 'blockquote', 'list-item']);

export interface CollectOptions {
  /** Keep text inside `hidden` / aria-hidden boxes (styles that hide stay skipped): only when the visible body is short. */
  includeHidden?: boolean;
  /** Rules left out (the ablation). */
  off?: RulesOff;
}

export function collectBlocks(root: Element, opts: CollectOptions = {}): RawBlock[] {
  articleChars = (root.textContent ?? '').length;
  readHidden = opts.includeHidden === true;
  rulesOff = opts.off ?? ALL_ON;
  try {
    return collectFrom(root);
  } finally {
    readHidden = false;
    rulesOff = ALL_ON;
  }
}

function collectFrom(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  const emit = (kind: BlockKind, el: Element | null, rawText: string, inHint: boolean) => {
    const text = collapseSpaces(rawText);
    if (!text) return;
    const linkShare = el ? Math.min(1, linkTextLength(el) / text.length) : 0;
    out.push({ kind, text, linkShare, inHint });
  };

  const walk = (el: Element, inherited: BlockKind | null, inHint: boolean) => {
    let inline = '';
    let inlineLinks = 0;
    // Set by a rail heading ("Read more"): the list right after it goes too.
    let dropNextList = false;
    const flush = () => {
      if (inline.trim()) {
        const text = collapseSpaces(inline);
        if (text) out.push({ kind: inherited ?? 'paragraph', text, linkShare: Math.min(1, inlineLinks / text.length), inHint });
      }
      inline = '';
      inlineLinks = 0;
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        inline += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (isSkipped(c) || isCardGrid(c)) continue;
      const leaf = LEAF_KIND[c.tagName];
      if ((!leaf && !CONTAINERS.has(c.tagName)) || (c.tagName === 'SPAN' && !hasBlockChild(c))) {
        const t = visibleText(c);
        inline += t;
        inlineLinks += linkTextLength(c);
        continue;
      }
      flush();
      if (dropNextList && /^(UL|OL|DIV|SECTION)$/.test(c.tagName)) {
        dropNextList = false;
        continue;
      }
      dropNextList = false;
      if (!rulesOff.has('railLabels') && (leaf === 'heading' || (leaf === 'paragraph' && !hasBlockChild(c))) && isRailLabel(collapseSpaces(c.textContent ?? ''), leaf === 'heading')) {
        dropNextList = true;
        continue;
      }
      const hinted = inHint || c.hasAttribute(BODY_HINT_ATTR);
      const own = kindOfClass(c);
      const kind = own ?? (inherited && INHERITED.has(inherited) ? inherited : (leaf ?? inherited));
      if (hasBlockChild(c)) walk(c, kind, hinted);
      else emit(kind ?? 'paragraph', c, visibleText(c), hinted);
    }
    flush();
  };
  walk(root, null, root.hasAttribute(BODY_HINT_ATTR));
  return out;
}
