import { describe, expect, it } from 'vitest';
import { countKinds, detectedAnnotations, mergeDetected, readerTouched } from '../../../src/storage/build';
import { ANALYSIS, ARTICLE_ID, ARTICLE_TEXT } from '../../fixtures/storage/sample';
import { parseSpeaker } from '../../../src/shared/speaker-value';

describe('detected rows', () => {
  const rows = detectedAnnotations(ARTICLE_ID, ARTICLE_TEXT, ANALYSIS, 1_000);

  it('keeps speech quotes and actors with a mention; ids depend on text, not offsets', () => {
    expect(countKinds(rows)).toEqual({ quotes: 4, actors: 4, highlights: 0, notes: 0 });
    const shifted = `New lede paragraph.\n\n${ARTICLE_TEXT}`;
    const moved = {
      quotes: ANALYSIS.quotes.map((q) => ({ ...q, start: q.start + 21, end: q.end + 21 })),
      actors: ANALYSIS.actors.map((a) => ({ ...a, mentions: a.mentions.map((m) => ({ start: m.start + 21, end: m.end + 21 })) })),
    };
    const again = detectedAnnotations(ARTICLE_ID, shifted, moved, 2_000);
    expect(again.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(again[0]!.selectors.position.start).toBe(rows[0]!.selectors.position.start + 21);
  });

  it('merging keeps reader fields and bumps `updated` only when the detection changed', () => {
    const old = { ...rows[0]!, note: 'mine', tags: ['t'], speakerCorrection: 'X', created: 10, updated: 20 };
    expect(readerTouched(old)).toBe(true);
    expect(readerTouched(rows[0]!)).toBe(false);
    const same = mergeDetected({ ...rows[0]!, updated: 99 }, old);
    expect(same).toMatchObject({ note: 'mine', tags: ['t'], speakerCorrection: 'X', created: 10, updated: 20, speakerKey: 'x' });
    const changed = mergeDetected({ ...rows[0]!, speaker: parseSpeaker('Someone Else'), updated: 99 }, old);
    expect(changed).toMatchObject({ speaker: parseSpeaker('Someone Else'), speakerCorrection: 'X', updated: 99 });
    expect(changed.speakerKey).toBe('x');
  });

  it("keeps each quote's speaker probability; a re-analysis refreshes it (a row saved before it was kept gets it)", () => {
    const quotes = ANALYSIS.quotes.filter((q) => q.kind !== 'other');
    expect(rows.filter((r) => r.kind === 'quote').map((r) => r.speakerConfidence)).toEqual(quotes.map((q) => q.confidence));
    expect(rows.filter((r) => r.kind === 'actor').every((r) => r.speakerConfidence === undefined)).toBe(true);
    const { speakerConfidence: _, ...saved } = { ...rows[0]!, speakerCorrection: 'X', updated: 20 };
    const merged = mergeDetected({ ...rows[0]!, speakerConfidence: 0.42, updated: 99 }, saved);
    expect(merged).toMatchObject({ speakerConfidence: 0.42, speakerCorrection: 'X', updated: 99 });
  });
});
