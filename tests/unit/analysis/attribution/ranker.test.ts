import { describe, expect, it } from 'vitest';
import { rank, softmax } from '../../../../src/analysis/attribution/ranker';

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
});
