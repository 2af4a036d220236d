import { describe, expect, it } from 'vitest';
import { NOBODY, parseSpeaker, speakerDisplay, speakerString, toSpeaker } from '../../../src/shared/speaker-value';

describe('typed speakers', () => {
  it('read the string form of files and databases written before v5', () => {
    expect(parseSpeaker('Ana Ruiz')).toEqual({ kind: 'named', name: 'Ana Ruiz' });
    expect(parseSpeaker('unnamed: a senior official')).toEqual({ kind: 'unnamed', description: 'a senior official' });
    expect(parseSpeaker('Unnamed:officials')).toEqual({ kind: 'unnamed', description: 'officials' });
    expect(parseSpeaker(null)).toEqual(NOBODY);
    expect(parseSpeaker('  ')).toEqual(NOBODY);
    expect(parseSpeaker('unnamed:  ')).toEqual(NOBODY);
  });

  it('write the scorer’s string form and the form people read', () => {
    const unnamed = parseSpeaker('unnamed: a port official');
    expect(speakerString(unnamed)).toBe('unnamed: a port official');
    expect(speakerDisplay(unnamed)).toBe('a port official (unnamed)');
    expect(speakerString(NOBODY)).toBeNull();
    expect(speakerDisplay(NOBODY)).toBeNull();
    for (const s of ['Ana Ruiz', 'unnamed: critics', null]) expect(speakerString(parseSpeaker(s))).toBe(s);
  });

  it('accept typed values and legacy strings alike, and name what is wrong with anything else', () => {
    expect(toSpeaker({ kind: 'named', name: ' Ana Ruiz ' })).toEqual({ kind: 'named', name: 'Ana Ruiz' });
    expect(toSpeaker({ kind: 'unnamed', description: 'critics' })).toEqual({ kind: 'unnamed', description: 'critics' });
    expect(toSpeaker({ kind: 'nobody' })).toEqual(NOBODY);
    expect(toSpeaker('unnamed: critics')).toEqual({ kind: 'unnamed', description: 'critics' });
    expect(toSpeaker(undefined)).toEqual(NOBODY);
    expect(() => toSpeaker({ kind: 'named' })).toThrow(/not a speaker/);
    expect(() => toSpeaker(42)).toThrow(/not a speaker/);
  });
});
