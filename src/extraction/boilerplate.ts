// Block-level boilerplate removal over Readability's output, after what the best extractors do
// (boilerpipe's and trafilatura's block features): link density, text density (short blocks
// without sentences), repetition, position around the article's real paragraphs, and the page's
// own articleBody hints. Captions, credits, bylines and date lines are not dropped but typed, so
// the analysis can skip them; everything else judged boilerplate leaves the article.
import type { BlockKind } from '../analysis/types';
import type { RawBlock } from './blocks';

export interface PageHints {
  /** The headline as the page states it (og:title, h1, <title>). */
  titles: string[];
  /** Author names the page states (meta author, Readability's byline). */
  bylines: string[];
  /** schema.org articleBody text from JSON-LD, when the page has one. */
  articleBody: string | null;
}

/** Kinds that are the article's body, as the reader reads it; the others are typed page furniture. */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'blockquote', 'list-item']);

const words = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const norm = (s: string): string => words(s).join(' ').toLowerCase();

// A sentence ends in punctuation (any script's full stop, question or exclamation mark), maybe quoted.
const ENDS_SENTENCE = /[.!?。！？…:;]["”’»)\]]*$/u;
const BOILERPLATE = /^(share( this)?|follow us|sign (up|in)|log ?in|subscribe|advert(isement)?|sponsored|image copyright|image caption|media caption|click here|read the full|read the rest|read more|continue reading|loading|comments?|print|email|close|caption|skip|back to top|all rights reserved|copyright)\b/i;
const CALL_TO_ACTION = /\b(newsletters?|sign up|subscribe|subscription|cookies?|javascript|inbox|unsubscribe|privacy policy|terms of (use|service)|all rights reserved|affiliate commission|enjoyed this article|follow us|download (our|the) app)\b/i;
const CREDIT = /^(\(?(photo(graph)?s?|images?|pictures?|video|credits?|source|illustration|foto|bild|fotó|zdjęcie)\b\s*(by|:|credit|courtesy)|©|\(c\)\s|copyright\b)/i;
// A caption's trailing photo credit: "(Stefan Name/Agency)", "(Image: Agency)", "Photo: …".
const CAPTION_CREDIT = /\s*(\((?:[^()]*\/[^()]*|(?:photo|photograph|image|picture|video|credit|getty|reuters|ap|afp|epa)[^()]*)\)|\b(?:photo|photograph|picture|image|credit)s?\s*:\s*[^.]*)\s*$/i;
const ENDS_WITH_IMAGE_CREDIT = /\((?:image|photo|picture|credit)s?\s*:[^()]*\)\s*$/i;
const BYLINE = /^(by|von|par|por|di|door|av|af|przez|от)\s+\p{Lu}/u;
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/i;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b/;
const DATE_WORD = /\b(published|updated|posted|modified|last updated|am|pm|gmt|utc|[ecmp][sd]t)\b/i;
const URL_OR_HANDLE = /^(https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|@\w+)(\s+(https?:\/\/\S+|\S+\.(com|org|net)\/\S*|\S+@\S+\.\S+|@\w+))*$/i;

function isDateline(text: string): boolean {
  const w = words(text);
  if (w.length === 0 || w.length > 14 || text.length > 100) return false;
  // A date line has a number in it (a day, a year, a time); "Clinching in November" is a heading.
  if (!/\d/.test(text) || !(MONTH.test(text) || NUMERIC_DATE.test(text))) return false;
  // Mostly date material: few words that are neither numbers, months nor date words.
  const other = w.filter((x) => !/^\d+$/.test(x) && !MONTH.test(x) && !DATE_WORD.test(x));
  return DATE_WORD.test(text) || other.length <= 3;
}

/** A paragraph that reads as running text: long enough and made of sentences. */
function isSubstantial(b: RawBlock): boolean {
  if (!BODY_KINDS.has(b.kind) || b.kind === 'heading' || b.linkShare > 0.5) return false;
  const n = words(b.text).length;
  // Scripts without spaces between words (Chinese, Japanese, Thai) count characters instead.
  return n >= 15 || b.text.length >= 60 || (ENDS_SENTENCE.test(b.text) && n >= 8);
}

function typeOf(b: RawBlock, hints: PageHints): BlockKind | null {
  const { text } = b;
  const n = words(text).length;
  if (n === 0) return null;
  if (b.kind === 'caption') return null; // decided by the caller (credit stripping)
  if (text.length < 120 && CREDIT.test(text)) return 'credit';
  if (b.kind === 'credit' || b.kind === 'byline' || b.kind === 'dateline') return b.kind;
  if (text.length < 300 && ENDS_WITH_IMAGE_CREDIT.test(text)) return 'caption';
  if (text.length < 100 && (BYLINE.test(text) || hints.bylines.some((x) => x && norm(x) === norm(text)))) return 'byline';
  if (isDateline(text)) return 'dateline';
  return null;
}

function isBoilerplate(b: RawBlock): boolean {
  const n = words(b.text).length;
  if (URL_OR_HANDLE.test(b.text)) return true;
  if (b.kind !== 'heading' && b.linkShare >= 0.8 && n < 40) return true;
  if (b.text.length < 80 && BOILERPLATE.test(b.text)) return true;
  if (b.text.length < 200 && CALL_TO_ACTION.test(b.text)) return true;
  return false;
}

/** Word 4-grams (as score keys) of a text. */
function grams(text: string): Set<string> {
  const w = words(text.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '));
  return out;
}

/** Share of a block's words the page's JSON-LD articleBody also has, or null when it cannot tell. */
function jsonLdShare(text: string, body: Set<string>, bodyWords: Set<string>): number | null {
  const g = grams(text);
  if (g.size === 0) {
    const w = words(text.toLowerCase());
    return w.length ? w.filter((x) => bodyWords.has(x)).length / w.length : null;
  }
  let hit = 0;
  for (const x of g) if (body.has(x)) hit++;
  return hit / g.size;
}

export function cleanBlocks(raw: RawBlock[], hints: PageHints): RawBlock[] {
  let blocks = raw.map((b) => ({ ...b }));

  // The page's own articleBody element, when Readability's output holds it and most of its text.
  const hinted = blocks.filter((b) => b.inHint).reduce((s, b) => s + b.text.length, 0);
  const total = blocks.reduce((s, b) => s + b.text.length, 0);
  if (hinted > 0 && hinted >= total * 0.5) blocks = blocks.filter((b) => b.inHint);

  // Typed furniture first (captions, credits, bylines, dates), then what is not the article at all.
  const typed: RawBlock[] = [];
  for (const b of blocks) {
    if (b.kind === 'caption') {
      const text = b.text.replace(CAPTION_CREDIT, '').trim();
      if (text) typed.push({ ...b, text });
      continue;
    }
    const kind = typeOf(b, hints);
    if (kind) {
      typed.push({ ...b, kind });
      continue;
    }
    if (!isBoilerplate(b)) typed.push(b);
  }
  blocks = typed;

  // The headline is the page's title, not its body.
  const titles = new Set(hints.titles.map(norm).filter(Boolean));
  const firstBody = blocks.findIndex(isSubstantial);
  blocks = blocks.filter((b, i) => !(b.kind === 'heading' && (i < firstBody || firstBody < 0) && titles.has(norm(b.text))));

  // Before the first real paragraph: only headings and typed furniture stay; short lines are page chrome.
  const start = blocks.findIndex(isSubstantial);
  const chrome = (b: RawBlock) => b.kind === 'paragraph' && !ENDS_SENTENCE.test(b.text) && words(b.text).length < 10;
  if (start > 0) blocks = blocks.filter((b, i) => i >= start || !chrome(b));

  // After the last real paragraph: headings with nothing under them and short unpunctuated lines.
  let end = blocks.length - 1;
  while (end >= 0 && !isSubstantial(blocks[end]!)) end--;
  if (end >= 0) blocks = blocks.filter((b, i) => i <= end || !(chrome(b) || (b.kind === 'heading' && !blocks.slice(i + 1).some((x) => BODY_KINDS.has(x.kind) && x.kind !== 'heading'))));

  // Runs of three or more short unpunctuated lines: menus, tag lists, gallery controls.
  const short = (b: RawBlock) => b.kind === 'paragraph' && words(b.text).length <= 4 && !ENDS_SENTENCE.test(b.text);
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && short(blocks[j]!)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) drop.add(k);
    i = Math.max(j, i + 1);
  }
  blocks = blocks.filter((_, i) => !drop.has(i));

  // JSON-LD articleBody, when it is the whole article: body blocks it does not contain are not the article.
  if (hints.articleBody) {
    const body = grams(hints.articleBody);
    const bodyWords = new Set(words(hints.articleBody.toLowerCase()));
    const shares = blocks.map((b) => (BODY_KINDS.has(b.kind) ? jsonLdShare(b.text, body, bodyWords) : null));
    const bodyChars = blocks.reduce((s, b, i) => s + (shares[i] !== null ? b.text.length : 0), 0);
    const covered = blocks.reduce((s, b, i) => s + ((shares[i] ?? 0) >= 0.5 ? b.text.length : 0), 0);
    if (bodyChars > 0 && covered >= bodyChars * 0.6) blocks = blocks.filter((_, i) => shares[i] === null || shares[i]! >= 0.2);
  }
  return blocks;
}
