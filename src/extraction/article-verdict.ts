// The one decision on "is this an article?", and the one check of "does the chosen text look like
// the page's article?". Pure functions of signals the extraction reads (snapshot-extraction.ts), so
// the extension's worker and the CLI decide alike on the same page; the page's own size gate
// (page-session.ts) calls tooLargeToRead with the same measure before it serialises anything.
//
// The signals are general ones: what the page declares (schema.org, og:type), how much running
// text the extraction found, and how many headline-like links came with it (a list of stories has
// one per story, each with a blurb of a sentence or two). No site, phrase or selector of any page.
import type { Declared } from './page-signals';

/** Pages with more text than this are read only on request ("Analyse anyway"): serialising them holds the page's thread. */
export const MAX_AUTO_CHARS = 1_000_000;

/** Running text an undeclared page needs to be an article: about four sentences. */
const MIN_PROSE_WORDS = 80;
/**
 * Words of running text per headline-like link below which the chosen text is a list of stories:
 * a teaser is a headline and a blurb of one or two sentences (under 40 words), while an article
 * that links to other stories has paragraphs of its own around each link.
 */
const LISTING_WORDS_PER_TEASER = 40;
/** Teaser links before a page can look like a list at all: an article may cite a few stories. */
const LISTING_MIN_TEASERS = 8;
/**
 * og:type "article" alone is weaker evidence (some sites stamp it on every page): such a page is
 * refused only when it is plainly a list: many teasers and a blurb's worth of text per teaser.
 */
const OG_LISTING_MIN_TEASERS = 15;
const OG_LISTING_WORDS_PER_TEASER = 25;

/** What the extraction chose, as the verdict needs it. */
export interface ChosenText {
  /** Words of the body blocks (headings, paragraphs, quotes, list items). */
  bodyWords: number;
  /** Words of paragraphs and block quotes that are not mostly links: the running text. */
  proseWords: number;
  /** Headline-like links (4–30 words) inside the chosen content. */
  teaserLinks: number;
}

export interface VerdictInput {
  /** The reader asked to analyse the page anyway. */
  force: boolean;
  /** pageTextChars of the page. */
  pageChars: number;
  declared: Declared;
  /** null when the extraction found no body text at all. */
  chosen: ChosenText | null;
}

export type VerdictReason =
  | 'forced'
  | 'declared-article'
  | 'article-text'
  | 'too-large'
  | 'no-text'
  | 'too-little-text'
  | 'declared-listing'
  | 'list-of-stories';

export interface ArticleVerdict {
  isArticle: boolean;
  reason: VerdictReason;
}

export function tooLargeToRead(pageChars: number, force: boolean): boolean {
  return !force && pageChars > MAX_AUTO_CHARS;
}

const looksLikeList = (c: ChosenText, minTeasers: number, wordsPerTeaser: number): boolean =>
  c.teaserLinks >= minTeasers && c.proseWords < c.teaserLinks * wordsPerTeaser;

/** Is this page an article the reader would want analysed? */
export function articleVerdict(input: VerdictInput): ArticleVerdict {
  const { chosen, declared } = input;
  if (input.force) return { isArticle: true, reason: 'forced' };
  if (tooLargeToRead(input.pageChars, false)) return { isArticle: false, reason: 'too-large' };
  if (!chosen || chosen.bodyWords === 0) return { isArticle: false, reason: 'no-text' };
  // The page's own schema.org type says Article: believed, however short (briefs, paywalled teasers).
  if (declared === 'schema-article') return { isArticle: true, reason: 'declared-article' };
  if (declared === 'og-article') {
    return looksLikeList(chosen, OG_LISTING_MIN_TEASERS, OG_LISTING_WORDS_PER_TEASER)
      ? { isArticle: false, reason: 'list-of-stories' }
      : { isArticle: true, reason: 'declared-article' };
  }
  if (declared === 'listing') return { isArticle: false, reason: 'declared-listing' };
  if (chosen.proseWords < MIN_PROSE_WORDS) return { isArticle: false, reason: 'too-little-text' };
  if (looksLikeList(chosen, LISTING_MIN_TEASERS, LISTING_WORDS_PER_TEASER)) return { isArticle: false, reason: 'list-of-stories' };
  return { isArticle: true, reason: 'article-text' };
}

/** The chosen text is under a third of the page's running text: the reader is told. */
const SHORT_FACTOR = 3;
/** …when the page has at least this much running text (a short page's furniture can outweigh a brief). */
const SHORT_MIN_PAGE_WORDS = 400;

/** Said to the reader when the chosen article text looks wrong (far shorter than the page's text). */
export interface ExtractionNotice {
  kind: 'short-extraction';
  /** Running text in what was chosen. */
  articleWords: number;
  /** Running text on the whole page, which "Analyse the whole page" would analyse. */
  pageWords: number;
}

/** A notice when the article chosen is a small part of the page's running text, else null. */
export function extractionNotice(articleWords: number, pageWords: number): ExtractionNotice | null {
  if (pageWords < SHORT_MIN_PAGE_WORDS || articleWords * SHORT_FACTOR > pageWords) return null;
  return { kind: 'short-extraction', articleWords, pageWords };
}

/** The notice as the popup and the CLI say it. */
export function noticeText(n: ExtractionNotice): string {
  return `The article found has ${n.articleWords.toLocaleString('en')} words of text, but this page has ${n.pageWords.toLocaleString('en')}: it may have picked the wrong part of the page.`;
}
