import { describe, expect, it } from 'vitest';
import { READER_RULE } from '../../../src/shared/confidence';
import type { Quote } from '../../../src/analysis/types';
import { type AnalysedItem, describeItem, itemAt } from '../../../src/page/item-at';
import { actor, analysis, mark, quote } from './make';
import { parseSpeaker, speakerString } from '../../../src/shared/speaker-value';

describe('itemAt', () => {
  // A quote over [10, 30) with an actor mention at [12, 16) inside it, a mark over [14, 20).
  const rosa = actor('Rosa Lind', 'person', [[12, 16], [40, 44]]);
  const a = analysis([quote(10, 30, 'Rosa Lind'), quote(50, 60, 'Not speech', { kind: 'other' })], [rosa, actor('Kelp Bank', 'organization', [[52, 56]])]);
  const marks = [mark(14, 20)];

  it("prefers the reader's mark over a quote over an actor", () => {
    expect(itemAt(15, a, marks)).toEqual({ kind: 'mark', mark: marks[0] });
    expect(itemAt(13, a, marks)).toMatchObject({ kind: 'quote', quote: a.quotes[0] });
    expect(itemAt(13, a, [])).toMatchObject({ kind: 'quote' });
    expect(itemAt(41, a, marks)).toEqual({ kind: 'actor', actor: rosa, mentionCount: 2 });
  });

  it("ignores 'other' quotes: an actor inside one is found, an empty stretch gives null", () => {
    expect(itemAt(53, a, marks)).toMatchObject({ kind: 'actor', actor: { name: 'Kelp Bank' }, mentionCount: 1 });
    expect(itemAt(51, a, marks)).toBeNull();
  });

  it('treats span starts as inside and span ends as outside', () => {
    expect(itemAt(10, a, [])?.kind).toBe('quote');
    expect(itemAt(29, a, [])?.kind).toBe('quote');
    expect(itemAt(30, a, [])).toBeNull();
    expect(itemAt(9, a, [])).toBeNull();
    expect(itemAt(14, a, marks)?.kind).toBe('mark');
    expect(itemAt(20, a, marks)?.kind).toBe('quote');
    expect(itemAt(40, a, [])?.kind).toBe('actor');
    expect(itemAt(44, a, [])).toBeNull();
  });

  it('finds marks even before the analysis has arrived', () => {
    expect(itemAt(15, null, marks)?.kind).toBe('mark');
    expect(itemAt(25, null, marks)).toBeNull();
  });
});

describe('describeItem', () => {
  const quoteItem = (q: Partial<Quote>): AnalysedItem => ({ kind: 'quote', quote: quote(0, 5, q.speaker ? speakerString(q.speaker) : null, q) });

  it('names the speaker and lists role and cue', () => {
    expect(describeItem(quoteItem({ speaker: parseSpeaker('Rosa Lind'), speakerRole: 'harbour master', cue: 'told reporters' }))).toEqual({
      title: 'Rosa Lind',
      details: ['harbour master', 'told reporters'],
      speakerConfidence: 0.8,
    });
  });

  it("carries the speaker's probability for the frame to show, and none when nobody was found", () => {
    expect(describeItem(quoteItem({ speaker: parseSpeaker('unnamed: a port official'), confidence: 0.41 })).speakerConfidence).toBe(0.41);
    expect(describeItem(quoteItem({ speaker: parseSpeaker(null), confidence: 0.41 }))).not.toHaveProperty('speakerConfidence');
  });

  it('says when the speaker is the one the reader set', () => {
    expect(describeItem(quoteItem({ speaker: parseSpeaker('Rosa Lind'), confidence: 1, rule: READER_RULE })).speakerCorrected).toBe(true);
    expect(describeItem(quoteItem({ speaker: parseSpeaker('Rosa Lind'), confidence: 0.99 }))).not.toHaveProperty('speakerCorrected');
  });

  it('shows an unnamed speaker as "Unnamed source (…)"', () => {
    expect(describeItem(quoteItem({ speaker: parseSpeaker('unnamed: a port official') })).title).toBe('Unnamed source (a port official)');
  });

  it('says so when no speaker was identified, and drops missing role and cue lines', () => {
    expect(describeItem(quoteItem({ speaker: parseSpeaker(null), speakerRole: null, cue: null }))).toEqual({ title: 'Speaker not identified', details: [] });
    expect(describeItem(quoteItem({ speaker: parseSpeaker('Rosa Lind'), speakerRole: null, cue: 'said' })).details).toEqual(['said']);
  });

  it('does not show a courtesy title as a role', () => {
    for (const role of ['Mr.', 'Dr', 'Mme', 'Herr', 'Sra.', 'Mr. and Mrs.']) {
      expect(describeItem(quoteItem({ speaker: parseSpeaker('Rosa Lind'), speakerRole: role, cue: 'said' })).details).toEqual(['said']);
    }
  });

  it('counts actor mentions with singular and plural', () => {
    const org = actor('Kelp Bank', 'organization', [[0, 4]]);
    expect(describeItem({ kind: 'actor', actor: org, mentionCount: 1 })).toEqual({ title: 'Kelp Bank', details: ['Organization · mentioned 1 time'] });
    const place = actor('Eastmoor', 'place', [[0, 4], [9, 13], [20, 24]]);
    expect(describeItem({ kind: 'actor', actor: place, mentionCount: 3 }).details).toEqual(['Place · mentioned 3 times']);
    expect(describeItem({ kind: 'actor', actor: actor('Rosa Lind', 'person', []), mentionCount: 2 }).details).toEqual(['Person · mentioned 2 times']);
  });

});
