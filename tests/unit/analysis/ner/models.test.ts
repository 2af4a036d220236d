import { describe, expect, it } from 'vitest';
import { findActors } from '../../../../src/analysis/actors/find-actors';
import { loadNerModel, nerModelLoaded } from '../../../../src/analysis/ner/models';
import { tagDocument } from '../../../../src/analysis/ner/tag-document';
import { splitSentences } from '../../../../src/analysis/sentences';
import { tokenize } from '../../../../src/analysis/tokens';
import { article } from '../helpers';

function input(lang: string, ...paras: string[]) {
  const { text, blocks } = article(...paras);
  const sentences = blocks.flatMap((b, block) => splitSentences(text, b.start, b.end, () => false).map((s) => ({ ...s, block, tokens: tokenize(text, s.start, s.end) })));
  return { text, blocks, sentences, inQuote: () => false, lang };
}

describe('one tagger per language, loaded when an article needs it', () => {
  it('has English at hand and loads another language only when asked', async () => {
    expect(nerModelLoaded('en')).toBeDefined();
    expect(nerModelLoaded('de')).toBeUndefined();
    expect(() => findActors(input('de', 'Bundeskanzler Olaf Scholz reiste am Montag nach Paris.'))).toThrow(/not loaded/);
    const de = await loadNerModel('de');
    expect(de).not.toBeNull();
    expect(nerModelLoaded('de')).toBe(de);
    expect(await loadNerModel('de')).toBe(de);
  });

  it('tags German with the German model', async () => {
    const de = (await loadNerModel('de'))!;
    const s = tokenize('Am Montag traf Olaf Scholz in Paris den Präsidenten der Europäischen Zentralbank.');
    const spans = tagDocument(de, [s])[0]!.map((x) => `${x.type}:${s.slice(x.from, x.to).map((t) => t.text).join(' ')}`);
    expect(spans).toEqual(expect.arrayContaining(['PER:Olaf Scholz', 'LOC:Paris']));
    // Nouns are capitalised in German: they are not names.
    expect(spans.some((x) => /Montag|Präsidenten/.test(x))).toBe(false);
  });

  it('gives an article in a language with no tagger no actors rather than wrong ones', async () => {
    expect(await loadNerModel('it')).toBeNull();
    expect(findActors(input('it', 'Il presidente Sergio Mattarella è arrivato a Roma.')).entities).toEqual([]);
  });
});
