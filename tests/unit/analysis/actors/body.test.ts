import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditRanges, slashNames } from '../../../../src/analysis/actors/body';

/** The pattern as a scanning regex: what slashNames must find, only without the quadratic scan. */
const REFERENCE = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|da))*\s*\/\s*\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*)*/gu;
const reference = (s: string) => [...s.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);

describe('slash credits', () => {
  it('finds "Name/Agency" credits', () => {
    const s = 'The talks went on. Jane Roe/Agency Photo via Getty said nothing; Ludwig van Beethoven/AP.';
    expect(slashNames(s).map(([a, b]) => s.slice(a, b))).toEqual(['Jane Roe/Agency Photo', 'Ludwig van Beethoven/AP.']);
    expect(creditRanges(`xx ${s}`, 3, 3 + s.length)[0]).toEqual([3 + s.indexOf('Jane'), 3 + s.indexOf(' via')]);
  });

  it('matches the scanning regex on any text', () => {
    const pieces = ['/', ' / ', ' ', '  ', '\n', 'Jane', 'Roe', 'de', 'van', 'da', 'dao', 'iPhone', 'McCain', 'AP', 'x', ',', '.', "'", '&', '-', 'É', 'é', '𝐀', '\u0301', '3M'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(slashNames(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a long run of capitalised words with slashes (the regex alone re-read the run from every word)', () => {
    const run = Array.from({ length: 20_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
    expect(slashNames(run)).toEqual([]);
    expect(slashNames(`${run}/x`)).toEqual([]);
    expect(slashNames(`${run}/X`)).toEqual([[0, run.length + 2]]);
    expect(slashNames(`/X ${run}`)).toEqual([]);
    expect(slashNames(`${run} de/ Y ${run}`)).toEqual([[0, 2 * run.length + 7]]);
  });
});
