import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueTail, quoteKind } from '../../../src/analysis/quote-kind';

// The cue patterns as quoteKind applies them, on the whole text before the quotation.
const TITLE_CUE = /\b(titled|entitled|so-called|the word|the words|the term|the phrase|hashtag|show|book|film|movie|song|album|series|programme|program|headline|slogan|motto|brand|tagged|magazine|newspaper|website|podcast|video|documentary|novel|play|poem|report)\s*$/i;
const NAMING_CUE = /\b(called|dubbed|named|known as|nicknamed|labell?ed|branded)\s*$/i;
const NAMED_THING = /\s+(called|named|titled|entitled)\s*$/i;

describe('quotation kind', () => {
  it('tells titles and terms from speech', () => {
    expect(quoteKind({ inner: 'Blue Moon', before: 'she released an album called ', after: '', attributed: false, headingLike: false })).toBe('other');
    expect(quoteKind({ inner: 'We will win this war.', before: 'He said: ', after: '', attributed: true, headingLike: false })).toBe('direct');
    expect(quoteKind({ inner: 'a disgrace', before: 'Her critics called the plan ', after: '', attributed: true, headingLike: false })).toBe('partial');
  });

  it('reads only the end of the sentence before, with the same answers as reading all of it', () => {
    const pieces = [' ', '   ', '\n', '\u00a0', '\u2003', 'called', 'an album', 'the word', 'known as', 'so-called', 'x', 'Report', ',', ':', 'titled', '“', 'entitled'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const tail = cueTail(s);
        expect(s.endsWith(tail)).toBe(true);
        const named = s.replace(NAMED_THING, '');
        const tailNamed = tail.replace(NAMED_THING, '');
        expect(tailNamed !== tail).toBe(named !== s);
        if (named !== s) expect(TITLE_CUE.test(cueTail(s.slice(0, s.length - tail.length) + tailNamed))).toBe(TITLE_CUE.test(named));
        for (const re of [TITLE_CUE, NAMING_CUE, /[:]\s*$/, /,\s*$/]) expect(re.test(tail)).toBe(re.test(s));
        expect(tail.trim() === '').toBe(s.trim() === '');
      }),
      { numRuns: 5000 },
    );
  });
});
