import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import { article } from './helpers';

const PARA =
  'Harbour spokeswoman Lena Okafor said the port would stay “open for business,” despite the storm. ' +
  '“We have crews on standby,” she said. The Norland Fisheries Agency and NATO observers were told to wait, according to Tomas Ferreira.';

function articleOf(chars: number) {
  const paras: string[] = [];
  let n = 0;
  while (n < chars) {
    paras.push(PARA);
    n += PARA.length + 2;
  }
  return article(...paras);
}

describe('performance', () => {
  it('analyses a 1 MB article in roughly linear time', () => {
    const small = articleOf(100_000);
    const big = articleOf(1_000_000);
    analyze(small); // warm-up
    let t0 = performance.now();
    analyze(small);
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    const r = analyze(big);
    const tBig = performance.now() - t0;
    expect(r.quotes.length).toBeGreaterThan(1000);
    // Linear would be ×10; allow a generous ×40 plus slack so slow machines do not flake.
    expect(tBig).toBeLessThan(tSmall * 40 + 2000);
    expect(tBig).toBeLessThan(15_000);
  });
});
