import { describe, expect, it } from 'vitest';
import { FeatureNames } from '../../../../src/analysis/attribution/feature-names';
import { candidateFeatures, type QuoteFacts, writeFeatures } from '../../../../src/analysis/attribution/features';
import { type RankerModel, rank, score, softmax, WeightSum } from '../../../../src/analysis/attribution/ranker';
import model from '../../../../src/analysis/models/speaker-ranker.json';
import { stagesOf } from './stages';

describe('ranker', () => {
  it('turns summed feature weights into probabilities that sum to one', () => {
    const model = { trainedOn: 'test', weights: { a: 2, b: -1, c: 0.5 } };
    const r = rank(model, [['a'], ['b', 'c'], []]);
    expect(r.index).toBe(0);
    expect(r.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 10);
    expect(r.probability).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(-0.5) + 1), 10);
  });

  it('stays finite on large scores', () => {
    expect(softmax([1000, 999]).every(Number.isFinite)).toBe(true);
  });

  it('scores candidates at run time exactly as the sum over their named features', () => {
    const { doc, candidatesOf } = stagesOf(
      'Tomas Berg, the ministry spokesman, arrived late on Monday.',
      '“We will not sign this,” he said, adding that talks would go on. “Never,” said Ana Lindqvist of the Norland Ferry Company.',
      '“It is over,” the union said in a statement.',
    );
    const m = model as RankerModel;
    const facts: QuoteFacts = { kind: 'direct', startsBlock: false, quoteOnlyBlock: false, words: 5, afterColonBlock: false, mentionCount: () => 2, topPerson: null };
    const names = new FeatureNames();
    const sum = new WeightSum(m, names);
    let compared = 0;
    for (let qi = 0; qi < doc.spans.length; qi++) {
      const { win, cands } = candidatesOf(qi);
      const byName = candidateFeatures(doc, qi, win, cands, facts, names).map((f) => score(m, f));
      sum.reset();
      writeFeatures(doc, qi, win, cands, facts, names, sum);
      // Bit for bit: the chooser breaks near-ties, so a rounding difference could change a speaker.
      expect(sum.scores).toEqual(byName);
      compared += cands.length;
    }
    expect(compared).toBeGreaterThan(6);
  });
});
