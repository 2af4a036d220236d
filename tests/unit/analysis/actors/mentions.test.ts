// The mention stage on hand-made tagged spans, so these tests do not depend on the model.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../../src/analysis/actors/mentions';
import type { EntityType } from '../../../../src/analysis/ner/labels';
import { tokenize } from '../../../../src/analysis/tokens';

/** Mentions of `text` when the tagger marked the given phrases (first occurrence) with a type. */
function mentions(text: string, marked: [string, EntityType][], opts: { heading?: boolean; lower?: string[] } = {}) {
  const tokens = tokenize(text);
  const spans = marked.map(([phrase, type]) => {
    const start = text.indexOf(phrase);
    const from = tokens.findIndex((t) => t.start === start);
    const to = tokens.findIndex((t) => t.end === start + phrase.length) + 1;
    if (from < 0 || to <= 0) throw new Error(`no token span for ${phrase}`);
    return { type, from, to };
  });
  return mentionsOf({ tokens, heading: opts.heading ?? false, lowerForms: new Set(opts.lower ?? []) }, spans, text);
}

describe('mentions from tagged spans', () => {
  it('splits a title from the name and keeps it as the role', () => {
    const [m] = mentions('Deputy Secretary of State Carla Brennholt met the envoy.', [['Deputy Secretary of State Carla Brennholt', 'PER']]);
    expect(m).toMatchObject({ name: 'Carla Brennholt', role: 'Deputy Secretary of State', titled: true });
  });
  it('reads a role written before the tagged name', () => {
    const [m] = mentions('Harbour Board spokesman Tomas Elvey declined.', [['Tomas Elvey', 'PER']]);
    expect(m).toMatchObject({ name: 'Tomas Elvey', role: 'Harbour Board spokesman' });
  });
  it('reads an apposition after the name as the role', () => {
    const [m] = mentions('Ilse Varnhagen, the company’s chief executive, said so.', [['Ilse Varnhagen', 'PER']]);
    expect(m!.role).toBe('company’s chief executive');
  });
  it('an honorific marks a person with its gender and stays in the written form', () => {
    const [m] = mentions('Later Mr. Elvey left.', [['Elvey', 'PER']]);
    expect(m).toMatchObject({ name: 'Elvey', written: 'Mr. Elvey', honorific: 'm', titled: true });
  });
  it('strips possessives, soft hyphens and trailing punctuation, keeping the offsets on the name', () => {
    const text = 'It was Varn\u00adhagen’s plan.';
    const [m] = mentions(text, [['Varn\u00adhagen’s', 'PER']]);
    expect(m!.name).toBe('Varnhagen');
    expect(text.slice(m!.start, m!.end)).toBe('Varn\u00adhagen');
  });
  it('keeps the dot that belongs to an abbreviation', () => {
    expect(mentions('Talks with the U.S. stalled.', [['U.S.', 'LOC']])[0]!.name).toBe('U.S.');
  });
  it('“X-based” and “X-owned” are modifiers, not actors', () => {
    expect(mentions('An Eastmoor-based firm grew.', [['Eastmoor-based', 'LOC']])).toEqual([]);
    expect(mentions('A Norland-owned mine closed.', [['Norland-owned', 'LOC']])).toEqual([]);
  });
  it('events, prizes and laws are not actors', () => {
    expect(mentions('She won the Norland Cup Finals again.', [['Norland Cup Finals', 'ORG']])).toEqual([]);
    expect(mentions('The Harbour Protection Act passed.', [['Harbour Protection Act', 'ORG']])).toEqual([]);
  });
  it('cuts a span at lower-case words and trims numbers', () => {
    const ms = mentions('Brightwater Records regarding Ilse Varnhagen 7 6 today.', [['Brightwater Records regarding Ilse Varnhagen 7 6', 'ORG']]);
    expect(ms.map((m) => m.name)).toEqual(['Brightwater Records', 'Ilse Varnhagen']);
  });
  it('a title alone is not a name, nor a sentence-initial common word', () => {
    expect(mentions('The Minister spoke.', [['Minister', 'PER']])).toEqual([]);
    expect(mentions('Ministers gathered.', [['Ministers', 'PER']])).toEqual([]);
    expect(mentions('Since Varnhagen left, nothing moved.', [['Since Varnhagen', 'PER']]).map((m) => m.name)).toEqual(['Varnhagen']);
  });
  it('a lone word the article writes in lower case elsewhere is a common noun', () => {
    expect(mentions('The Harbour was closed.', [['Harbour', 'ORG']], { lower: ['harbour'] })).toEqual([]);
  });
  it('a name that is the whole quotation is dropped by the caller, not here: quote marks hugging it', () => {
    expect(mentions('They called him “Iron Tomas” for years.', [['Iron Tomas', 'PER']])).toEqual([]);
  });
  it('a demonym before an organisation word and a lower-case organisation word after a name join it', () => {
    expect(mentions('The Norlandic Fisheries Ministry objected.', [['Fisheries Ministry', 'ORG']]).map((m) => m.name)).toEqual(['Fisheries Ministry']);
    expect(mentions('Officials of the Brennholt administration left.', [['Brennholt', 'PER']]).map((m) => [m.name, m.type])).toEqual([
      ['Brennholt administration', 'ORG'],
      ['Brennholt', 'PER'],
    ]);
  });
  it('an organisation built with “for” takes the place after “in” into its name', () => {
    const text = 'The Council for Trade and Fisheries in Norland met.';
    expect(mentions(text, [['Council for Trade and Fisheries', 'ORG'], ['Norland', 'LOC']]).map((m) => m.name)).toEqual(['Council for Trade and Fisheries in Norland']);
    expect(mentions('The Fisheries Committee on Coastal Affairs met.', [['Fisheries Committee', 'ORG'], ['Coastal Affairs', 'ORG']]).map((m) => m.name)).toEqual(['Fisheries Committee on Coastal Affairs']);
    expect(mentions('The Norland-dominated Assembly met.', [['Norland-dominated Assembly', 'ORG']]).map((m) => m.name)).toEqual(['Assembly']);
    expect(mentions('The Harbour Board in Norland met.', [['Harbour Board', 'ORG'], ['Norland', 'LOC']]).map((m) => m.name)).toEqual(['Harbour Board', 'Norland']);
  });
  it('a country glued before a full name is not part of it', () => {
    expect(mentions('The envoy to Canada Ilse Marta Varnhagen spoke.', [['Canada Ilse Marta Varnhagen', 'PER']])[0]!.name).toBe('Ilse Marta Varnhagen');
  });
});

describe('organisation spans the tagger cut or glued', () => {
  it('joins a body and its office: "X High Commissioner for Y"', () => {
    const ms = mentions('The Northern Union High Commissioner for Coastal Affairs said it was wrong.', [
      ['Northern Union', 'ORG'],
      ['Coastal Affairs', 'ORG'],
    ]);
    expect(ms.map((m) => [m.name, m.type])).toEqual([['Northern Union High Commissioner for Coastal Affairs', 'ORG']]);
  });
  it('splits two organisations joined by "and"', () => {
    const ms = mentions('Talks between Harwick Records and Orland Productions broke down.', [['Harwick Records and Orland Productions', 'ORG']]);
    expect(ms.map((m) => m.name)).toEqual(['Harwick Records', 'Orland Productions']);
  });
});
