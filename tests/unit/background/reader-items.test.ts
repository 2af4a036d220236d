import { describe, expect, it } from 'vitest';
import { applyCorrections, placeReaderItems } from '../../../src/background/reader-items';
import { isReaderItem } from '../../../src/shared/annotations';
import { analysis, quote, record } from '../page/make';
import { parseSpeaker, speakerString } from '../../../src/shared/speaker-value';
import { READER_RULE } from '../../../src/shared/confidence';
import { quoteCertainty } from '../../../src/popup/group-quotes';

const TEXT = [
  'The harbour board met on Tuesday.',
  '“We will reopen in spring,” said Pia Holm, the port director.',
  'Ed Marsh, a fisherman, was not convinced. “Spring is a guess,” he said.',
].join('\n\n');

const span = (passage: string, text = TEXT): [number, number] => {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in text: ${passage}`);
  return [start, start + passage.length];
};

describe('placeReaderItems', () => {
  const fisherman = record(TEXT, ...span('a fisherman'), { kind: 'note', note: 'source?' });
  const board = record(TEXT, ...span('harbour board'), { kind: 'highlight', colour: 'green' });
  const detectedQuote = record(TEXT, ...span('We will reopen in spring,'), { kind: 'quote', speaker: parseSpeaker('Pia Holm') });
  const detectedActor = record(TEXT, ...span('Ed Marsh'), { kind: 'actor', actorType: 'person' });

  it('places only highlights and notes, sorted by where they start', () => {
    const items = placeReaderItems(TEXT, [fisherman, detectedQuote, board, detectedActor]);
    expect(items.placed.map((p) => p.annotation)).toEqual([board, fisherman]);
    expect(items.placed.map((p) => TEXT.slice(p.start, p.end))).toEqual(['harbour board', 'a fisherman']);
    expect(items.notFound).toEqual([]);
  });

  it('follows a passage that moved and lists the ones whose passage is gone', () => {
    const edited = `Updated at noon.\n\n${TEXT.replace('Ed Marsh, a fisherman, was not convinced. ', '')}`;
    const items = placeReaderItems(edited, [fisherman, board]);
    expect(items.placed).toHaveLength(1);
    expect(items.placed[0]).toMatchObject({ annotation: board, start: span('harbour board', edited)[0], end: span('harbour board', edited)[1] });
    expect(items.notFound).toEqual([fisherman]);
  });

  it('returns nothing for no reader items', () => {
    expect(placeReaderItems(TEXT, [detectedQuote, detectedActor])).toEqual({ placed: [], notFound: [] });
  });

  it('isReaderItem is true for highlight and note only', () => {
    expect([fisherman, board, detectedQuote, detectedActor].map(isReaderItem)).toEqual([true, true, false, false]);
  });
});

describe('applyCorrections', () => {
  const [s1, e1] = span('We will reopen in spring,');
  const [s2, e2] = span('Spring is a guess,');
  const base = analysis([
    quote(s1, e1, 'Pia Holm', { speakerMention: 'Pia Holm', confidence: 0.9 }),
    quote(s2, e2, null, { speakerMention: 'he', confidence: 0.4 }),
  ]);

  it("overrides the overlapping quote's speaker with the reader's, at full confidence", () => {
    const correction = record(TEXT, s2, e2, { kind: 'quote', speaker: parseSpeaker(null), speakerCorrection: 'Ed Marsh' });
    const out = applyCorrections(base, TEXT, [correction]);
    expect(out.quotes[1]).toEqual({ ...base.quotes[1], speaker: parseSpeaker('Ed Marsh'), speakerMention: null, confidence: 1, rule: READER_RULE });
    // The popup says "set by you", not "likely", for the reader's own speaker.
    expect(quoteCertainty(out.quotes[1]!)?.band).toBe('corrected');
    expect(quoteCertainty(out.quotes[0]!)?.band).toBe('likely');
    expect(out.quotes[0]).toBe(base.quotes[0]);
    expect(out.actors).toBe(base.actors);
    // The input analysis is left as it was.
    expect(base.quotes[1]!.speaker).toEqual({ kind: 'nobody' });
  });

  it('applies a correction whose stored span only overlaps the new quote (re-analysis drew it differently)', () => {
    const stored = record(TEXT, s2 - 1, e2 - 5, { kind: 'quote', speakerCorrection: 'Ed Marsh' });
    expect(speakerString(applyCorrections(base, TEXT, [stored]).quotes[1]!.speaker)).toBe('Ed Marsh');
  });

  it('finds the corrected quote again after the text moved', () => {
    const correction = record(TEXT, s1, e1, { kind: 'quote', speakerCorrection: 'unnamed: a board member' });
    const moved = `Breaking.\n\n${TEXT}`;
    const shift = 'Breaking.\n\n'.length;
    const movedAnalysis = analysis(base.quotes.map((q) => ({ ...q, start: q.start + shift, end: q.end + shift })));
    const out = applyCorrections(movedAnalysis, moved, [correction]);
    expect(out.quotes.map((q) => speakerString(q.speaker))).toEqual(['unnamed: a board member', null]);
  });

  it('returns the very same analysis when there is no correction to apply', () => {
    const uncorrected = record(TEXT, s1, e1, { kind: 'quote', speaker: parseSpeaker('Pia Holm') });
    const highlight = record(TEXT, s1, e1, { kind: 'highlight', speakerCorrection: 'Ed Marsh' });
    expect(applyCorrections(base, TEXT, [])).toBe(base);
    expect(applyCorrections(base, TEXT, [uncorrected, highlight])).toBe(base);
  });

  it('changes nothing when the corrected passage is gone from the text', () => {
    const correction = record(TEXT, s2, e2, { kind: 'quote', speakerCorrection: 'Ed Marsh' });
    const cut = TEXT.replace('“Spring is a guess,” he said.', '');
    const out = applyCorrections(analysis([base.quotes[0]!]), cut, [correction]);
    expect(out.quotes).toEqual([base.quotes[0]]);
  });
});
