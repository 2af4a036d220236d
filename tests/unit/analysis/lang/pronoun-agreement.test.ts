import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../src/analysis/aliases';
import { descriptionGender, definiteRole } from '../../../../src/analysis/attribution/description-intl';
import { languageData } from '../../../../src/analysis/lang';
import { compatible, pronounClass } from '../../../../src/analysis/pronouns';

const entity = (type: Entity['type'], gender: Entity['gender']): Entity => ({ id: 1, type, name: 'X', forms: new Set(['X']), mentions: [], roles: [], gender, first: 0 });

describe('pronoun agreement by gender and number', () => {
  const fr = languageData('fr')!;
  const de = languageData('de')!;
  it('agrees a singular pronoun with a person of its gender, and in a gendered language with an organisation', () => {
    expect(compatible(entity('person', 'f'), 'elle', fr)).toBe(true);
    expect(compatible(entity('person', 'm'), 'elle', fr)).toBe(false);
    expect(compatible(entity('organization', null), 'il', fr)).toBe(true);
    expect(compatible(entity('person', 'f'), 'sie', de)).toBe(true);
    expect(compatible(entity('person', null), 'ils', fr)).toBe(false);
    expect(compatible(entity('person', null), 'nous', fr)).toBe(false);
    // English is as it was.
    expect(compatible(entity('organization', null), 'he')).toBe(false);
  });

  it('names a pronoun in the features by its class, so the English weights read it', () => {
    expect(pronounClass('elle', fr)).toBe('she');
    expect(pronounClass('er', de)).toBe('he');
    expect(pronounClass('ils', fr)).toBe('they');
    expect(pronounClass('es', de)).toBe('it');
    expect(pronounClass('She', languageData('en')!)).toBe('she');
  });
});

describe('role descriptions', () => {
  it('knows a definite role description and the gender its words say', () => {
    const es = languageData('es')!;
    const de = languageData('de')!;
    expect(definiteRole('la portavoz', es)).toBe(true);
    expect(definiteRole('una portavoz', es)).toBe(false);
    expect(definiteRole('die Synodalpräsidentin', de)).toBe(true);
    expect(descriptionGender('la portavoz', es)).toBe('f');
    expect(descriptionGender('die Bundesministerin', de)).toBe('f');
    expect(descriptionGender('el ministro', es)).toBe('m');
  });
});
