// Honorifics and role words that stand before a person's name ("Deputy Secretary of
// State Wendy Sherman", "Mr Obama"). The words themselves live in titles.json.
import data from '../lang/en/titles.json';

/** Honorifics that mark a following name as a person, with the gender they imply. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = data.honorifics as Record<string, 'm' | 'f' | null>;

/** Title words, lower-case; a run of these before a name is a role, not part of the name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(data.titles);

/** Role nouns that can head a description ("the Kremlin spokesman", "the minister"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(data.roles);
