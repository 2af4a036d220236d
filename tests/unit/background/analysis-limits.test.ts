import { describe, expect, it } from 'vitest';
import type { Analysis, ArticleText } from '../../../src/analysis/types';
import { bothStopped, capAnalysis, clipArticle, MAX_MENTIONS, MAX_QUOTES } from '../../../src/background/analysis-limits';
import { LIMITS } from '../../../src/shared/limits';

const RESULT: Analysis = { quotes: [], actors: [{ name: 'Ana Ruiz', type: 'person', aliases: [], mentions: [{ start: 0, end: 8 }] }] };

describe('analysis limits', () => {
  it('text over the article limit is cut before analysis, and the reader is told the limit', () => {
    const long = 'a'.repeat(LIMITS.article + 10);
    const { article: cut, stopped } = clipArticle({ title: '', text: long, blocks: [{ kind: 'paragraph', start: 0, end: 100 }, { kind: 'paragraph', start: 102, end: long.length }] });
    expect(cut.text).toHaveLength(LIMITS.article);
    expect(cut.blocks).toHaveLength(1);
    expect(stopped?.reason).toBe('too-long');
    expect(stopped?.message).toContain(LIMITS.article.toLocaleString('en'));
    expect(() => clipArticle({ text: 5 } as unknown as ArticleText)).toThrow('malformed article text');
  });

  it('keeps the first quotations and mentions of a page that has too many, and tells the reader', () => {
    const quote = (i: number) => ({ start: 4 * i, end: 4 * i + 1, text: 'a', speaker: { kind: 'nobody' as const }, speakerMention: null, speakerRole: null, cue: null, kind: 'partial' as const, confidence: 0.5, rule: 'nobody' });
    const quotes = Array.from({ length: MAX_QUOTES + 10 }, (_, i) => quote(i));
    // Two actors whose mentions interleave: the first mentions in the text are kept, whoever they name.
    const mentions = (from: number) => Array.from({ length: MAX_MENTIONS }, (_, i) => ({ start: 10 * (2 * i + from), end: 10 * (2 * i + from) + 3 }));
    const actors = [
      { name: 'Ana Ruiz', type: 'person' as const, aliases: [], mentions: mentions(0) },
      { name: 'Tomas Berg', type: 'person' as const, aliases: [], mentions: mentions(1) },
      { name: 'Late Name', type: 'person' as const, aliases: [], mentions: [{ start: 10 ** 9, end: 10 ** 9 + 4 }] },
    ];
    const { analysis, stopped } = capAnalysis({ quotes, actors });
    expect(analysis.quotes).toEqual(quotes.slice(0, MAX_QUOTES));
    expect(analysis.actors.map((a) => [a.name, a.mentions.length])).toEqual([
      ['Ana Ruiz', MAX_MENTIONS / 2],
      ['Tomas Berg', MAX_MENTIONS / 2],
    ]);
    expect(stopped?.reason).toBe('too-many');
    expect(stopped?.message).toContain(`shows the first ${MAX_QUOTES.toLocaleString('en')}`);
  });

  it('leaves an ordinary analysis as it is', () => {
    expect(capAnalysis(RESULT)).toEqual({ analysis: RESULT, stopped: null });
  });

  it('sends no quotation of kind other (titles, scare quotes): nothing shows them', () => {
    const q = (start: number, kind: 'direct' | 'other') => ({ start, end: start + 1, text: 'a', speaker: { kind: 'nobody' as const }, speakerMention: null, speakerRole: null, cue: null, kind, confidence: 0.5, rule: 'nobody' });
    const quotes = [q(0, 'other'), q(4, 'direct'), ...Array.from({ length: MAX_QUOTES }, (_, i) => q(10 + 4 * i, 'other'))];
    expect(capAnalysis({ quotes, actors: [] })).toEqual({ analysis: { quotes: [quotes[1]], actors: [] }, stopped: null });
  });

  it('an outcome says both why the article was cut and why its analysis was', () => {
    const quotes = Array.from({ length: MAX_QUOTES + 1 }, (_, i) => ({ start: 4 * i, end: 4 * i + 1, text: 'a', speaker: { kind: 'nobody' as const }, speakerMention: null, speakerRole: null, cue: null, kind: 'partial' as const, confidence: 0.5, rule: 'nobody' }));
    const stopped = bothStopped({ reason: 'too-long', message: 'Cut at the limit.' }, capAnalysis({ quotes, actors: [] }).stopped);
    expect(stopped?.reason).toBe('too-long');
    expect(stopped?.message).toMatch(/^Cut at the limit\. This page has/);
  });
});
