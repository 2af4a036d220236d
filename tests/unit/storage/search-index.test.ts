import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/storage/search-index';

const rows = [
  { id: 'a', updated: 10, words: ['harbour', 'strike', 'okafor'] },
  { id: 'b', updated: 30, words: ['harbours', 'closed'] },
  { id: 'c', updated: 20, words: ['strikes', 'harbour'] },
  { id: 'd', updated: 40, words: ['sanctions'] },
];

describe('SearchIndex', () => {
  const index = SearchIndex.build(rows);

  it('matches words by prefix, newest first', () => {
    expect(index.search(['harbour'], 10)).toEqual(['b', 'c', 'a']);
    expect(index.search(['harb'], 10)).toEqual(['b', 'c', 'a']);
    expect(index.search(['harbours'], 10)).toEqual(['b']);
  });

  it('needs every token in the same row, and honours the limit', () => {
    expect(index.search(['harbour', 'strike'], 10)).toEqual(['c', 'a']);
    expect(index.search(['harbour', 'strike'], 1)).toEqual(['c']);
    expect(index.search(['closed', 'strike'], 10)).toEqual([]);
  });

  it('ranks any given ids it holds newest first, ties by id descending', () => {
    const tied = SearchIndex.build([...rows, { id: 'e', updated: 30, words: [] }]);
    expect(tied.newest(['a', 'b', 'x', 'e', 'd'], 10)).toEqual(['d', 'e', 'b', 'a']);
    expect(tied.newest(['a', 'b', 'e'], 2)).toEqual(['e', 'b']);
  });

  it('finds nothing for an unknown word or no tokens', () => {
    expect(index.search(['zzz'], 10)).toEqual([]);
    expect(index.search([], 10)).toEqual([]);
    expect(SearchIndex.build([]).search(['a'], 10)).toEqual([]);
  });

  it('answers exactly as a scan of every row would', () => {
    const word = fc.stringMatching(/^[a-d]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.uuid(), updated: fc.integer(), words: fc.uniqueArray(word, { maxLength: 5 }) }), {
          selector: (r) => r.id,
          maxLength: 40,
        }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 50 }),
        (data, tokens, limit) => {
          const expected = data
            .filter((r) => tokens.every((t) => r.words.some((w) => w.startsWith(t))))
            .sort((a, b) => b.updated - a.updated)
            .slice(0, limit);
          const got = SearchIndex.build(data).search(tokens, limit);
          // Rows with equal `updated` may come in either order: compare as sets with the same length.
          expect(got).toHaveLength(expected.length);
          const cut = expected.at(-1)?.updated;
          for (const id of got) {
            const r = data.find((x) => x.id === id)!;
            expect(tokens.every((t) => r.words.some((w) => w.startsWith(t)))).toBe(true);
            if (cut !== undefined) expect(r.updated).toBeGreaterThanOrEqual(cut);
          }
        },
      ),
    );
  });
});
