import { describe, expect, it } from 'vitest';
import { accuracy, type Example, fitLogit } from '../../../scripts/train/conditional-logit';

// Right candidates carry 'good'; a noise feature is shared at random.
const examples: Example[] = Array.from({ length: 60 }, (_, i) => {
  const right = i % 3;
  const features = [0, 1, 2].map((c) => [c === right ? 'good' : 'bad', (i + c) % 2 ? 'noise' : 'other']);
  return { features, positives: [right] };
});

describe('conditional logit', () => {
  it('learns which feature marks the right candidate', () => {
    const w = fitLogit(examples, { epochs: 5, l2: 1e-4, rate: 0.1, seed: 1 });
    expect(w.get('good')!).toBeGreaterThan(w.get('bad')!);
    expect(accuracy(w, examples)).toBe(1);
  });

  it('is deterministic for a seed', () => {
    const a = fitLogit(examples, { epochs: 3, l2: 1e-4, rate: 0.1, seed: 5 });
    const b = fitLogit(examples, { epochs: 3, l2: 1e-4, rate: 0.1, seed: 5 });
    expect([...a]).toEqual([...b]);
  });
});
