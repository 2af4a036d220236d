// Organisation words and well-known organisations (organizations.json, exported from
// compromise's lexicon, and organizations.extra.json, our own additions).
import listed from './organizations.json';
import extra from './organizations.extra.json';

export const KNOWN_ORGANIZATIONS: readonly string[] = [...extra.known, ...listed];

/** Words that end an organisation's name: "Foreign Ministry", "Food Standards Agency". */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(extra.suffixes);

/** Words that start an organisation's name: "University of …", "Bank of …". */
export const ORG_PREFIXES: ReadonlySet<string> = new Set(extra.prefixes);

/** Last words of names that are events, prizes or laws, not actors: "… Cup Finals", "… Act". */
export const NOT_ACTOR_HEADS: ReadonlySet<string> = new Set(extra.notActors);
