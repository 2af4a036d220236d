import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../../src/analysis/document';
import { languageData } from '../../../../src/analysis/lang';
import { splitElisions } from '../../../../src/analysis/lang/elision';
import { capitalisedNouns, commonNoun } from '../../../../src/analysis/lang/nouns';
import { tokenize } from '../../../../src/analysis/tokens';
import type { Mention } from '../../../../src/analysis/aliases';
import { article } from '../helpers';

describe('capitalisedNouns (German)', () => {
  const de = languageData('de')!;
  it('takes the words written after a determiner, an adjective or with a noun suffix as nouns', () => {
    const doc = buildDoc({ ...article('Der Kampf geht weiter. Sie kam mit eigenen Leuten. Bauer fordert Gerechtigkeit und keine Schutzzonen.'), lang: 'de' }, de);
    const nouns = capitalisedNouns(doc, []);
    for (const n of ['kampf', 'leuten', 'gerechtigkeit', 'schutzzonen']) expect(nouns.has(n), n).toBe(true);
    expect(nouns.has('bauer')).toBe(false);
  });

  it('keeps an organisation the tagger found after its article, not a one-word person', () => {
    const text = 'Die Grünen fordern es. Die Mutter sagt es.';
    const doc = buildDoc({ ...article(text), lang: 'de' }, de);
    const at = (w: string, type: 'person' | 'organization'): Mention => {
      const start = text.indexOf(w);
      return { start, end: start + w.length, entity: { id: 1, type, name: w, forms: new Set([w]), mentions: [], roles: [], gender: null, first: start } } as Mention;
    };
    const nouns = capitalisedNouns(doc, [at('Grünen', 'organization'), at('Mutter', 'person')]);
    expect(nouns.has('grünen')).toBe(false);
    expect(nouns.has('mutter')).toBe(true);
    expect(commonNoun('Mutter', nouns)).toBe(true);
    expect(commonNoun('Die Mutter', nouns)).toBe(false);
  });
});

describe('splitElisions', () => {
  it('splits a French elided article or pronoun off its word, and leaves English alone', () => {
    const toks = splitElisions(tokenize("selon l'Insee, qu'il cite"), 'fr');
    expect(toks.map((t) => t.text)).toEqual(['selon', "l'", 'Insee', ',', "qu'", 'il', 'cite']);
    expect(toks[2]).toMatchObject({ start: 8, end: 13, cap: true });
    const en = tokenize("O'Brien's l'Insee");
    expect(splitElisions(en, 'en')).toBe(en);
  });
});
