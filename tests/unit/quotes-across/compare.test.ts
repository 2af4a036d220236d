import { describe, expect, it } from 'vitest';
import { compareQuotes, quoteWords } from '../../../src/quotes-across';

const cmp = (a: string, b: string) => compareQuotes(quoteWords(a), quoteWords(b));

describe('quoteWords', () => {
  it('folds marks, case, spacing, punctuation, curly quotes and digit separators', () => {
    expect(quoteWords('  Café’s  “BEST”   coffee — 1,000 cups!').words).toEqual(['cafe', 'best', 'coffee', '1000', 'cups']);
    expect(quoteWords("the Harbour Board's plan").words).toEqual(quoteWords('the Harbour Board’ plan').words);
    expect(quoteWords("It's 'fine', really").words).toEqual(quoteWords('It’s ‘fine’ really').words);
  });
  it('keeps an ellipsis as a position, not a word', () => {
    const w = quoteWords('We will build … and we will win...');
    expect(w.words).toEqual(['we', 'will', 'build', 'and', 'we', 'will', 'win']);
    expect(w.ellipses).toEqual([3, 7]);
    expect(quoteWords('one [...] two . . . three').ellipses).toEqual([1, 2]);
  });
});

describe('compareQuotes', () => {
  const base = 'The river district will get a new bridge before the winter floods arrive';
  it('finds the same words through typography', () => {
    expect(cmp(base, '“the RIVER district will get a new bridge, before the winter floods arrive.”').kind).toBe('same');
  });
  it('counts a trimmed part of a longer quote as the same words', () => {
    const c = cmp('will get a new bridge before the winter', base);
    expect(c.kind).toBe('same');
    expect(c.trimmed).toBe('b');
    expect(cmp(base, 'a new bridge before the winter floods arrive').trimmed).toBe('a');
  });
  it('shows a changed word', () => {
    const c = cmp(base, 'The river district will get a new tunnel before the winter floods arrive');
    expect(c.kind).toBe('reworded');
    expect(c.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'changed', from: ['bridge'], to: ['tunnel'] }]);
  });
  it('shows a changed first word as a change, not a trim', () => {
    const c = cmp(base, 'This river district will get a new bridge before the winter floods arrive');
    expect(c.kind).toBe('reworded');
    expect(c.diff[0]).toEqual({ op: 'changed', from: ['The'], to: ['This'] });
  });
  it('shows dropped and added words', () => {
    const dropped = cmp(base, 'The river district will get a bridge before the winter floods arrive');
    expect(dropped.kind).toBe('reworded');
    expect(dropped.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'dropped', words: ['new'], elided: false }]);
    const added = cmp(base, 'The river district will surely get a new bridge before the winter floods arrive');
    expect(added.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'added', words: ['surely'], elided: false }]);
  });
  it('marks words left out at an ellipsis', () => {
    const c = cmp(base, 'The river district will get a new bridge … arrive');
    expect(c.kind).toBe('reworded');
    expect(c.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'dropped', words: ['before', 'the', 'winter', 'floods'], elided: true }]);
  });
  it('finds a moved clause', () => {
    const c = cmp('If the council agrees, the bridge will open in May', 'The bridge will open in May if the council agrees');
    expect(c.kind).toBe('reworded');
    expect(c.diff.some((p) => p.op === 'moved')).toBe(true);
  });
  it('tells two statements apart even when they share common words', () => {
    expect(cmp(base, 'The school district will get a new budget after the summer break ends').kind).toBe('different');
    expect(cmp('We are going to win this election and we are going to win it big', 'We are going to fix the roads and the schools in this town').kind).toBe('different');
  });
  it('matches short quotes only word for word', () => {
    expect(cmp('a total disgrace', 'A total disgrace!').kind).toBe('same');
    expect(cmp('a total disgrace', 'a total disgrace, he said again').kind).toBe('different');
    expect(cmp('we will win big', 'we will win huge').kind).toBe('different');
  });
  it('takes overlapping excerpts of one statement as the same words', () => {
    const c = cmp('the bridge will open in May and the tolls will be low', 'will open in May and the tolls will be low for everyone');
    expect(c.kind).toBe('same');
    expect(c.trimmed).toBe('both');
  });
});
