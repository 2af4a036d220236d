import { describe, expect, it } from 'vitest';
import { actorsOfType, groupQuotesBySpeaker, matchesFilter } from '../../../src/popup/group-quotes';
import { actor, quote } from '../page/make';

describe('groupQuotesBySpeaker', () => {
  it('puts the speaker with most quotes first, ties by first appearance, Unattributed last', () => {
    const quotes = [
      quote(0, 5, null),
      quote(10, 15, null),
      quote(20, 25, null),
      quote(30, 35, 'Pia Holm'),
      quote(40, 45, 'Ed Marsh'),
      quote(50, 55, 'Ed Marsh'),
      quote(60, 65, 'Lu Chen'),
      quote(70, 75, 'Pia Holm'),
      quote(80, 85, 'Lu Chen'),
      quote(90, 95, 'Ada Vos'),
    ];
    const groups = groupQuotesBySpeaker(quotes);
    expect(groups.map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['Pia Holm', 2],
      ['Ed Marsh', 2],
      ['Lu Chen', 2],
      ['Ada Vos', 1],
      ['Unattributed', 3],
    ]);
  });

  it("leaves out 'other' quotes entirely", () => {
    const groups = groupQuotesBySpeaker([quote(0, 5, 'Pia Holm', { kind: 'other' }), quote(10, 15, 'Ed Marsh', { kind: 'partial' }), quote(20, 25, null, { kind: 'other' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ speaker: 'Ed Marsh' });
    expect(groupQuotesBySpeaker([quote(0, 5, 'Pia Holm', { kind: 'other' })])).toEqual([]);
  });

  it('lists each group in reading order even when the input is not', () => {
    const late = quote(70, 75, 'Pia Holm');
    const early = quote(5, 9, 'Pia Holm');
    const mid = quote(30, 35, 'Pia Holm');
    const [g] = groupQuotesBySpeaker([late, early, mid]);
    expect(g!.quotes).toEqual([early, mid, late]);
  });

  it('orders ties by the earliest quote in reading order, not by input order', () => {
    const groups = groupQuotesBySpeaker([quote(50, 55, 'Ed Marsh'), quote(10, 15, 'Lu Chen')]);
    expect(groups.map((g) => g.speaker)).toEqual(['Lu Chen', 'Ed Marsh']);
  });

  it('takes the role from the first quote that has one', () => {
    const [g] = groupQuotesBySpeaker([
      quote(0, 5, 'Pia Holm', { speakerRole: null }),
      quote(10, 15, 'Pia Holm', { speakerRole: 'port director' }),
      quote(20, 25, 'Pia Holm', { speakerRole: 'spokeswoman' }),
    ]);
    expect(g!.role).toBe('port director');
    expect(groupQuotesBySpeaker([quote(0, 5, 'Ed Marsh')])[0]!.role).toBeNull();
  });

  it('puts unattributed quotes last, in one group that is not a name', () => {
    const groups = groupQuotesBySpeaker([quote(0, 5, null), quote(5, 9, null), quote(10, 15, 'Ed Marsh')]);
    expect(groups.map((g) => [g.speaker, g.named, g.quotes.length])).toEqual([
      ['Ed Marsh', true, 1],
      ['Unattributed', false, 2],
    ]);
  });

  it('treats names differing only in case as one speaker', () => {
    const groups = groupQuotesBySpeaker([quote(0, 5, 'Ed Marsh'), quote(10, 15, 'ed marsh')]);
    expect(groups.map((g) => [g.speaker, g.quotes.length])).toEqual([['Ed Marsh', 2]]);
  });

  it('keeps an unnamed speaker as its own group, not with the unattributed ones', () => {
    const groups = groupQuotesBySpeaker([quote(0, 5, 'unnamed: a port worker'), quote(10, 15, null)]);
    expect(groups.map((g) => g.speaker)).toEqual(['a port worker (unnamed)', 'Unattributed']);
  });
});

describe('actorsOfType', () => {
  it('keeps one type, most mentioned first, ties by name', () => {
    const actors = [
      actor('Zed Bay', 'place', [[0, 1]]),
      actor('Ona Fry', 'person', [[0, 1]]),
      actor('Bo Kim', 'person', [[0, 1], [5, 6], [9, 10]]),
      actor('Al Roe', 'person', [[0, 1]]),
      actor('North Fund', 'organization', [[0, 1], [2, 3], [4, 5], [6, 7]]),
    ];
    expect(actorsOfType(actors, 'person').map((a) => a.name)).toEqual(['Bo Kim', 'Al Roe', 'Ona Fry']);
    expect(actorsOfType(actors, 'place').map((a) => a.name)).toEqual(['Zed Bay']);
    expect(actorsOfType([], 'organization')).toEqual([]);
  });

  it('does not reorder the array it was given', () => {
    const actors = [actor('Ona Fry', 'person', [[0, 1]]), actor('Bo Kim', 'person', [[0, 1], [2, 3]])];
    actorsOfType(actors, 'person');
    expect(actors.map((a) => a.name)).toEqual(['Ona Fry', 'Bo Kim']);
  });
});

describe('matchesFilter', () => {
  it('matches any field, case-insensitively, ignoring surrounding spaces in the filter', () => {
    expect(matchesFilter('  HOLM ', 'Pia Holm', null)).toBe(true);
    expect(matchesFilter('director', null, undefined, 'Port Director')).toBe(true);
    expect(matchesFilter('marsh', 'Pia Holm', 'port director')).toBe(false);
  });

  it('lets everything through on an empty or blank filter, and nothing when no field has text', () => {
    expect(matchesFilter('', null)).toBe(true);
    expect(matchesFilter('   ')).toBe(true);
    expect(matchesFilter('pia', null, undefined)).toBe(false);
  });
});
