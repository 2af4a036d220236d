// Head nouns of descriptions that stand for an actor (description-heads.json): one set each,
// built once, for every stage that asks what a description's head is.
import data from '../lang/en/description-heads.json';

/** Bodies that speak as one: "the company said". */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(data.organization);

/** Things that speak for their author: "the statement read", "the letter said". */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(data.document);

/** Institutions that a country or nationality before them names: "the French foreign ministry". */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(data.institution);
