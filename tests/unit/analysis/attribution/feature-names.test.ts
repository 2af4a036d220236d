import { describe, expect, it } from 'vitest';
import { FeatureNames } from '../../../../src/analysis/attribution/feature-names';

describe('feature names', () => {
  it('join parts into the same string object every time', () => {
    const names = new FeatureNames();
    const a = names.of('dir=', 'after', '|sd=', '0');
    expect(a).toBe('dir=after|sd=0');
    // Identity, not only equality: the ranker's lookups rely on the string keeping its hash.
    expect(Object.is(names.of('dir=', 'after', '|sd=', '0'), a)).toBe(true);
    expect(names.join(names.of('dir=', 'after'), '|sd=0')).toBe(a);
  });

  it('build a shared value once per key', () => {
    const names = new FeatureNames();
    let made = 0;
    const make = () => ({ n: ++made });
    const first = names.once('k', make);
    expect(names.once('k', make)).toBe(first);
    expect(names.once('other', make)).toEqual({ n: 2 });
    expect(made).toBe(2);
  });
});
