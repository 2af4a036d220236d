// Plain questions about words ("is this a known first name?", "is this a country?"),
// answered from the data files under lexicons/.
import { FIRST_NAMES, type Gender, LAST_NAMES } from './lexicons/names';
import { KNOWN_ORGANIZATIONS, ORG_SUFFIXES } from './lexicons/organizations';
import { KNOWN_PLACES, PLACE_SUFFIXES } from './lexicons/places';
import { CALENDAR_WORDS, COMMON_WORDS, DEMONYMS } from './lexicons/words';
import type { ActorType } from './types';

export type { Gender };

/**
 * What a name's own words say it names, for a name the tagger did not find: "… Productions" or a
 * well-known body an organisation, "… County" or a known place a place, two or three capitalised
 * words a person; null when the words do not tell.
 */
export function typeFromWords(name: string): ActorType | null {
  const ws = name.split(/\s+/).filter(Boolean);
  const last = ws.at(-1)?.toLowerCase() ?? '';
  if (ORG_SUFFIXES.has(last) || isKnownOrganization(name)) return 'organization';
  if (PLACE_SUFFIXES.has(last) || isKnownPlace(name)) return 'place';
  return ws.length >= 2 && ws.length <= 3 && ws.every((w) => /^\p{Lu}/u.test(w)) ? 'person' : null;
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
const PLACES: ReadonlySet<string> = new Set(KNOWN_PLACES.map(norm));
const ORGS: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.map(norm));

/** Gender of a first name; null when unknown or used for both. */
export function firstNameGender(name: string): Gender | null {
  return FIRST_NAMES.get(norm(name)) ?? null;
}

export function isKnownFirstName(name: string): boolean {
  return FIRST_NAMES.has(norm(name));
}

export function isKnownLastName(name: string): boolean {
  return LAST_NAMES.has(norm(name));
}

export function isKnownPlace(phrase: string): boolean {
  return PLACES.has(norm(phrase));
}

export function isKnownOrganization(phrase: string): boolean {
  return ORGS.has(norm(phrase));
}

export function isDemonym(word: string): boolean {
  return DEMONYMS.has(norm(word));
}

/** A common (non-name) English word: sentence-initial capitals of these are not names. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(norm(word));
}

export function isWeekdayOrMonth(word: string): boolean {
  return CALENDAR_WORDS.has(norm(word));
}
