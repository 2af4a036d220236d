import { describe, expect, it } from 'vitest';
import { CALL_TO_ACTION, CHROME_LINE, RAIL_LABEL, TAXONOMY } from '../../../src/extraction/boilerplate-phrases';
import { grams, tokens, wordsIn } from '../../../src/extraction/text-units';

describe('furniture phrases of many languages', () => {
  it('knows a control line, a rail label, a tag line and a prompt beyond English', () => {
    for (const line of ['Teilen', 'Partager', 'Compartir', 'Udostępnij', 'シェア', '分享', 'Paylaş']) expect(CHROME_LINE.test(line), line).toBe(true);
    for (const label of ['Lesen Sie auch', 'À lire aussi', 'Noticias relacionadas', 'Leia também', '関連記事', '相关文章', 'İlgili haberler']) expect(RAIL_LABEL.test(label), label).toBe(true);
    expect(TAXONOMY.test('Schlagwörter: Verkehr, Hafen')).toBe(true);
    expect(CALL_TO_ACTION.test('Melden Sie sich an: unseren Newsletter gibt es jeden Morgen.')).toBe(true);
  });

  it('leaves sentences alone, and matches only at word edges in spaced scripts', () => {
    expect(CHROME_LINE.test('Teilen sich die Kosten Stadt und Land?')).toBe(false);
    expect(RAIL_LABEL.test('Relatedness of the two ferry routes was studied')).toBe(false);
    expect(RAIL_LABEL.test('Empfehlungen der Kommission für den Hafen')).toBe(false);
    expect(CALL_TO_ACTION.test('Der Hafen wurde 1890 gebaut und 1950 erweitert.')).toBe(false);
  });
});

describe('text units', () => {
  it('counts Japanese and Chinese by character, half a word each', () => {
    expect(tokens('港の新しい時刻表')).toHaveLength(8);
    expect(wordsIn('港の新しい時刻表')).toBe(4);
    expect(wordsIn('The ferry runs twice a day')).toBe(6);
    expect(grams('港の新しい時刻表').size).toBe(5);
  });
});
