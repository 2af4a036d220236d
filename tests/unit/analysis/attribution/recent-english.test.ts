// English attribution habits of recent news that the PolNeAR-trained ranker alone missed:
// an age as the speaker's description, a fronted clause before a pronoun's antecedent, a title
// word between an organization and a person, a quotation that runs over several paragraphs.
import { describe, expect, it } from 'vitest';
import { isAgeDescription } from '../../../../src/analysis/attribution/resolve';
import type { Candidate } from '../../../../src/analysis/attribution/candidates';
import { candidateFeatures } from '../../../../src/analysis/attribution/features';
import { modelChooser } from '../../../../src/analysis/attribution/speakers';
import { said } from '../helpers';
import { stagesOf } from './stages';

describe('an age as a description ("said the 31-year-old")', () => {
  it('is a description only with its article', () => {
    expect(isAgeDescription('the 31-year-old')).toBe(true);
    expect(isAgeDescription('a 31-year-old')).toBe(false);
    expect(isAgeDescription('the year-old')).toBe(false);
  });

  it('resolves to the person the sentences before are about, not the one beaten', () => {
    const { candidatesOf } = stagesOf('Tomas Brell beat Ivo Marsh in three long sets on Court 4.', '“It was hard, but I stayed calm,” said the 31-year-old.');
    const age = candidatesOf(0).cands.find((c) => c.ref?.text === 'the 31-year-old')!;
    expect(age.kind).toBe('description');
    expect(age.patterns.length).toBeGreaterThan(0);
    expect(age.entity?.name).toBe('Tomas Brell');
  });

  it('reads before the verb too, and carries the speaker into the paragraphs the quotation runs on', () => {
    expect(said('Tomas Brell beat Ivo Marsh in three sets.', 'The 31-year-old said: “It was hard.', '“But I won in the end.”')).toEqual([
      ['It was hard.', 'Tomas Brell'],
      ['But I won in the end.', 'Tomas Brell'],
    ]);
  });
});

describe('a pronoun after a fronted subordinate clause', () => {
  it('takes the main clause’s person, not the one in the clause before the comma', () => {
    expect(said('After Lena Ivory won on Monday, it was Clara Dunmore who started the day well.', '“I played well,” she told Radio North afterwards.')).toEqual([['I played well,', 'Clara Dunmore']]);
  });

  it('still takes the clause’s person when the main clause names nobody who fits', () => {
    expect(said('When Lena Ivory arrived, the rain had stopped.', '“I was lucky,” she said.')).toEqual([['I was lucky,', 'Lena Ivory']]);
  });
});

describe('a title word between an organization and a person', () => {
  it('“according to Kestrel Search lead Dana Whitfield” names the person, not the organization', () => {
    const out = said('Kestrel Search changed its home page this week.', 'It is, according to Kestrel Search lead Dana Whitfield, “the biggest change in a decade.”');
    expect(out).toEqual([['the biggest change in a decade.', 'Dana Whitfield']]);
  });

  it('a corporate abbreviation before a name is a title, not the speaker', () => {
    const out = said('Kestrel Search changed its home page this week.', '“We listened to our readers,” Kestrel Search SVP Dana Whitfield said.');
    expect(out).toEqual([['We listened to our readers,', 'Dana Whitfield']]);
  });
});

describe('the subject of a sentence near a quotation', () => {
  it('is marked as a feature: the person the sentence opens with, not its object', () => {
    const { doc, candidatesOf } = stagesOf('Tomas Brell meanwhile won his match, beating Ivo Marsh easily.', '“It was a good day for me.”');
    const { win, cands } = candidatesOf(0);
    const f = candidateFeatures(doc, 0, win, cands, { kind: 'direct', startsBlock: true, quoteOnlyBlock: true, words: 6, afterColonBlock: false, mentionCount: () => 1, topPerson: null });
    const of = (text: string) => f[cands.findIndex((c) => c.ref?.text === text)] ?? [];
    expect(of('Tomas Brell')).toContain('sentSubject');
    expect(of('Tomas Brell')).toContain('sentSubject|before|quoteOnly|bd=1|any=false');
    expect(of('Ivo Marsh')).not.toContain('sentSubject');
  });

  it('is not a word that opens a clause before the subject', () => {
    const { doc, candidatesOf } = stagesOf('After Lena Ivory won, Clara Dunmore played.', '“It was a good day for me.”');
    const { win, cands } = candidatesOf(0);
    const f = candidateFeatures(doc, 0, win, cands, { kind: 'direct', startsBlock: true, quoteOnlyBlock: true, words: 6, afterColonBlock: false, mentionCount: () => 1, topPerson: null });
    expect(f[cands.findIndex((c) => c.ref?.text === 'Lena Ivory')]).not.toContain('sentSubject');
  });
});

describe('a quotation over several paragraphs with no attribution', () => {
  it('is someone’s speech: the person the paragraph before is about says all of it', () => {
    const out = said('Tomas Brell meanwhile won his match, beating Ivo Marsh in straight sets.', '“It was a good day for me. I liked the court and the crowd was kind to me.', '“I will rest now and play again on Thursday, when it matters more.”');
    expect(out).toEqual([
      ['It was a good day for me. I liked the court and the crowd was kind to me.', 'Tomas Brell'],
      ['I will rest now and play again on Thursday, when it matters more.', 'Tomas Brell'],
    ]);
  });

  it('a whole paragraph of speech goes to the person the paragraph before is about', () => {
    const out = said('Tomas Brell meanwhile won his match, beating Ivo Marsh in straight sets.', '“It was a good day for me. I liked the court, the crowd was kind to me and I will rest now before Thursday.”');
    expect(out).toEqual([['It was a good day for me. I liked the court, the crowd was kind to me and I will rest now before Thursday.', 'Tomas Brell']]);
  });

  it('a short quotation with nobody in sight still may be nobody’s words', () => {
    const out = said('The stadium was renamed “Harbour Arena” last spring.');
    expect(out).toEqual([['Harbour Arena', null]]);
  });
});

describe('the chooser and speech', () => {
  const cand = (kind: Candidate['kind']): Candidate => ({ kind, ref: null, patterns: [], speechSubject: false, entity: null, unnamed: kind === 'previous' ? 'a harbour official' : null });
  const choose = modelChooser({ trainedOn: 'test', weights: {} });
  const base = { quoteIndex: 0, start: 0, end: 10, candidates: [cand('previous'), cand('nobody')], features: [], scores: [0, 1] };

  it('lets nobody win a quotation that may be a title', () => {
    expect(choose(base).index).toBe(1);
  });

  it('gives speech to the likeliest speaker, keeping that speaker’s own probability', () => {
    const r = choose({ ...base, speech: true });
    expect(r.index).toBe(0);
    expect(r.probability).toBeCloseTo(1 / (1 + Math.E), 6);
  });

  it('keeps nobody when speech has no other candidate', () => {
    expect(choose({ ...base, candidates: [cand('nobody')], scores: [0], speech: true }).index).toBe(0);
  });
});
