import { describe, expect, it } from 'vitest';
import { allGroupNames, MARK_COLOURS, markColour, paintPlan, QUOTE_TINTS, speakerTints } from '../../../src/page/paint-plan';
import { actor, analysis, mark, quote } from './make';

const ALL_ON = { showQuotes: true, showActors: true, showHighlights: true };

describe('speakerTints', () => {
  it('gives each speaker a tint in order of first appearance, a null speaker counting as one speaker', () => {
    const a = analysis([
      quote(0, 5, 'Mara Olsen'),
      quote(10, 15, null),
      quote(20, 25, 'Mara Olsen'),
      quote(30, 35, 'unnamed: a ministry aide'),
    ]);
    expect([...speakerTints(a)]).toEqual([
      ['Mara Olsen', 0],
      ['', 1],
      ['unnamed: a ministry aide', 2],
    ]);
  });

  it("skips 'other' quotes (titles, scare quotes) so they take no tint", () => {
    const a = analysis([quote(0, 5, 'Title Speaker', { kind: 'other' }), quote(10, 15, 'Jon Pike', { kind: 'partial' })]);
    expect([...speakerTints(a)]).toEqual([['Jon Pike', 0]]);
  });

  it('wraps around after QUOTE_TINTS speakers', () => {
    const quotes = Array.from({ length: QUOTE_TINTS + 2 }, (_, i) => quote(i * 10, i * 10 + 5, `Speaker ${i}`));
    const tints = speakerTints(analysis(quotes));
    expect(tints.get(`Speaker ${QUOTE_TINTS - 1}`)).toBe(QUOTE_TINTS - 1);
    expect(tints.get(`Speaker ${QUOTE_TINTS}`)).toBe(0);
    expect(tints.get(`Speaker ${QUOTE_TINTS + 1}`)).toBe(1);
  });
});

describe('markColour', () => {
  it('keeps the known colours and maps unknown or missing ones to yellow', () => {
    for (const c of MARK_COLOURS) expect(markColour(c)).toBe(c);
    expect(markColour('chartreuse')).toBe('yellow');
    expect(markColour('')).toBe('yellow');
    expect(markColour(null)).toBe('yellow');
  });
});

describe('paintPlan', () => {
  const a = analysis(
    [
      quote(0, 10, 'Ines Varga'),
      quote(12, 20, 'Tomas Reed'),
      quote(22, 30, 'Ines Varga'),
      quote(32, 40, 'Nobody', { kind: 'other' }),
      quote(42, 50, null),
    ],
    [actor('Ines Varga', 'person', [[60, 64], [80, 84]]), actor('Harbour Board', 'organization', [[70, 75]]), actor('Eastmoor', 'place', [[90, 98]])],
  );

  it('groups quotes per speaker tint in order of first appearance and leaves out other quotes', () => {
    const plan = paintPlan(a, [], { showQuotes: true, showActors: false, showHighlights: false });
    expect(plan).toEqual([
      { group: 'quote-0', spans: [{ start: 0, end: 10 }, { start: 22, end: 30 }] },
      { group: 'quote-1', spans: [{ start: 12, end: 20 }] },
      { group: 'quote-2', spans: [{ start: 42, end: 50 }] },
    ]);
    expect(plan.flatMap((g) => g.spans)).not.toContainEqual({ start: 32, end: 40 });
  });

  it('groups actor mentions by actor type', () => {
    const plan = paintPlan(a, [], { showQuotes: false, showActors: true, showHighlights: false });
    expect(plan).toEqual([
      { group: 'person', spans: [{ start: 60, end: 64 }, { start: 80, end: 84 }] },
      { group: 'organization', spans: [{ start: 70, end: 75 }] },
      { group: 'place', spans: [{ start: 90, end: 98 }] },
    ]);
  });

  it('paints reader marks by colour, an unknown colour as yellow', () => {
    const marks = [mark(3, 6, { colour: 'green' }), mark(7, 9, { colour: 'neon' }), mark(11, 13, { colour: null }), mark(14, 16, { colour: 'green' })];
    const plan = paintPlan(null, marks, { showQuotes: true, showActors: true, showHighlights: true });
    expect(plan).toEqual([
      { group: 'mark-green', spans: [{ start: 3, end: 6 }, { start: 14, end: 16 }] },
      { group: 'mark-yellow', spans: [{ start: 7, end: 9 }, { start: 11, end: 13 }] },
    ]);
  });

  it('copies spans rather than handing out the quote objects', () => {
    const plan = paintPlan(a, [], { showQuotes: true, showActors: false, showHighlights: false });
    expect(Object.keys(plan[0]!.spans[0]!)).toEqual(['start', 'end']);
  });

  it('honours each toggle on its own', () => {
    const marks = [mark(1, 2, { colour: 'pink' })];
    const names = (s: typeof ALL_ON) => paintPlan(a, marks, s).map((g) => g.group);
    expect(names(ALL_ON)).toEqual(['quote-0', 'quote-1', 'quote-2', 'person', 'organization', 'place', 'mark-pink']);
    expect(names({ ...ALL_ON, showQuotes: false })).toEqual(['person', 'organization', 'place', 'mark-pink']);
    expect(names({ ...ALL_ON, showActors: false })).toEqual(['quote-0', 'quote-1', 'quote-2', 'mark-pink']);
    expect(names({ ...ALL_ON, showHighlights: false })).toEqual(['quote-0', 'quote-1', 'quote-2', 'person', 'organization', 'place']);
    expect(paintPlan(a, marks, { showQuotes: false, showActors: false, showHighlights: false })).toEqual([]);
  });

  it('with no analysis paints only the marks', () => {
    expect(paintPlan(null, [], ALL_ON)).toEqual([]);
    expect(paintPlan(null, [mark(0, 4, { colour: 'blue' })], ALL_ON)).toEqual([{ group: 'mark-blue', spans: [{ start: 0, end: 4 }] }]);
  });

  it('only ever uses group names that allGroupNames lists, so a repaint can clear stale ones', () => {
    const many = analysis(Array.from({ length: 12 }, (_, i) => quote(i * 10, i * 10 + 5, `S${i}`)), a.actors);
    const marks = MARK_COLOURS.map((c, i) => mark(200 + i * 3, 202 + i * 3, { colour: c }));
    const known = new Set(allGroupNames());
    for (const g of paintPlan(many, marks, ALL_ON)) expect(known.has(g.group), g.group).toBe(true);
  });
});

describe('allGroupNames', () => {
  it('lists every quote tint, the actor types and the mark colours once each', () => {
    const names = allGroupNames();
    expect(names).toHaveLength(QUOTE_TINTS + 3 + MARK_COLOURS.length);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(`quote-${QUOTE_TINTS - 1}`);
    expect(names).not.toContain(`quote-${QUOTE_TINTS}`);
    expect(names).toEqual(expect.arrayContaining(['person', 'organization', 'place', 'mark-yellow', 'mark-purple']));
  });
});
