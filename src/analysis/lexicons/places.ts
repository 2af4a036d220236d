// Place words and well-known places (places.json, exported from compromise's lexicon,
// and places.extra.json, our own additions).
import listed from './places.json';
import extra from './places.extra.json';

/** Words that end a place name: "Korean Peninsula", "Kern County". */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(extra.suffixes);

export const KNOWN_PLACES: readonly string[] = [...extra.known, ...listed.countries, ...listed.cities, ...listed.regions];
