// The guard on what extraction returns: Readability's choice, cleaned, is kept unless the page
// itself shows it is far too little. Then, in order: the page's blocks that its JSON-LD
// articleBody vouches for (visible first, then text the page keeps `hidden`, as paywalls do), and
// the page's densest text region. Every test is a ratio of text the page has, never a site's
// markup: rules fitted to the pages one has seen break the pages one has not.
import { appDataBlocks } from './app-data';
import { collectBlocks, type RawBlock } from './blocks';
import { BODY_KINDS, cleanBlocks, type PageHints } from './boilerplate';
import prompts from './lexicons/site-prompts.json';
import { ALL_ON, type RulesOff } from './rules';
import { grams, wordsIn } from './text-units';

export type ArticleSource = 'readability' | 'json-ld' | 'text-region' | 'app-data';

/** Which text was returned instead of Readability's choice, and why. */
export interface Fallback {
  source: Exclude<ArticleSource, 'readability'>;
  reason: string;
}

/** JSON-LD articleBody shorter than this is a summary, not evidence about the body. */
const MIN_LD_WORDS = 150;
/** Share of the JSON-LD body's 4-grams the extracted text must hold to be trusted as the article. */
const LD_TRUSTED = 0.6;
/** A fallback must cover this much more of the JSON-LD body to replace the choice. */
const LD_GAIN = 0.2;
/** The densest region replaces the choice only when it has this many times its running text… */
const REGION_FACTOR = 2;
/** …and at least this many characters of it (a brief's furniture can outweigh the brief). */
const REGION_MIN_CHARS = 800;

const PROMPT_TERMS: string[] = [
  ...new Set(
    Object.entries(prompts)
      .filter(([k]) => k !== '_about')
      .flatMap(([, v]) => v as string[]),
  ),
];

/** A line of the site's own boxes (cookie consent, newsletter, subscription): the site talking, not the article. */
export function isSitePrompt(text: string): boolean {
  const t = text.toLowerCase();
  return PROMPT_TERMS.some((w) => t.includes(w));
}

/**
 * Characters of running text: paragraphs and block quotes not mostly links, less the site's prompts.
 * Characters, not words, so text without spaces (Japanese, Chinese) weighs as it reads.
 */
export function proseChars(blocks: readonly RawBlock[]): number {
  let n = 0;
  for (const b of blocks) if ((b.kind === 'paragraph' || b.kind === 'blockquote') && b.linkShare < 0.5 && !isSitePrompt(b.text)) n += b.text.length;
  return n;
}

/** Share of `target`'s 4-grams found in the body blocks. */
export function coverage(blocks: readonly RawBlock[], target: Set<string>): number {
  if (target.size === 0) return 0;
  const have = grams(blocks.filter((b) => BODY_KINDS.has(b.kind)).map((b) => b.text).join(' '));
  let hit = 0;
  for (const g of target) if (have.has(g)) hit++;
  return hit / target.size;
}

/**
 * The page's blocks the JSON-LD body vouches for: those whose 4-grams are mostly in it, and the
 * short ones (subheadings) between two such blocks.
 */
export function blocksInJsonLd(blocks: readonly RawBlock[], body: Set<string>): RawBlock[] {
  const share = blocks.map((b) => {
    const g = grams(b.text);
    if (g.size < 3) return null;
    let hit = 0;
    for (const x of g) if (body.has(x)) hit++;
    return hit / g.size;
  });
  const inBody = share.map((s) => s !== null && s >= 0.5);
  const first = inBody.indexOf(true);
  const last = inBody.lastIndexOf(true);
  if (first < 0) return [];
  return blocks.filter((_, i) => inBody[i] || (i > first && i < last && share[i] === null));
}

interface Density {
  /** Characters of paragraphs and block quotes that are not mostly links nor the site's prompts. */
  prose: number;
  /** All other characters: menus, link lists, labels, prompts. */
  other: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);
const PROSE = new Set(['P', 'BLOCKQUOTE', 'PRE']);

function isHidden(el: Element): boolean {
  return el.getAttribute('hidden') != null || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').length;
  return n;
}

/**
 * The element whose subtree is densest in running text: most prose characters less every other
 * character it holds. A whole page's body holds the article and its menus; the article's own box holds the
 * article and little else, so it scores highest.
 */
export function densestRegion(root: Element): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const visit = (el: Element): Density => {
    if (SKIP.has(el.tagName) || isHidden(el)) return { prose: 0, other: 0 };
    if (PROSE.has(el.tagName)) {
      const text = el.textContent ?? '';
      const all = text.length;
      return linkChars(el) * 2 < all && !isSitePrompt(text) ? { prose: all, other: 0 } : { prose: 0, other: all };
    }
    const d: Density = { prose: 0, other: 0 };
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType === 3) d.other += (c.nodeValue ?? '').trim().length;
      else if (c.nodeType === 1) {
        const k = visit(c as Element);
        d.prose += k.prose;
        d.other += k.other;
      }
    }
    const score = d.prose - d.other;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
    return d;
  };
  visit(root);
  return best;
}

export interface Guarded {
  blocks: RawBlock[];
  fallback: Fallback | null;
  /** The page region the text came from, when it is the densest region (the verdict counts its teaser links). */
  region?: Element;
}

/** Readability's cleaned blocks, or the page's text that evidently is more of its article. */
export function guardChoice(doc: Document, chosen: RawBlock[], hints: PageHints, off: RulesOff = ALL_ON): Guarded {
  const clean = (raw: RawBlock[]) => cleanBlocks(raw, { ...hints, articleBody: null }, off);
  const ldWords = hints.articleBody ? wordsIn(hints.articleBody) : 0;
  if (!off.has('guardJsonLd') && hints.articleBody && ldWords >= MIN_LD_WORDS && doc.body) {
    const body = grams(hints.articleBody);
    const have = coverage(chosen, body);
    if (have >= LD_TRUSTED) return { blocks: chosen, fallback: null };
    for (const includeHidden of off.has('guardHidden') ? [false] : [false, true]) {
      const found = clean(blocksInJsonLd(collectBlocks(doc.body, { includeHidden, off }), body));
      const got = coverage(found, body);
      if (got >= have + LD_GAIN) {
        const where = includeHidden ? 'the page keeps hidden' : 'on the page';
        return {
          blocks: found,
          fallback: { source: 'json-ld', reason: `the page's JSON-LD articleBody (${ldWords} words) is ${Math.round(got * 100)}% text ${where}, but only ${Math.round(have * 100)}% of it was extracted` },
        };
      }
    }
  }
  const ours = proseChars(chosen);
  const region = !off.has('guardRegion') && doc.body && densestRegion(doc.body);
  const found = region ? clean(collectBlocks(region, { off })) : [];
  const theirs = proseChars(found);
  if (region && theirs >= REGION_MIN_CHARS && theirs >= ours * REGION_FACTOR) {
    return {
      blocks: found,
      region,
      fallback: { source: 'text-region', reason: `the page's densest text region has ${theirs} characters of running text, the extracted article ${ours}` },
    };
  }
  // The rendered page holds no body (neither the choice nor any region has it): the app's own data may.
  if (!off.has('appData')) {
    const data = clean(appDataBlocks(doc));
    const inData = proseChars(data);
    if (inData >= REGION_MIN_CHARS && inData >= Math.max(ours, theirs) * REGION_FACTOR) {
      return {
        blocks: data,
        fallback: { source: 'app-data', reason: `the page renders ${Math.max(ours, theirs)} characters of running text, its Next.js/Nuxt data ${inData}` },
      };
    }
  }
  return { blocks: chosen, fallback: null };
}
