import { describe, expect, it } from 'vitest';
import { spanAt } from '../../../src/analysis/sentences';

describe('spanAt', () => {
  const spans = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 20, end: 31 },
  ];

  it('finds the span holding a position, start inclusive, end exclusive', () => {
    expect(spanAt(spans, 0)).toEqual({ index: 0, inside: true });
    expect(spanAt(spans, 9)).toEqual({ index: 0, inside: true });
    expect(spanAt(spans, 20)).toEqual({ index: 2, inside: true });
  });

  it('points at the span before a gap, or -1 before the first', () => {
    expect(spanAt(spans, 10)).toEqual({ index: 0, inside: false });
    expect(spanAt(spans, 40)).toEqual({ index: 2, inside: false });
    expect(spanAt([{ start: 5, end: 8 }], 2)).toEqual({ index: -1, inside: false });
    expect(spanAt([], 3)).toEqual({ index: -1, inside: false });
  });
});
