import { describe, expect, it } from 'vitest';
import { run, said } from './helpers';
import { speakerString } from '../../../src/shared/speaker-value';

describe('sieve rules, strongest first', () => {
  it('“…,” X said', () => {
    expect(said('“The bridge is safe,” Marta Kowalczyk said.')).toEqual([['The bridge is safe,', 'Marta Kowalczyk']]);
  });
  it('“…,” said X', () => {
    expect(said('“The bridge is safe,” said Marta Kowalczyk.')).toEqual([['The bridge is safe,', 'Marta Kowalczyk']]);
  });
  it('X said: “…”', () => {
    expect(said('Marta Kowalczyk said: “The bridge is safe.”')).toEqual([['The bridge is safe.', 'Marta Kowalczyk']]);
  });
  it('according to X', () => {
    const q = run('The bridge was “entirely safe,” according to Marta Kowalczyk.').quotes[0]!;
    expect(speakerString(q.speaker)).toBe('Marta Kowalczyk');
    expect(q.cue).toBe('according to');
  });
  it('X told REPORTER', () => {
    expect(said('“We were lucky,” Tomas Ferreira told the Daily Ledger.')[0]![1]).toBe('Tomas Ferreira');
  });
  it('X wrote', () => {
    expect(said('“The vote was rigged,” Tomas Ferreira wrote on Sunday.')[0]![1]).toBe('Tomas Ferreira');
  });
  it('X said in a statement', () => {
    expect(said('Tomas Ferreira said in a statement: “We regret the delay.”')[0]![1]).toBe('Tomas Ferreira');
  });
  it('X, the spokesman, said', () => {
    const q = run('“No decision has been made,” Ivo Brandt, the ministry spokesman, said.').quotes[0]!;
    expect(speakerString(q.speaker)).toBe('Ivo Brandt');
    expect(q.speakerRole).toBe('ministry spokesman');
  });
  it('the role before the name fills speakerRole', () => {
    const q = run('Harbour authority spokeswoman Lena Okafor said the port would stay “open for business.”').quotes[0]!;
    expect(speakerString(q.speaker)).toBe('Lena Okafor');
    expect(q.speakerRole).toContain('spokeswoman');
  });
  it('a dash credit line names the speaker', () => {
    expect(said('“We will be back next year.” ― Rosa Delgado')[0]![1]).toBe('Rosa Delgado');
  });
  // The ranker does not learn these two yet (PolNeAR has few of them); the sieve got them by rule.
  it.fails('a passive with its agent: described as “…” by X', () => {
    expect(said('The ruling was described as “a disgrace” by Oren Vasquez.')[0]![1]).toBe('Oren Vasquez');
  });
  it('a quote split by its attribution keeps one speaker', () => {
    expect(said('“We will go,” Marta Kowalczyk said, “but not today.”')).toEqual([
      ['We will go,', 'Marta Kowalczyk'],
      ['but not today.', 'Marta Kowalczyk'],
    ]);
  });
  it('a partial quote takes the subject of the sentence’s speech verb', () => {
    const q = run('Marta Kowalczyk warned of a “long and costly” repair.').quotes[0]!;
    expect(q.kind).toBe('partial');
    expect(speakerString(q.speaker)).toBe('Marta Kowalczyk');
  });
  // The ranker learned from PolNeAR, where about half of such paragraphs belong to someone else
  // or to no attribution, to leave these unattributed; the sieve decided them by rule.
  it.fails('a paragraph that is only a quote continues the previous speaker', () => {
    expect(said('“We are ready,” said Marta Kowalczyk.', '“The crews have trained for months.”')[1]).toEqual([
      'The crews have trained for months.',
      'Marta Kowalczyk',
    ]);
  });
  it('a multi-paragraph quotation keeps its speaker in every paragraph', () => {
    const got = said('Marta Kowalczyk said:', '“The first part.', '“The second part.', '“The last part.”');
    expect(got.map((g) => g[1])).toEqual(['Marta Kowalczyk', 'Marta Kowalczyk', 'Marta Kowalczyk']);
  });
  it('X’s claim that “…”: the owner of a speech noun', () => {
    expect(said('Experts doubted Oren Vasquez’s claim that there were “thousands of cases” last year.')[0]![1]).toBe('Oren Vasquez');
  });
  it('a colon hands the quote to the sentence subject', () => {
    expect(said('Marta Kowalczyk has a new campaign message: “Vote early.”')[0]![1]).toBe('Marta Kowalczyk');
  });
  it('according to a document filed by X', () => {
    expect(said('The firm ran a “massive scheme,” according to a complaint filed by the Norland Securities Commission.')[0]![1]).toBe(
      'Norland Securities Commission',
    );
  });
  it('naming verbs attribute the term to their subject', () => {
    const q = run('Marta Kowalczyk likened the plan to a “sinking ship.”').quotes[0]!;
    expect(speakerString(q.speaker)).toBe('Marta Kowalczyk');
    expect(q.kind).toBe('partial');
  });
  it('“…,” Title Name (party) said', () => {
    expect(said('“We object,” Rep. Dana Whitlock (D-Ore.) said.')[0]![1]).toBe('Dana Whitlock');
  });
  it('“…?” X asked. in the next sentence', () => {
    expect(said('“Why now?” Oren Vasquez asked.')[0]![1]).toBe('Oren Vasquez');
  });
  it('“…,” ORG modifier role Name said → the person', () => {
    expect(said('“We are confident,” Harbour Party spokesman Ivo Brandt said.')[0]![1]).toBe('Ivo Brandt');
  });
  it('X warned, saying … “…”: the finite verb’s subject', () => {
    expect(said('Marta Kowalczyk warned on Monday, saying the council would decide whether there was “any point” in waiting.')[0]![1]).toBe(
      'Marta Kowalczyk',
    );
  });
  it('a later quote in the same paragraph keeps the speaker', () => {
    const got = said('“We are ready,” Marta Kowalczyk said. “We have trained for months.”');
    expect(got[1]).toEqual(['We have trained for months.', 'Marta Kowalczyk']);
  });
});

describe('pronouns', () => {
  it('he → the most recent male person (honorific)', () => {
    const got = said('Mr. Aldo Brenn met Ms. Ines Dauer on Monday.', '“It went well,” he said.');
    expect(got[0]![1]).toBe('Aldo Brenn');
  });
  it('she → the most recent female person (first-name list)', () => {
    const got = said('Jennifer Walcott met Robert Quayne on Monday.', '“It went well,” she said.');
    expect(got[0]![1]).toBe('Jennifer Walcott');
  });
  it('he → the male one when a woman was named last', () => {
    const got = said('Robert Quayne met Jennifer Walcott on Monday.', '“It went badly,” he said.');
    expect(got[0]![1]).toBe('Robert Quayne');
  });
});

describe('descriptions and unnamed sources', () => {
  it('the description resolves through an earlier apposition', () => {
    const got = run(
      'Harbour spokesman Piet Vandaal said on Monday that repairs had begun.',
      '“The cranes will run again by June,” the spokesman said.',
    ).quotes[0]!;
    expect(speakerString(got.speaker)).toBe('Piet Vandaal');
    expect(got.speakerMention).toBe('the spokesman');
  });
  it('an indefinite source stays unnamed', () => {
    expect(said('“The talks are over,” a senior official said.')[0]![1]).toBe('unnamed: a senior official');
  });
  it('plural sources stay unnamed', () => {
    expect(said('“The talks are over,” officials said.')[0]![1]).toBe('unnamed: officials');
  });
});

describe('canonical speakers', () => {
  it('a surname maps to the fullest name in the article', () => {
    const got = said('Dorota Wiśniewska leads the council.', '“We will rebuild,” Wiśniewska said.');
    expect(got[0]![1]).toBe('Dorota Wiśniewska');
  });
  it('Mr + surname maps to the full name', () => {
    const got = said('Kemal Arslan chairs the board.', '“We disagree,” Mr Arslan said.');
    expect(got[0]![1]).toBe('Kemal Arslan');
  });
});

describe('kinds', () => {
  it('a quoted title is other with no speaker', () => {
    const q = run('The band released an album called “Night Trains” last year.').quotes[0]!;
    expect(q.kind).toBe('other');
    expect(speakerString(q.speaker)).toBeNull();
  });
  it('a scare-quoted word with no speech verb is other', () => {
    const q = run('The so-called “experts” were absent.').quotes[0]!;
    expect(q.kind).toBe('other');
  });
  it('a full sentence is direct', () => {
    expect(run('“We will go now,” Marta Kowalczyk said.').quotes[0]!.kind).toBe('direct');
  });
});

describe('headlines and captions', () => {
  it('finds quotes in a headline and a caption', () => {
    const r = run(['heading', "Minister calls harbour plan 'reckless'"], ['caption', 'Marta Kowalczyk said the bridge was “safe” on Tuesday.'], 'Body text follows here.');
    expect(r.quotes.map((q) => q.text)).toEqual(['reckless', 'safe']);
    expect(speakerString(r.quotes[1]!.speaker)).toBe('Marta Kowalczyk');
  });
  it('shouted all-caps words are not an organisation', () => {
    const r = run(['heading', 'COUNCIL HAS INVESTIGATED HIM'], 'The rest is calm.');
    expect(r.actors.filter((a) => a.type === 'organization')).toEqual([]);
  });
});

describe('roles with a complement', () => {
  it('“X’s ambassador to Y” speaks for the person named later with that role', () => {
    const got = said(
      'Norland’s ambassador to Peru warned that the government “will act” soon.',
      'Officials gathered in the capital on Monday.',
      'Norland’s ambassador to Peru Tomas Ekberg has said the talks are over.',
    );
    expect(got[0]).toEqual(['will act', 'Tomas Ekberg']);
  });
});
