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

  it('stays linear on a run of capitalised words with slashes', () => {
    const run = Array.from({ length: 20_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
    for (const s of [run, `${run}/x`, `${run}/X`, `/X ${run}`, `${run} de/ Y ${run}`]) {
      const t0 = performance.now();
      const got = slashNames(s);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(got.length).toBeLessThanOrEqual(1);
    }
  });
});
