import { describe, expect, it } from 'vitest';
import { hasPhrase, mergeFilters, parseDay, parseQuery, pickedFilters, tagKey } from '../../../src/storage/search-query';

describe('parseQuery', () => {
  it('folds words and marks the last one as still being typed', () => {
    expect(parseQuery('Sanctions Péskov')).toEqual({ terms: ['sanctions', 'peskov'], phrases: [], filters: {}, lastIsPartial: true });
    expect(parseQuery('sanctions ').lastIsPartial).toBe(false);
    expect(parseQuery('').terms).toEqual([]);
  });

  it('takes "exact phrases" (also one still open) as phrases whose words are terms too', () => {
    expect(parseQuery('"glass ceiling" ministry')).toMatchObject({ terms: ['glass', 'ceiling', 'ministry'], phrases: [['glass', 'ceiling']] });
    expect(parseQuery('"until the talks')).toMatchObject({ terms: ['until', 'the', 'talks'], phrases: [['until', 'the', 'talks']], lastIsPartial: false });
    // One quoted word is just a word.
    expect(parseQuery('"nato"')).toMatchObject({ terms: ['nato'], phrases: [] });
  });

  it('reads speaker:, site:, tag:, before: and after: filters, quoted or not, alongside words', () => {
    const q = parseQuery('speaker:"Dmitry Peskov" site:harbour tag:#Follow-Up before:2025-02 after:2024 gas');
    expect(q.terms).toEqual(['gas']);
    expect(q.filters).toEqual({
      speaker: ['dmitry', 'peskov'],
      site: ['harbour'],
      tag: 'follow up',
      before: Date.UTC(2025, 1, 1),
      after: Date.UTC(2024, 0, 1),
    });
    expect(q.lastIsPartial).toBe(true);
    expect(parseQuery('gas speaker:okafor').lastIsPartial).toBe(false);
  });

  it('searches an unknown key or a date it cannot read as words', () => {
    expect(parseQuery('note:budget')).toMatchObject({ terms: ['note', 'budget'], filters: {} });
    expect(parseQuery('before:soon')).toMatchObject({ terms: ['before', 'soon'], filters: {} });
  });
});

describe('dates, tags, phrases and picked filters', () => {
  it('parses a year, a month or a day as its UTC start', () => {
    expect(parseDay('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(parseDay('2024-06')).toBe(Date.UTC(2024, 5, 1));
    expect(parseDay('2024/6/15')).toBe(Date.UTC(2024, 5, 15));
    expect(parseDay('June')).toBeNull();
  });

  it('compares tags without case, accents or #', () => {
    expect(tagKey('#Café-Talk')).toBe(tagKey('cafe talk'));
  });

  it('finds a phrase only as consecutive words', () => {
    expect(hasPhrase('There is a glass ceiling here.', ['glass', 'ceiling'])).toBe(true);
    expect(hasPhrase('The ceiling of the glass pavilion', ['glass', 'ceiling'])).toBe(false);
    expect(hasPhrase('São Paulo traffic', ['sao', 'paulo'])).toBe(true);
  });

  it('adds the filters picked from the facets to the typed ones, leaving blanks out', () => {
    expect(pickedFilters({ speaker: 'Marisol Vega', site: '', tag: '#NATO' })).toEqual({ speaker: ['marisol', 'vega'], tag: 'nato' });
    expect(mergeFilters({ site: ['a'], tag: 'x' }, { tag: 'y' })).toEqual({ site: ['a'], tag: 'y' });
  });
});
