import { describe, expect, it } from 'vitest';
import { creditRanges, isBodyBlock } from '../../../../src/analysis/actors/body';
import { findActors } from '../../../../src/analysis/actors/find-actors';
import { splitSentences } from '../../../../src/analysis/sentences';
import { tokenize } from '../../../../src/analysis/tokens';
import type { BlockKind, TextBlock } from '../../../../src/analysis/types';
import { article } from '../helpers';

function actors(...paras: (string | [BlockKind, string])[]) {
  const { text, blocks } = article(...paras);
  const sentences = blocks.flatMap((b, block) =>
    splitSentences(text, b.start, b.end, () => false).map((s) => ({ ...s, block, tokens: tokenize(text, s.start, s.end) })),
  );
  return findActors({ text, blocks, sentences, inQuote: () => false }).entities.map((e) => `${e.type}:${e.name}`);
}

describe('actors of the article body', () => {
  it('finds people, organisations and places with the tagger', () => {
    const got = actors('Prime Minister Tobias Rennert flew to Geneva on Monday to meet officials of the World Bank.', 'Rennert said the talks went well.');
    expect(got).toEqual(expect.arrayContaining(['person:Tobias Rennert', 'place:Geneva', 'organization:World Bank']));
  });
  it('skips captions, bylines and credits', () => {
    const got = actors(
      'Prime Minister Tobias Rennert flew to Geneva on Monday.',
      ['caption', 'Harriet Quill, left, greets Anselm Brook in 2019.'],
      ['byline' as BlockKind, 'By Oswin Tarrant'],
    );
    expect(got.some((a) => /Quill|Brook|Tarrant/.test(a))).toBe(false);
  });
  it('skips photo credits and contributor lines inside the body', () => {
    const got = actors('Prime Minister Tobias Rennert flew to Geneva on Monday.', 'Oswin Tarrant/Global Pictures', 'Contributing: Harriet Quill');
    expect(got.some((a) => /Quill|Tarrant|Pictures/.test(a))).toBe(false);
  });
});

describe('body blocks and credits', () => {
  const block = (kind: BlockKind, text: string): [string, TextBlock] => [text, { kind, start: 0, end: text.length }];
  it('tells credit lines from paragraphs', () => {
    expect(isBodyBlock(...block('paragraph', 'Photo: Oswin Tarrant'))).toBe(false);
    expect(isBodyBlock(...block('paragraph', 'Oswin Tarrant/Global Pictures via Wire'))).toBe(false);
    expect(isBodyBlock(...block('paragraph', 'Harriet Quill contributed to this report.'))).toBe(false);
    expect(isBodyBlock(...block('caption', 'Harriet Quill at the harbour.'))).toBe(false);
    expect(isBodyBlock(...block('paragraph', 'Harriet Quill said the harbour would reopen on Monday.'))).toBe(true);
  });
  it('finds credits inside a paragraph', () => {
    const text = 'The harbour reopened. (Photo: Oswin Tarrant/Global Pictures) Trade resumed.';
    const ranges = creditRanges(text, 0, text.length).map(([a, b]) => text.slice(a, b));
    expect(ranges.some((r) => r.includes('Oswin Tarrant/Global Pictures'))).toBe(true);
    expect(ranges.some((r) => r.includes('Trade resumed'))).toBe(false);
  });
});
