import { describe, expect, it } from 'vitest';
import { contextType, withCuedSpans } from '../../../../src/analysis/actors/type-cues';
import type { TaggedSpan } from '../../../../src/analysis/ner/labels';
import { tokenize } from '../../../../src/analysis/tokens';

/** Tokens of a sentence and the token range of `name` in it. */
function at(sentence: string, name: string) {
  const tokens = tokenize(sentence, 0, sentence.length);
  const start = sentence.indexOf(name);
  const a = tokens.findIndex((t) => t.start === start);
  const b = tokens.findIndex((t) => t.end === start + name.length) + 1;
  return { tokens, a, b };
}
const cue = (sentence: string, name: string, type: 'PER' | 'ORG' | 'LOC' = 'ORG') => {
  const { tokens, a, b } = at(sentence, name);
  return contextType(tokens, a, b, type);
};

describe('type cues around a name', () => {
  it('an apposition names what the name is', () => {
    expect(cue('It signed with Varlo, a group co-founded by two footballers.', 'Varlo', 'PER')).toBe('ORG');
    expect(cue('They met in Ostrava, a city in the east.', 'Ostrava', 'PER')).toBe('LOC');
    // The head is the last noun of the phrase: a company spokesman is a person.
    expect(cue('Said Pell, a company spokesman.', 'Pell', 'PER')).toBeNull();
    expect(cue("Said Pell, the company's founder.", 'Pell', 'PER')).toBeNull();
  });
  it('a noun before the name: "rescue group X", "eastern X", "the city of X"', () => {
    expect(cue('according to whale rescue group Marrow Trust today', 'Marrow Trust', 'PER')).toBe('ORG');
    expect(cue('an elder of eastern Valdoria', 'Valdoria')).toBe('LOC');
    expect(cue('He was born in the city of Varnhem.', 'Varnhem')).toBe('LOC');
    // "giant" describes companies, but also trees and people.
    expect(cue('threatening the giant Olwen Tor', 'Olwen Tor', 'PER')).toBeNull();
  });
  it('a noun after the name: "the X tribe", "the X settlement"', () => {
    expect(cue('an elder of the Ravari tribe', 'Ravari', 'LOC')).toBe('ORG');
    expect(cue('He visited the Kelm Ridge settlement bloc.', 'Kelm Ridge')).toBe('LOC');
    expect(cue('history of the Lindell theater', 'Lindell', 'ORG')).toBe('LOC');
    // A person's name before a noun is another use: "the Harlan campaign".
    expect(cue('the Harlan campaign said', 'Harlan', 'PER')).toBeNull();
  });
});

describe('spans completed by cues', () => {
  const spans = (sentence: string, tagged: TaggedSpan[]) => {
    const tokens = tokenize(sentence, 0, sentence.length);
    return withCuedSpans(tokens, tagged).map((s) => `${s.type}:${tokens.slice(s.from, s.to).map((t) => t.text).join(' ')}`);
  };
  it('an untagged run in "the X group" is an organisation', () => {
    expect(spans('They vowed to defeat the Red Dawn group', [])).toEqual(['ORG:Red Dawn']);
    // Not at a sentence's start, and not without the noun.
    expect(spans('The Red Dawn fighters left.', [])).toEqual([]);
  });
  it('"the ruling X" names a party; a weekday does not', () => {
    expect(spans('She rose through the ranks of the ruling Zorva-NF in two years.', [])).toEqual(['ORG:Zorva-NF']);
    expect(spans('The ruling Monday was final.', [])).toEqual([]);
  });
  it('a tagged span takes the capitalised words between it and "group"', () => {
    const s = 'according to rescue group Project Marrow today';
    expect(spans(s, [{ type: 'PER', from: 5, to: 6 }])).toEqual(['ORG:Project Marrow']);
  });
});
