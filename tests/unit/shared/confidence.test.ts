import { describe, expect, it } from 'vitest';
import { CHECK_BELOW, certaintyText, percent, probability, speakerCertainty } from '../../../src/shared/confidence';
import { parseSpeaker } from '../../../src/shared/speaker-value';
import { storedCertainty, storedToCheck } from '../../../src/shared/speakers';
import type { AnnotationRecord } from '../../../src/shared/records';
import { annotationRecord } from '../support/records';

const SELECTORS: AnnotationRecord['selectors'] = {
  quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  astralBefore: 0,
};

describe('speakerCertainty', () => {
  it('marks a speaker below the threshold to check and one at or above it likely', () => {
    expect(speakerCertainty(CHECK_BELOW - 0.001)).toEqual({ band: 'check', confidence: CHECK_BELOW - 0.001 });
    expect(speakerCertainty(CHECK_BELOW)).toEqual({ band: 'likely', confidence: CHECK_BELOW });
    expect(speakerCertainty(0)).toMatchObject({ band: 'check' });
    expect(speakerCertainty(1)).toMatchObject({ band: 'likely' });
  });

  it("takes the reader's correction as certain, whatever the analysis said", () => {
    expect(speakerCertainty(0.2, true)).toEqual({ band: 'corrected', confidence: null });
  });

  it('says "unknown" for what is not a probability (saved before it was kept, or garbled)', () => {
    for (const v of [undefined, null, Number.NaN, -0.1, 1.01, Number.POSITIVE_INFINITY]) expect(speakerCertainty(v)).toEqual({ band: 'unknown', confidence: null });
    expect(probability('0.5')).toBeNull();
  });

  it('says the band in words with the number, never 0% or 100%', () => {
    expect(certaintyText(speakerCertainty(0.45))).toBe('Unsure — check who said this (45% sure of this speaker)');
    expect(certaintyText(speakerCertainty(0.93))).toBe('Likely speaker (93% sure of this speaker)');
    expect(certaintyText(speakerCertainty(0.3, true))).toBe('Speaker set by you');
    expect([percent(0.999), percent(0.001), percent(0.705)]).toEqual(['99%', '1%', '71%']);
  });
});

describe('storedCertainty', () => {
  const quote = (over: Partial<AnnotationRecord>) =>
    annotationRecord({ id: 'q', articleId: 'https://news.example/a', kind: 'quote', selectors: SELECTORS, text: 'x', speaker: parseSpeaker('Ines Varga'), ...over });

  it('is null where no speaker is named (another kind, or nobody)', () => {
    expect(storedCertainty(quote({ kind: 'highlight', speakerConfidence: 0.3 }))).toBeNull();
    expect(storedCertainty(quote({ speaker: parseSpeaker(null), speakerConfidence: 0.3 }))).toBeNull();
  });

  it('reads the stored probability; a correction is certain; an old row is unknown', () => {
    expect(storedToCheck(quote({ speakerConfidence: 0.3 }))).toBe(true);
    expect(storedToCheck(quote({ speakerConfidence: 0.3, speakerCorrection: 'Ines Varga' }))).toBe(false);
    expect(storedCertainty(quote({ speakerConfidence: 0.3, speakerCorrection: '  ' }))?.band).toBe('check');
    expect(storedCertainty(quote({}))?.band).toBe('unknown');
    expect(storedCertainty(quote({ speaker: parseSpeaker('unnamed: a dock worker'), speakerConfidence: 0.8 }))?.band).toBe('likely');
  });
});
