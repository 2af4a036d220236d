import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/analysis/quote-spans';
import { article } from './helpers';

const quotesIn = (...paras: string[]) => {
  const a = article(...paras);
  return findQuoteSpans(a).map((s) => a.text.slice(s.start, s.end));
};

describe('quote marks', () => {
  it('reads curly double quotes', () => {
    expect(quotesIn('She said “we are ready” on Monday.')).toEqual(['we are ready']);
  });
  it('reads straight double quotes', () => {
    expect(quotesIn('He called it "a mistake" and "a shame".')).toEqual(['a mistake', 'a shame']);
  });
  it('reads curly single quotes (British and headline style)', () => {
    expect(quotesIn('Minister calls plan ‘unworkable’ after vote')).toEqual(['unworkable']);
  });
  it('reads straight single quotes', () => {
    expect(quotesIn("Talks are 'frank and useful', envoy says")).toEqual(['frank and useful']);
  });
  it('does not take apostrophes for quotes', () => {
    expect(quotesIn("Norland's plan isn't new; it dates from the '90s and the workers' union backs it.")).toEqual([]);
    expect(quotesIn('Norland’s plan isn’t new; it dates from the ’90s.')).toEqual([]);
  });
  it('keeps a plural possessive inside a single-quoted span', () => {
    expect(quotesIn("She said the plan was 'the farmers' best hope' for now.")).toEqual(["the farmers' best hope"]);
  });
  it('reads guillemets and German low-high quotes', () => {
    expect(quotesIn('Il a dit «nous partons» hier.')).toEqual(['nous partons']);
    expect(quotesIn('Er sagte: „Wir gehen“, und ging.')).toEqual(['Wir gehen']);
  });
  it('splits a quote interrupted by its attribution', () => {
    expect(quotesIn('“We will go,” he said, “but not today.”')).toEqual(['We will go,', 'but not today.']);
  });
  it('keeps nested single quotes inside the outer quote', () => {
    expect(quotesIn('“They told us ‘wait’ and we waited,” she said.')).toEqual(['They told us ‘wait’ and we waited,']);
  });
  it('follows a quotation over several paragraphs', () => {
    const a = article('“The first part goes on.', '“The second part too.', '“And it ends here,” she said.');
    const spans = findQuoteSpans(a);
    expect(spans.map((s) => a.text.slice(s.start, s.end))).toEqual(['The first part goes on.', 'The second part too.', 'And it ends here,']);
    expect(spans.map((s) => s.continues)).toEqual([true, true, false]);
    expect(spans.map((s) => s.continuation)).toEqual([false, true, true]);
  });
  it('ignores a lone stray mark', () => {
    expect(quotesIn('The 6" pipe burst.')).toEqual([]);
  });
});

describe('a quotation over several paragraphs', () => {
  it('runs on past a photo caption set between its paragraphs', () => {
    const a = article('Dana Whitlock said: “The first part.', ['caption', 'A harbour at dusk (Image: Agency)'], '“The last part.”');
    const spans = findQuoteSpans(a).map((s) => ({ text: a.text.slice(s.start, s.end), continues: s.continues, continuation: s.continuation }));
    expect(spans).toEqual([
      { text: 'The first part.', continues: true, continuation: false },
      { text: 'The last part.', continues: false, continuation: true },
    ]);
  });
  it('keeps the caption’s own quotes apart from the running quotation', () => {
    const a = article('Dana Whitlock said: “The first part.', ['caption', 'The “Harbour Lights” show'], '“The last part.”');
    expect(findQuoteSpans(a).map((s) => a.text.slice(s.start, s.end))).toEqual(['The first part.', 'Harbour Lights', 'The last part.']);
  });
});
