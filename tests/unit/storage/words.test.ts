import { describe, expect, it } from 'vitest';
import { annotationWords, cleanTags, fold, speakerKey, tokenize } from '../../../src/storage/words';
import { parseSpeaker } from '../../../src/shared/speaker-value';

describe('search words', () => {
  it('folds case, accents and whitespace', () => {
    expect(fold('  Émile   ZOLA ')).toBe('emile zola');
    expect(tokenize('L’économie, c’est «la» base — 2024!')).toEqual(['l', 'economie', 'c', 'est', 'la', 'base', '2024']);
  });

  it('indexes text, note, both speakers, role and tags once each', () => {
    const words = annotationWords({
      text: 'Taxes rise',
      note: 'check taxes',
      speaker: parseSpeaker('Ana Ruiz'),
      speakerCorrection: 'José Pérez',
      speakerRole: 'minister',
      tags: ['fact-check'],
    });
    expect(words.sort()).toEqual(['ana', 'check', 'fact', 'jose', 'minister', 'perez', 'rise', 'ruiz', 'taxes']);
  });

  it('lets the correction win for the speaker key', () => {
    expect(speakerKey({ speaker: parseSpeaker('Ana Ruiz'), speakerCorrection: null })).toBe('ana ruiz');
    expect(speakerKey({ speaker: parseSpeaker('Ana Ruiz'), speakerCorrection: 'José Pérez' })).toBe('jose perez');
    expect(speakerKey({ speaker: parseSpeaker(null), speakerCorrection: null })).toBeNull();
  });

  it('cleans tags: trims, strips #, de-duplicates ignoring case, drops empties', () => {
    expect(cleanTags([' #Budget ', 'budget', '', 'EU  policy', '##x'])).toEqual(['Budget', 'EU policy', 'x']);
  });
});
