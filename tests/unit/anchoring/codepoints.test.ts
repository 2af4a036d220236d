import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, countAstral, toCodePointOffset, toUtf16Offset } from '../../../src/anchoring';

describe('code point offsets', () => {
  it('converts around astral characters', () => {
    const text = 'a😀b𝄞c';
    expect(countAstral(text)).toBe(2);
    expect(codePointLength(text)).toBe(5);
    expect(toCodePointOffset(text, 3)).toBe(2); // before "b"
    expect(toCodePointOffset(text, 6)).toBe(4); // before "c"
    expect(toUtf16Offset(text, 4)).toBe(6);
    expect(toUtf16Offset(text, 99)).toBe(text.length);
  });

  it('property: code point offset round-trips for every pair boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        let utf16 = 0;
        for (const ch of text) {
          expect(toUtf16Offset(text, toCodePointOffset(text, utf16))).toBe(utf16);
          utf16 += ch.length;
        }
        expect(toCodePointOffset(text, text.length)).toBe([...text].length);
      }),
    );
  });
});
