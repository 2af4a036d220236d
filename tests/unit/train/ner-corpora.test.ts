import { describe, expect, it } from 'vitest';
import { labelsOf, parseGum, spansOfTags, tokensOf } from '../../../scripts/eval/ner-corpora';
import { begin, inside } from '../../../src/analysis/ner/labels';

const row = (n: number, word: string, upos: string, head: number, misc = '_') => [n, word, word, upos, '_', '_', head, 'dep', '_', misc].join('\t');

describe('reading the named-entity sets', () => {
  it('reads IO and BIO tags into spans, a B- tag starting a new one', () => {
    const spans = spansOfTags([
      ['PER', false],
      ['PER', false],
      ['PER', true],
      [null, false],
      ['LOC', false],
    ]);
    expect(spans).toEqual([
      { type: 'PER', from: 0, to: 2 },
      { type: 'PER', from: 2, to: 3 },
      { type: 'LOC', from: 4, to: 5 },
    ]);
  });

  it('labels gold spans BIO for training', () => {
    const tokens = tokensOf(['Ana', 'Lindqvist', 'left', 'Oslo']);
    expect([...labelsOf({ tokens, gold: [{ type: 'PER', from: 0, to: 2 }, { type: 'LOC', from: 3, to: 4 }] })]).toEqual([begin('PER'), inside('PER'), 0, begin('LOC')]);
  });

  it("takes a GUM mention's name as the proper nouns around its head, without the title noun or the article", () => {
    // "the former director Ana Lindqvist of the World Bank spoke ." with nested mentions.
    const doc = parseGum(
      [
        row(1, 'The', 'DET', 4, 'Entity=(1-person-new-x-cf1-5-sgl'),
        row(2, 'former', 'ADJ', 3),
        row(3, 'director', 'NOUN', 4),
        row(4, 'Lindqvist', 'PROPN', 9),
        row(5, 'of', 'ADP', 8),
        row(6, 'the', 'DET', 8, 'Entity=(2-organization-new-x-cf2-2-coref-World_Bank'),
        row(7, 'World', 'PROPN', 8),
        row(8, 'Bank', 'PROPN', 4, 'Entity=2)1)'),
        row(9, 'spoke', 'VERB', 0),
        row(10, 'about', 'ADP', 12),
        row(11, 'the', 'DET', 12, 'Entity=(3-abstract-new-x-cf3-2-sgl'),
        row(12, 'plan', 'NOUN', 9, 'Entity=3)'),
      ].join('\n'),
    );
    expect(doc[0]!.gold).toEqual([
      { type: 'PER', from: 3, to: 4 },
      { type: 'ORG', from: 6, to: 8 },
    ]);
  });
});
