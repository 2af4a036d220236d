// Given names with gender and surnames (first-names.json and last-names.json, exported from
// compromise's lexicon, plus first-names.extra.json: names of many cultures, our own list).
import listed from './first-names.json';
import extra from './first-names.extra.json';
import lastNames from './last-names.json';

export type Gender = 'm' | 'f';

function genders(): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  const add = (names: string[], g: Gender | null) => {
    for (const n of names) out.set(n, out.has(n) && out.get(n) !== g ? null : g);
  };
  add(listed.m, 'm');
  add(listed.f, 'f');
  add(extra.m, 'm');
  add(extra.f, 'f');
  add(listed.u, null);
  add(extra.u, null);
  return out;
}

/** Lower-case given name → its gender, null when used for both or unknown. */
export const FIRST_NAMES: ReadonlyMap<string, Gender | null> = genders();
export const LAST_NAMES: ReadonlySet<string> = new Set(lastNames);
