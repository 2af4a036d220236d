// Direct speech, a partial fragment, or something else in quotation marks (a title,
// a nickname, a scare-quoted term).
import type { Quote } from './types';

const NAMING_CUE = /\b(called|dubbed|named|titled|entitled|known as|so-called|nicknamed|labell?ed|branded|the word|the term|the phrase|hashtag|show|book|film|movie|song|album|series|programme|program|headline|slogan|motto|campaign|brand|tagged)\s*$/i;

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

export function quoteKind(c: KindContext): Quote['kind'] {
  const inner = c.inner.trim();
  const words = inner.split(/\s+/).filter(Boolean);
  if (NAMING_CUE.test(c.before)) return 'other';
  const titleCase = words.length >= 1 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|an|in|on|for|to|with)$/.test(w));
  const sentenceStart = c.before.trim() === '' || /[:]\s*$/.test(c.before);
  if (!c.attributed) {
    if (words.length <= 3 && !sentenceStart) return 'other';
    if (titleCase && words.length <= 4 && !/[.!?,]$/.test(inner)) return 'other';
    if (words.length <= 2) return 'other';
  }
  const startsLower = /^[\p{Ll}]/u.test(inner) || /^\[?\p{Ll}/u.test(inner);
  if (sentenceStart && !startsLower) return 'direct';
  if (!sentenceStart && (startsLower || words.length < 6)) return 'partial';
  if (/,\s*$/.test(c.before) || /:\s*$/.test(c.before)) return 'direct';
  return startsLower ? 'partial' : 'direct';
}
