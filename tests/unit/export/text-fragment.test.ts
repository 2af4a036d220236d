import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/anchoring/describe';
import { encodeFragmentText, linkUrl, textDirective, textFragmentUrl } from '../../../src/export/text-fragment';

function sel(text: string, passage: string) {
  const s = text.indexOf(passage);
  return describeRange(text, s, s + passage.length);
}

describe('text fragments', () => {
  it('percent-encodes the syntax characters - & , and spaces', () => {
    expect(encodeFragmentText('a-b & c, d')).toBe('a%2Db%20%26%20c%2C%20d');
    expect(encodeFragmentText('(x)')).toBe('%28x%29');
  });

  it('links a short quote with whole-word prefix and suffix from its own paragraph', () => {
    const text = 'First para.\n\nThe mayor said: "We will win, no doubt." Then she left the room quickly.';
    const url = textFragmentUrl('https://e.com/a', sel(text, 'We will win, no doubt.'));
    expect(url).toBe('https://e.com/a#:~:text=mayor%20said%3A%20%22-,We%20will%20win%2C%20no%20doubt.,-%22%20Then%20she');
  });

  it('uses textStart,textEnd for long or multi-paragraph passages', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    const text = `Start. ${long} end.`;
    expect(textDirective(sel(text, long))).toBe('Start.-,one%20two%20three%20four,nine%20ten%20eleven%20twelve,-end.');
    const multi = 'alpha beta\n\ngamma delta';
    expect(textDirective(sel(`x ${multi} y`, multi))).toBe('x-,alpha%20beta,gamma%20delta,-y');
  });

  it('widens a selection that starts or ends mid-word, since browsers match whole words', () => {
    expect(textDirective(sel('The budget balances now', 'udget balan'))).toBe('The-,budget%20balances,-now');
  });

  it('drops the cut first word of a full 32-char prefix', () => {
    const text = 'xxxxxxxxxxxxxxxxxxxxlongword and more words before quote here';
    const d = textDirective(sel(text, 'quote here'))!;
    // the 32-char prefix is "xlongword and more words before ": "xlongword" is a cut word
    expect(d).toBe('more%20words%20before-,quote%20here');
    expect(d).not.toContain('xxx');
  });

  it('falls back to the plain URL for a passage without words, and keeps links Markdown-safe', () => {
    expect(textFragmentUrl('https://e.com/a(b)#old', sel('a  b', ' '))).toBe('https://e.com/a%28b%29');
    expect(linkUrl('https://e.com/p q#x')).toBe('https://e.com/p%20q');
  });
});
