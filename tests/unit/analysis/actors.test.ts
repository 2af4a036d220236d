import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/analysis/types';
import { run } from './helpers';

const byType = (actors: Actor[], type: Actor['type']) => actors.filter((a) => a.type === type).map((a) => a.name);

describe('named actors', () => {
  it('a title before a name is a role, not part of the name or a place', () => {
    const { actors } = run('Deputy Secretary of State Carla Brennholt met the envoy.');
    expect(byType(actors, 'person')).toEqual(['Carla Brennholt']);
    expect(byType(actors, 'place')).toEqual([]);
  });
  it('aliases merge with mentions for every occurrence', () => {
    const text = ['Ambassador Tobias Rennert arrived on Monday.', 'Rennert said little.', 'Mr. Rennert left early.'];
    const { actors } = run(...text);
    const p = actors.find((a) => a.name === 'Tobias Rennert')!;
    expect(p.type).toBe('person');
    expect(p.aliases).toContain('Rennert');
    expect(p.mentions).toHaveLength(3);
  });
  it('possessives and trailing punctuation are stripped', () => {
    // The type of an unknown name is the tagger's call; the name itself must come without "’s".
    const { actors } = run('Halvard Strom’s plan failed.', 'The plan was Halvard Strom’s.');
    expect(actors.map((a) => a.name)).toEqual(['Halvard Strom']);
  });
  it('non-English names are people', () => {
    const { actors } = run('The talks were led by Tamati Rewiri and Oluwaseun Adeyemi-Bankole.');
    expect(byType(actors, 'person')).toEqual(expect.arrayContaining(['Tamati Rewiri']));
  });
  it('organisations from a well-known list, acronyms and suffix patterns', () => {
    const { actors } = run(
      'NATO and the Kremlin traded warnings, Interfax reported.',
      'The Norland Fisheries Agency and the Ministry of Coastal Affairs disagreed, as did Brightwater Holdings Inc.',
      'The University of Eastmoor and the Green Valley Party joined.',
    );
    const orgs = byType(actors, 'organization');
    for (const o of ['NATO', 'Kremlin', 'Interfax', 'Norland Fisheries Agency', 'Ministry of Coastal Affairs', 'University of Eastmoor', 'Green Valley Party'])
      expect(orgs).toContain(o);
  });
  it('an acronym defined after its full name is an alias', () => {
    const { actors } = run('The Northern Rivers Authority (NRA) met.', 'The NRA said nothing.');
    const org = actors.find((a) => a.type === 'organization' && a.name === 'Northern Rivers Authority');
    expect(org?.aliases).toContain('NRA');
  });
  it('places from the lexicon', () => {
    const { actors } = run('Talks moved from Geneva to Brussels while Ukraine waited.');
    expect(byType(actors, 'place')).toEqual(expect.arrayContaining(['Geneva', 'Brussels', 'Ukraine']));
  });
  it('sentence-initial capitalised common words are not actors', () => {
    const { actors } = run('Some analysts fear a delay. Despite that, Officials remained calm. However the talks went on.');
    expect(actors).toEqual([]);
  });
  it('weekdays and months are not actors', () => {
    const { actors } = run('On Monday in January the talks resumed.');
    expect(actors).toEqual([]);
  });
  it('mentions point at the name in the text', () => {
    const a = run('Greta Lindqvist spoke. Later Lindqvist left.');
    const p = a.actors.find((x) => x.name === 'Greta Lindqvist')!;
    expect(p.mentions.length).toBe(2);
  });
});
