import { describe, expect, it } from 'vitest';
import { attributeEchoes } from '../../../../src/analysis/attribution/echoes';
import type { Quote } from '../../../../src/analysis/types';
import { said } from '../helpers';

let at = 0;
function quote(text: string, speaker: Quote['speaker'], start?: number): Quote {
  at += 1000;
  start ??= at;
  return { start, end: start + text.length, text, speaker, speakerMention: null, speakerRole: null, cue: null, kind: 'direct', confidence: 0.9 };
}
const named = (name: string): Quote['speaker'] => ({ kind: 'named', name });
const nobody: Quote['speaker'] = { kind: 'nobody' };

describe('echoes: a quotation repeating another one is its speaker’s', () => {
  it('a pull quote and a picked-up word take the speaker of the quotation they repeat', () => {
    const out = attributeEchoes([quote('We have to hear the sea', nobody), quote('an unheard-of move', nobody), quote('It is a sign. We have to hear the sea.', named('Ilse Varn')), quote('This is an unheard-of move for the valley', named('Tomas Orr'))]);
    expect(out.map((q) => q.speaker)).toEqual([named('Ilse Varn'), named('Tomas Orr'), named('Ilse Varn'), named('Tomas Orr')]);
    expect(out[0]).toMatchObject({ rule: 'echo', kind: 'partial' });
  });
  it('matches whole words only, and never a quotation inside the one it is in', () => {
    const outer = quote('They called it “fair play” then', named('Ilse Varn'), 0);
    const inner = quote('fair play', nobody, 15);
    expect(attributeEchoes([outer, inner])[1]!.speaker).toEqual(nobody);
    expect(attributeEchoes([quote('play', nobody), quote('the players left', named('Tomas Orr'))])[0]!.speaker).toEqual(nobody);
  });
  it('a name or a title in quotation marks is not an echo', () => {
    expect(attributeEchoes([quote('Silver Road', nobody), quote('I wrote Silver Road in a week', named('Tomas Orr'))])[0]!.speaker).toEqual(nobody);
  });
  it('the nearest repeated quotation wins; speakers the ranker chose stay', () => {
    const out = attributeEchoes([quote('go home', named('A Person'), 0), quote('we must go home now', named('Ilse Varn'), 100), quote('go home', nobody, 200), quote('you should go home', named('Tomas Orr'), 5000)]);
    expect(out.map((q) => q.speaker)).toEqual([named('A Person'), named('Ilse Varn'), named('Ilse Varn'), named('Tomas Orr')]);
  });
  it('in the pipeline: a heading that repeats a later quotation', () => {
    const got = said(
      ['heading', '‘We must listen’'],
      'Elder Marama Teka has watched the bay for decades.',
      '“The sea is telling us something. We must listen,” said Teka.',
    );
    expect(got).toEqual([
      ['We must listen', 'Marama Teka'],
      ['The sea is telling us something. We must listen,', 'Marama Teka'],
    ]);
  });
});
