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
  it('never throws on any string at all (lone surrogates, controls, any script), in any block layout', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 400 });
    const layout = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('heading', 'paragraph', 'caption', 'blockquote', 'list-item' as const)), { maxLength: 6 });
    fc.assert(
      fc.property(anyText, layout, (text, spans) => {
        const blocks = spans.map(([a, b, kind]) => {
          const start = text.length ? a % text.length : 0;
          return { kind, start, end: Math.min(text.length, start + (b % 200)) };
        });
        check({ title: '', text, blocks });
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on the worst-case shapes (runs of marks, nesting, open-only marks, capitalised runs)', () => {
    const marks = ['“', '”', '‘', '’', '«', '»', '„', '"', "'", ' — ', 'a', 'Xy ', ', he said. ', '\n\n'];
    const run = fc.array(fc.tuple(fc.constantFrom(...marks), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(run, (parts) => check(article(parts.map(([m, n]) => m.repeat(n)).join('')))),
      { numRuns: 150 },
    );
  });

  it('copes with an empty article', () => {
    check({ title: '', text: '', blocks: [] });
  });
});
