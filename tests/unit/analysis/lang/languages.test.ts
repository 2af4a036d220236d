import { describe, expect, it } from 'vitest';
import { languageData } from '../../../../src/analysis/lang';

describe('languageData', () => {
  it('gives every supported language every part of the interface, and none to others', () => {
    for (const code of ['en', 'fr', 'es', 'de', 'pt']) {
      const l = languageData(code)!;
      expect(l.code).toBe(code);
      expect(Object.keys(l.honorifics).length).toBeGreaterThan(3);
      expect(l.titleWords.size).toBeGreaterThan(20);
      expect(l.roleNouns.size).toBeGreaterThan(20);
      expect(Object.keys(l.pronouns).length).toBeGreaterThan(3);
      expect(l.unnamedHeads.size).toBeGreaterThan(10);
      expect(l.quoteMarks.length).toBeGreaterThan(2);
      expect(l.notNames.size).toBeGreaterThan(40);
    }
    expect(languageData('it')).toBeNull();
    expect(languageData('pt-BR')?.code).toBe('pt');
  });

  it('reads the verbs of saying of each language in their reporting forms', () => {
    const verbs: Record<string, string[]> = {
      en: ['said', 'told', 'added', 'warned'],
      fr: ['dit', 'déclaré', 'confie', 'estime', 'souligne', 'ajoute'],
      es: ['dijo', 'afirmó', 'explicó', 'añadió', 'zanjó', 'sostuvo', 'advirtió', 'aseguró'],
      de: ['sagte', 'erklärte', 'betonte', 'sprach', 'schrieb', 'fügte', 'hinzugefügt', 'kritisierte', 'warnte', 'antwortete'],
      pt: ['disse', 'afirmou', 'explicou', 'acrescentou', 'garantiu', 'frisou', 'sublinhou', 'propôs', 'concluiu'],
    };
    for (const [code, forms] of Object.entries(verbs)) {
      const speech = languageData(code)!.speech;
      expect(forms.filter((f) => speech.base(f) === null), code).toEqual([]);
    }
    const de = languageData('de')!.speech;
    expect([de.base('sagte'), de.base('sagten'), de.base('gesagt')]).toEqual(['sagen', 'sagen', 'sagen']);
    // General verbs and the finite forms of a general core ("macht … klar") are not cues alone.
    expect([de.base('hat'), de.base('ist'), de.base('macht'), de.base('stellt')]).toEqual([null, null, null, null]);
    expect(languageData('es')!.speech.base('dijeron')).toBe('decir');
    expect(languageData('pt')!.speech.base('disseram')).toBe('dizer');
    expect(languageData('es')!.speech.isStrong('dijo')).toBe(true);
    expect(languageData('es')!.speech.isStrong('publicó')).toBe(false);
  });

  it('keeps English function words, pronouns and honorifics as the English stages had them', () => {
    const en = languageData('en')!;
    expect(['during', 'according', 'she'].every((w) => en.notNames.has(w))).toBe(true);
    expect(en.pronouns.she).toEqual({ gender: 'f', number: 'sg' });
    expect(en.honorifics.mrs).toBe('f');
  });
});
