import { describe, expect, it } from 'vitest';
import { candidateFeatures } from '../../../../src/analysis/attribution/features';
import { stagesOf } from './stages';

function featuresOf(...paras: string[]) {
  const { doc, candidatesOf } = stagesOf(...paras);
  const { win, cands } = candidatesOf(0);
  const f = candidateFeatures(doc, 0, win, cands, {
    kind: 'direct',
    startsBlock: true,
    quoteOnlyBlock: false,
    words: 5,
    afterColonBlock: false,
    mentionCount: () => 1,
    topPerson: null,
  });
  return (text: string) => f[cands.findIndex((c) => c.ref?.text === text)] ?? [];
}

describe('features', () => {
  it('name the words between the quotation and the candidate', () => {
    const of = featuresOf('“We will win”, said Ana Lindqvist, who chairs the board.');
    expect(of('Ana Lindqvist')).toContain('after:,V');
    expect(of('Ana Lindqvist')).toContain('cue=say');
  });

  it('read any inflection and adverb of a verb of saying by its lemma', () => {
    const of = featuresOf('“We will win”, Ana Lindqvist sternly insisted.');
    expect(of('Ana Lindqvist')).toContain('cue=insist');
    expect(of('Ana Lindqvist')).toContain('after:,|next=aV');
  });

  it('tell the sides and distances apart', () => {
    const of = featuresOf('Tomas Berg arrived late.', '“We will win,” Ana Lindqvist said.');
    expect(of('Ana Lindqvist')).toContain('dir=after|sd=0');
    expect(of('Tomas Berg')).toContain('dir=before|sd=1');
    expect(of('Tomas Berg')).toContain('bd=1');
  });

  it('type a name the tagger missed by what its words say', () => {
    const { doc, candidatesOf } = stagesOf('“We will win,” said Xu Hau-yip of the Norland Ferry Company.');
    const { win, cands } = candidatesOf(0);
    const f = candidateFeatures(doc, 0, win, cands, { kind: 'direct', startsBlock: true, quoteOnlyBlock: false, words: 3, afterColonBlock: false, mentionCount: () => 1, topPerson: null });
    for (const [i, c] of cands.entries()) {
      if (c.kind !== 'name' || c.entity) continue;
      const type = f[i]!.find((x) => x.startsWith('type='));
      expect(type).toBe(/Company$/.test(c.ref!.text) ? 'type=newOrganization' : 'type=newPerson');
    }
  });
});
