import { describe, expect, it } from 'vitest';
import { stagesOf } from './stages';

const words = (ts: { text: string }[]) => ts.map((t) => t.text).join(' ');

describe('quote window', () => {
  it('reads the sentence before the opening mark and after the closing mark', () => {
    const { candidatesOf } = stagesOf('Before the vote, Ana Lindqvist told reporters: “We will win this.” She left soon after.');
    const { win } = candidatesOf(0);
    expect(words(win.pre)).toBe('Before the vote , Ana Lindqvist told reporters :');
    expect(win.postIsNextSentence).toBe(true);
    expect(words(win.post)).toBe('She left soon after .');
  });

  it('stops after-words at the next quotation', () => {
    const { candidatesOf } = stagesOf('“First part,” said Ana Lindqvist, “and second part.”');
    const { win } = candidatesOf(0);
    expect(words(win.post)).toBe('said Ana Lindqvist ,');
    expect(win.postCutByQuote).toBe(true);
  });

  it('keeps windows short when one sentence holds thousands of quotations', () => {
    const { doc, candidatesOf } = stagesOf('“a” '.repeat(3000));
    const { win } = candidatesOf(doc.spans.length - 1);
    expect(win.pre.length).toBeLessThanOrEqual(60);
  });
});
