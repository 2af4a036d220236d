import { describe, expect, it } from 'vitest';
import { inflect, isSpeechVerb, speechVerbBase } from '../../../src/analysis/speech-verbs';

describe('speech verbs', () => {
  it('inflects regular verbs', () => {
    expect(inflect('warn')).toEqual(expect.arrayContaining(['warn', 'warns', 'warned', 'warning']));
    expect(inflect('argue')).toEqual(expect.arrayContaining(['argues', 'argued', 'arguing']));
    expect(inflect('reply')).toEqual(expect.arrayContaining(['replies', 'replied', 'replying']));
    expect(inflect('quip')).toEqual(expect.arrayContaining(['quipped', 'quipping']));
  });
  it('knows irregular forms', () => {
    expect(speechVerbBase('said')).toBe('say');
    expect(speechVerbBase('told')).toBe('tell');
    expect(speechVerbBase('wrote')).toBe('write');
    expect(speechVerbBase('written')).toBe('write');
  });
  it('covers a full list, not a handful', () => {
    for (const w of ['acknowledged', 'conceded', 'tweeted', 'insisted', 'contends', 'asserted', 'maintained', 'vowed', 'cautioned', 'predicted', 'urged', 'recalled'])
      expect(isSpeechVerb(w)).toBe(true);
  });
  it('rejects other verbs', () => {
    expect(isSpeechVerb('walked')).toBe(false);
    expect(isSpeechVerb('bridge')).toBe(false);
  });
});
