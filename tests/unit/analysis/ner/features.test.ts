import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, sentenceInitial, shape } from '../../../../src/analysis/ner/features';
import { tokenize } from '../../../../src/analysis/tokens';

describe('tagger features', () => {
  it('shapes collapse runs of one character class', () => {
    expect(shape('Brennholt')).toBe('Xx');
    expect(shape('NRA')).toBe('X');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape('2031')).toBe('d');
    expect(shape('al-Marwan')).toBe('x-Xx');
  });
  it('marks sentence-initial tokens, also after an opening quote', () => {
    const toks = tokenize('“Tomas left,” Ilse said.');
    expect(sentenceInitial(toks, 0)).toBe(true);
    expect(sentenceInitial(toks, 1)).toBe(true);
    expect(sentenceInitial(toks, toks.findIndex((t) => t.text === 'Ilse'))).toBe(false);
  });
  it('knows which words the document writes in lower case', () => {
    const a = tokenize('The harbour board met.');
    const b = tokenize('Harbour fees rose.');
    const ctx = documentContext([a, b]);
    expect(ctx.lowerForms.has('harbour')).toBe(true);
    const f = sentenceFeatures(b, ctx, { lexicons: false });
    expect(f[0]).toContain('lower-elsewhere-init');
  });
  it('word, affix, neighbour and shape features for each token', () => {
    const toks = tokenize('Minister Ilse Varnhagen spoke.');
    const f = sentenceFeatures(toks, documentContext([toks]), { lexicons: false });
    expect(f).toHaveLength(toks.length);
    expect(f[2]).toEqual(expect.arrayContaining(['w=varnhagen', 's=Xx', 'w-1=ilse', 'w+1=spoke', 'w-2=minister', 'x3=gen', 'mid-cap']));
    expect(f[0]).toContain('w-1=<s>');
    expect(f[2]!.some((x) => x.startsWith('L'))).toBe(false);
  });
  it('lexicon membership only when asked for', () => {
    const toks = tokenize('Minister Maria Varnhagen visited Paris.');
    const f = sentenceFeatures(toks, documentContext([toks]), { lexicons: true });
    expect(f[0]).toContain('L=title');
    expect(f[1]!.some((x) => x.startsWith('L=fn'))).toBe(true);
    expect(f[2]).toContain('L-1=fnf');
    expect(f[4]).toContain('L=place-B');
  });
});
