import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import type { Analysis, Quote } from '../../../src/analysis/types';
import { packAnalysis, unpackAnalysis, type WireAnalysis } from '../../../src/shared/analysis-wire';

const TEXT = [
  '“We will not sign this deal,” Foreign Minister Ana Ruiz told reporters in Lisbon on Monday.',
  'The ministry said in a statement that talks with Norcam Energy would go on. “Nothing is settled,” she said.',
  'Ruiz, who met Tomas Berg of the European Commission, called the offer “a first step”.',
].join('\n\n');
const paragraphs = (text: string) => ({ title: '', text, blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length }] });

const span = fc.tuple(fc.nat(500), fc.nat(60)).map(([start, n]) => ({ start, end: start + n }));
const speaker = fc.oneof(
  fc.string().map((name) => ({ kind: 'named' as const, name })),
  fc.string().map((description) => ({ kind: 'unnamed' as const, description })),
  fc.constant({ kind: 'nobody' as const }),
);
const quote = fc
  .record({
    span,
    speaker,
    speakerMention: fc.option(fc.string()),
    speakerRole: fc.option(fc.string()),
    cue: fc.option(fc.string()),
    kind: fc.constantFrom('direct' as const, 'partial' as const, 'other' as const),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    rule: fc.option(fc.string(), { nil: undefined }),
    ownText: fc.option(fc.string()),
  })
  .map(({ span: { start, end }, ownText, rule, ...rest }) => {
    const q: Quote = { start, end, text: ownText ?? TEXT.slice(start, end), ...rest };
    if (rule !== undefined) q.rule = rule;
    return q;
  });
const actor = fc.record({
  name: fc.string(),
  type: fc.constantFrom('person' as const, 'organization' as const, 'place' as const),
  aliases: fc.array(fc.string(), { maxLength: 3 }),
  mentions: fc.array(span, { maxLength: 5 }),
});

describe('the analysis on the wire', () => {
  it('unpacks to exactly the analysis it was packed from', () => {
    fc.assert(
      fc.property(fc.record({ quotes: fc.array(quote, { maxLength: 8 }), actors: fc.array(actor, { maxLength: 4 }) }), (analysis: Analysis) => {
        const sent = (wire: WireAnalysis) => JSON.parse(JSON.stringify(wire)) as WireAnalysis;
        expect(unpackAnalysis(sent(packAnalysis(analysis, TEXT)), TEXT)).toEqual(analysis);
        // Without the article's text (the popup has none), each quotation travels with its own.
        expect(unpackAnalysis(sent(packAnalysis(analysis)))).toEqual(analysis);
      }),
    );
  });

  it('round-trips an analysed article, property order included', () => {
    const analysis = analyze(paragraphs(TEXT));
    expect(analysis.quotes.length).toBeGreaterThan(2);
    expect(analysis.actors.length).toBeGreaterThan(2);
    expect(JSON.stringify(unpackAnalysis(packAnalysis(analysis, TEXT), TEXT))).toBe(JSON.stringify(analysis));
  });

  it('leaves out the quotation texts the receiver already has: a page of short attributed quotes is a third of its size or less', () => {
    const text = '“Yes,” she said. '.repeat(2000);
    const analysis = analyze(paragraphs(text));
    expect(analysis.quotes).toHaveLength(2000);
    expect(JSON.stringify(packAnalysis(analysis, text)).length).toBeLessThan(JSON.stringify(analysis).length / 3);
  });

  it('refuses codes it does not know', () => {
    const wire = (q: WireAnalysis['quotes'][number]): WireAnalysis => ({ strings: ['said'], quotes: [q], actors: [] });
    expect(() => unpackAnalysis(wire([0, 1, 7, -1, -1, -1, 0, 0, 1, -1]), 'x')).toThrow('malformed analysis: speaker kind 7');
    expect(() => unpackAnalysis(wire([0, 1, 2, -1, -1, -1, 0, 5, 1, -1]), 'x')).toThrow('malformed analysis: quote kind 5');
    expect(() => unpackAnalysis(wire([0, 1, 2, -1, -1, -1, 3, 0, 1, -1]), 'x')).toThrow('malformed analysis: string 3');
    expect(() => unpackAnalysis({ strings: [], quotes: [], actors: [['A', 9, [], []]] }, 'x')).toThrow('malformed analysis: actor type 9');
  });
});
