// Direct speech, a partial fragment, or something else in quotation marks (a title,
// a nickname, a scare-quoted term).
import type { Quote } from './types';

// Before a title or a term: the quoted words are a name, not speech.
const TITLE_CUE = /\b(titled|entitled|so-called|the word|the words|the term|the phrase|hashtag|show|book|film|movie|song|album|series|programme|program|headline|slogan|motto|brand|tagged|magazine|newspaper|website|podcast|video|documentary|novel|play|poem|report)\s*$/i;
// Naming verbs: a term the subject used ("what he called “a con”") when someone is attributed.
const NAMING_CUE = /\b(called|dubbed|named|known as|nicknamed|labell?ed|branded)\s*$/i;

export interface KindContext {
  /** The quote's text. */
  inner: string;
  /** Sentence text before the opening mark (same sentence). */
  before: string;
  /** Sentence text after the closing mark. */
  after: string;
  /** An attribution rule inside the sentence found a speaker. */
  attributed: boolean;
  /** The block is a heading or caption. */
  headingLike: boolean;
}

const NAMED_THING = /\s+(called|named|titled|entitled)\s*$/i;

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));

/**
 * The end of `s` that the cue patterns (a word or two, then white space to the end) can read: its
 * trailing white space, 32 characters more, and the white space those start in. Testing this
 * instead of the whole sentence keeps a page of tiny quotations from re-reading 400 characters each.
 */
export function cueTail(s: string): string {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  i = Math.max(0, i - 32);
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}

export function quoteKind(c: KindContext): Quote['kind'] {
  const inner = c.inner.trim();
  const words = inner.split(/\s+/).filter(Boolean);
  const titleCase = words.length >= 1 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|an|in|on|for|to|with)$/.test(w));
  const before = cueTail(c.before);
  // "an album called “…”": the naming verb follows a title noun.
  const named = before.replace(NAMED_THING, '');
  if (TITLE_CUE.test(before) || (named !== before && TITLE_CUE.test(cueTail(c.before.slice(0, c.before.length - before.length) + named)))) return 'other';
  if (NAMING_CUE.test(before) && (!c.attributed || titleCase)) return 'other';
  const sentenceStart = before.trim() === '' || /[:]\s*$/.test(before);
  if (!c.attributed) {
    if (words.length <= 3 && !sentenceStart) return 'other';
    if (titleCase && words.length <= 4 && !/[.!?,]$/.test(inner)) return 'other';
    if (words.length <= 2) return 'other';
  }
  const startsLower = /^[\p{Ll}]/u.test(inner) || /^\[?\p{Ll}/u.test(inner);
  if (sentenceStart && !startsLower) return 'direct';
  if (!sentenceStart && (startsLower || words.length < 6)) return 'partial';
  if (/,\s*$/.test(before) || /:\s*$/.test(before)) return 'direct';
  return startsLower ? 'partial' : 'direct';
}
