// Links that scroll to and highlight the passage: URL#:~:text=[prefix-,]start[,end][,-suffix]
// (https://wicg.github.io/scroll-to-text-fragment/). Browsers match each part inside one
// block and on word boundaries, so context is cut at line breaks and to whole words.
import type { AnnotationSelectors } from '../shared/records';
import { CONTEXT_LENGTH } from '../anchoring/describe';

/** Quotes longer than this many words link by their first and last words instead. */
const MAX_INLINE_WORDS = 10;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encoding per the spec ('-', '&', ',' are syntax) plus parentheses for Markdown links. */
export function encodeFragmentText(s: string): string {
  return encodeURIComponent(s).replace(/[-()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** Whole words of the prefix next to the quote, within the quote's block. */
function prefixPart(prefix: string, full: boolean): string {
  const nl = prefix.lastIndexOf('\n');
  // A full-length prefix was cut at an arbitrary point: drop its (possibly partial) first word.
  const block = nl !== -1 ? prefix.slice(nl + 1) : full ? prefix.replace(/^\S*/, '') : prefix;
  return words(block).slice(-CONTEXT_WORDS).join(' ');
}

function suffixPart(suffix: string, full: boolean): string {
  const nl = suffix.indexOf('\n');
  const block = nl !== -1 ? suffix.slice(0, nl) : full ? suffix.replace(/\S*$/, '') : suffix;
  return words(block).slice(0, CONTEXT_WORDS).join(' ');
}

const WORD_CHAR_AT_END = /[\p{L}\p{N}]+$/u;
const WORD_CHAR_AT_START = /^[\p{L}\p{N}]+/u;

/** The `text=` directive value (already encoded), or null when the passage has no words. */
export function textDirective(selectors: Pick<AnnotationSelectors, 'quote'>): string | null {
  const { exact, prefix, suffix } = selectors.quote;
  // Browsers only match whole words: widen a selection that starts or ends mid-word.
  const lead = WORD_CHAR_AT_START.test(exact) ? (WORD_CHAR_AT_END.exec(prefix)?.[0] ?? '') : '';
  const trail = WORD_CHAR_AT_END.test(exact) ? (WORD_CHAR_AT_START.exec(suffix)?.[0] ?? '') : '';
  const passage = lead + exact + trail;
  const before = prefix.slice(0, prefix.length - lead.length);
  const after = suffix.slice(trail.length);

  const lines = passage.split('\n').map(words).filter((l) => l.length > 0);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return null;
  const parts: string[] = [];
  const pre = prefixPart(before, prefix.length >= CONTEXT_LENGTH);
  if (pre) parts.push(`${encodeFragmentText(pre)}-`);
  if (lines.length === 1 && first.length <= MAX_INLINE_WORDS) {
    parts.push(encodeFragmentText(first.join(' ')));
  } else {
    parts.push(encodeFragmentText(first.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentText(last.slice(-EDGE_WORDS).join(' ')));
  }
  const suf = suffixPart(after, suffix.length >= CONTEXT_LENGTH);
  if (suf) parts.push(`-${encodeFragmentText(suf)}`);
  return parts.join(',');
}

/** The URL without fragment, with parentheses encoded so a Markdown link cannot end early. */
export function linkUrl(url: string): string {
  return url.split('#')[0]!.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}

/** Article URL with a text fragment pointing at the passage (plain URL if there is none). */
export function textFragmentUrl(articleUrl: string, selectors: Pick<AnnotationSelectors, 'quote'>): string {
  const base = linkUrl(articleUrl);
  const directive = textDirective(selectors);
  return directive ? `${base}#:~:text=${directive}` : base;
}
