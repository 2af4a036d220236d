import { describe, expect, it } from 'vitest';
import { initials, isAcronym, mergeMentions, placelessName, shortOrgNames } from '../../../../src/analysis/actors/merge';
import type { RawMention } from '../../../../src/analysis/actors/mentions';
import type { EntityType } from '../../../../src/analysis/ner/labels';

let pos = 0;
function m(name: string, type: EntityType, extra: Partial<RawMention> = {}): RawMention {
  pos += 100;
  const start = pos;
  return { type, name, start, end: start + name.length, written: name, role: null, honorific: null, titled: false, heading: false, ...extra };
}
const summary = (raw: RawMention[]) =>
  mergeMentions(raw).entities.map((e) => ({ name: e.name, type: e.type, forms: [...e.forms].sort(), n: e.mentions.length }));

describe('merging mentions into actors', () => {
  it('surname, honorific form and first name join the full name', () => {
    const out = summary([m('Tobias Rennert', 'PER'), m('Rennert', 'PER', { written: 'Mr. Rennert', honorific: 'm' }), m('Tobias', 'PER')]);
    expect(out).toEqual([{ name: 'Tobias Rennert', type: 'person', forms: ['Mr. Rennert', 'Rennert', 'Tobias', 'Tobias Rennert'], n: 3 }]);
  });
  it('a surname met first is named by the full name met later', () => {
    expect(summary([m('Rennert', 'PER'), m('Tobias Rennert', 'PER')])[0]).toMatchObject({ name: 'Tobias Rennert', n: 2 });
  });
  it('acronym and full name are one organisation, either order', () => {
    expect(summary([m('Northern Rivers Authority', 'ORG'), m('NRA', 'ORG')])).toEqual([
      { name: 'Northern Rivers Authority', type: 'organization', forms: ['NRA', 'Northern Rivers Authority'], n: 2 },
    ]);
    expect(summary([m('CPA', 'ORG'), m('Coastal Protection Agency', 'ORG')])[0]).toMatchObject({ name: 'Coastal Protection Agency', n: 2 });
    expect(initials("People's Harbour Army")).toBe('PHA');
    expect(initials('Bureau of Coastal Investigation')).toBe('BCI');
    expect(isAcronym('N.R.A.')).toBe(true);
    expect(isAcronym('Nora')).toBe(false);
  });
  it('a shorter organisation name within a longer one joins it', () => {
    expect(summary([m('Norlandic Fisheries Ministry', 'ORG'), m('Fisheries Ministry', 'ORG')])).toHaveLength(1);
  });
  it('a name written again without the place it starts with is the same actor', () => {
    expect(placelessName('Ohio Statehouse')).toBe('Statehouse');
    expect(placelessName('Statehouse')).toBeNull();
    const out = summary([m('Ohio Statehouse', 'LOC'), m('Statehouse', 'ORG'), m('Statehouse', 'ORG')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'Ohio Statehouse', n: 3 });
  });
  it('the words around a mention vote on its type', () => {
    expect(summary([m('Varlo', 'PER', { cue: 'ORG' })])[0]).toMatchObject({ type: 'organization' });
  });
  it('one type per actor, by vote over its mentions', () => {
    const out = summary([m('Varnhagen', 'ORG'), m('Ilse Varnhagen', 'PER'), m('Varnhagen', 'PER'), m('Varnhagen', 'LOC')]);
    expect(out).toEqual([{ name: 'Ilse Varnhagen', type: 'person', forms: ['Ilse Varnhagen', 'Varnhagen'], n: 4 }]);
  });
  it('general knowledge weighs in the vote: an organisation word or a known place', () => {
    expect(summary([m('Brightwater Holdings', 'PER')])[0]!.type).toBe('organization');
    expect(summary([m('Canada', 'PER')])[0]!.type).toBe('place');
  });
  it('a heading names actors of the body but creates none of its own', () => {
    const out = summary([m('Tobias Rennert', 'PER'), m('Rennert', 'PER', { heading: true }), m('Quill Maddox', 'PER', { heading: true })]);
    expect(out).toEqual([{ name: 'Tobias Rennert', type: 'person', forms: ['Rennert', 'Tobias Rennert'], n: 2 }]);
  });
  it('gender from an honorific, else from a known first name', () => {
    const { entities } = mergeMentions([m('Maria Elvey', 'PER'), m('Tobias Rennert', 'PER'), m('Quill', 'PER', { written: 'Ms Quill', honorific: 'f' })]);
    expect(entities.map((e) => e.gender)).toEqual(['f', 'm', 'f']);
  });
  it('mentions come back in text order, each pointing at its actor', () => {
    const { mentions } = mergeMentions([m('Tobias Rennert', 'PER'), m('Harbour Board', 'ORG'), m('Rennert', 'PER')]);
    expect(mentions.map((x) => x.entity.name)).toEqual(['Tobias Rennert', 'Harbour Board', 'Tobias Rennert']);
  });
});

describe('short organisation names', () => {
  it('a name is the short form of the same name with organisation words after it, in either order', () => {
    expect(summary([m('Harwick Records', 'ORG'), m('Harwick', 'PER'), m('Harwick Label Group', 'ORG')])).toEqual([
      { name: 'Harwick Label Group', type: 'organization', forms: ['Harwick', 'Harwick Label Group', 'Harwick Records'], n: 3 },
    ]);
    expect(summary([m('Big Harwick', 'PER'), m('Big Harwick Records', 'ORG')])[0]).toMatchObject({ type: 'organization', n: 2 });
    expect(shortOrgNames('Dana Orland Smith')).toEqual([]);
    expect(shortOrgNames('Harwick Label Group')).toEqual(['Harwick Label', 'Harwick']);
  });
});

describe('merging at scale', () => {
  it('finds aliases by index among thousands of other actors (acronym, surname, name within a longer one)', () => {
    const syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi'];
    const word = (i: number) => {
      let s = '';
      for (let x = i + 8; x > 0; x = Math.floor(x / 8)) s += syl[x % 8];
      return s[0]!.toUpperCase() + s.slice(1);
    };
    const raw: RawMention[] = [m('Federal Bureau of Investigation', 'ORG'), m('Dana Lindqvist', 'PER'), m('Foreign Ministry', 'ORG')];
    for (let i = 0; i < 3000; i++) raw.push(m(`${word(i)} ${word(i + 1)} Agency`, 'ORG'), m(`${word(i)} ${word(i + 7)}`, 'PER'), m(word(i + 5000), 'PER'));
    raw.push(m('FBI', 'ORG'), m('Lindqvist', 'PER'), m('Russian Foreign Ministry', 'ORG'));
    const { entities } = mergeMentions(raw);
    const of = (name: string) => entities.find((e) => e.forms.has(name));
    expect(of('FBI')).toBe(of('Federal Bureau of Investigation'));
    expect(of('Lindqvist')).toBe(of('Dana Lindqvist'));
    expect(of('Russian Foreign Ministry')).toBe(of('Foreign Ministry'));
  });
});
