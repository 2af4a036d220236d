import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import type { ArticleText } from '../../../src/analysis/types';
import { article } from './helpers';

const pieces = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', ' said ', ' he said', 'Mr. ', 'Anna Berg', 'NATO', ', ', '. ', ':', ' — ', '\n', 'the spokesman', ' according to ', 'Ministry', ' of ', 'x'];
const arbitraryText = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...pieces)), { maxLength: 60 }).map((xs) => xs.join(''));

function check(a: ArticleText) {
  const r = analyze(a);
  for (const q of r.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(a.text.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(a.text.slice(q.start, q.end)).toBe(q.text);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
  for (const act of r.actors)
    for (const m of act.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(a.text.length);
      expect(m.start).toBeLessThan(m.end);
    }
}

describe('analyze on arbitrary text', () => {
  it('never throws, offsets in range, quote text is the slice', () => {
    fc.assert(
      fc.property(fc.array(arbitraryText, { minLength: 1, maxLength: 5 }), (paras) => check(article(...paras))),
      { numRuns: 300 },
    );
  });
  it('copes with blocks that do not cover the text', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => check({ title: '', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] })),
      { numRuns: 200 },
    );
  });
  it('copes with an empty article', () => {
    check({ title: '', text: '', blocks: [] });
  });
});
