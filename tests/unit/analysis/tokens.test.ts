import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeByExpression } from '../../../src/analysis/tokens';

// Characters where the hand reader and the expression could part ways: initials, joiners on
// either side of ASCII, non-ASCII letters, marks, white space and symbols, astral characters.
const PIECES = ['U.S.', 'A.', 'D. Podesta', 'e.g.', "Russia's", 'Russia’s', 'al-Qaeda', 'AT&T', '3.5', 'co\u00adop', 'café', 'e\u0301', 'Łódź', '\u00a0', '\u2009', '\u001f', '—', '“', '”', '…', '😀', '𝐀.', 'Ab.', 'x.', '-', "'", '.', '&', ' ', '\n', '\t', 'São', 'İ', 'ß', '«', '»', '„', '‚', '‹', '›', '–', '‐', '‑', '•', '·', '′', '″', 'x’', '’s'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('tokens', () => {
  it('split words, initials and punctuation', () => {
    const t = tokenize('John D. Podesta said the U.S. and al-Qaeda’s co\u00adop cost $3.5m.').map((x) => x.text);
    expect(t).toEqual(['John', 'D.', 'Podesta', 'said', 'the', 'U.S.', 'and', 'al-Qaeda’s', 'co\u00adop', 'cost', '$', '3.5m', '.']);
  });

  it('mark words and capitals by their first character', () => {
    const [a, b, c] = tokenize('Été ok ,');
    expect([a!.word, a!.cap, a!.lower]).toEqual([true, true, 'été']);
    expect([b!.word, b!.cap]).toEqual([true, false]);
    expect([c!.word, c!.cap]).toEqual([false, false]);
  });

  it('give exactly the tokens of the defining expression, on any text and any range', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const to = from + (b % (s.length - from + 1));
        expect(tokenize(s, from, to)).toEqual(tokenizeByExpression(s, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
