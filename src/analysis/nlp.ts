// The one place that knows compromise's API. The rest of the analysis asks plain
// questions ("is this a known first name?", "is this a country?") through here.
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

let lexicon: Lexicon | null = null;
function lex(): Lexicon {
  if (!lexicon) {
    // compromise's typings do not describe the world model; it is a plain tag map.
    const world = nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } };
    lexicon = world.model.one.lexicon;
  }
  return lexicon;
}

/** compromise's lexicon tags for a word or multi-word phrase (case-insensitive). */
export function lexiconTags(phrase: string): string[] {
  const t = lex()[phrase.toLowerCase().replace(/[’']/g, "'")];
  if (!t) return [];
  return Array.isArray(t) ? t : [t];
}

export type Gender = 'm' | 'f';

/** Gender of a first name from compromise's name lists; null when unknown or ambiguous. */
export function firstNameGender(name: string): Gender | null {
  const tags = lexiconTags(name);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return null;
}

export function isKnownFirstName(name: string): boolean {
  const tags = lexiconTags(name);
  return tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName');
}

export function isKnownLastName(name: string): boolean {
  const tags = lexiconTags(name);
  return tags.includes('LastName') || tags.includes('Person');
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
export function isKnownPlace(phrase: string): boolean {
  return lexiconTags(phrase).some((t) => PLACE_TAGS.has(t));
}

export function isKnownOrganization(phrase: string): boolean {
  return lexiconTags(phrase).some((t) => t === 'Organization' || t === 'SportsTeam');
}

export function isDemonym(word: string): boolean {
  return lexiconTags(word).includes('Demonym');
}

const COMMON_TAGS = new Set([
  'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Verb', 'PastTense',
  'PresentTense', 'Infinitive', 'Gerund', 'Singular', 'Plural', 'Noun', 'Uncountable', 'QuestionWord', 'Copula',
  'Comparative', 'Superlative', 'Expression', 'Participle', 'Cardinal', 'Ordinal', 'Actor', 'Month', 'WeekDay', 'Date',
  'Duration', 'Reflexive', 'Possessive', 'Negative', 'Auxiliary',
]);
/** A common (non-name) English word: sentence-initial capitals of these are not names. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (!tags.length) return false;
  if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'LastName' || PLACE_TAGS.has(t) || t === 'Organization'))
    return false;
  return tags.some((t) => COMMON_TAGS.has(t));
}

export function isWeekdayOrMonth(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'WeekDay' || t === 'Month');
}

/** compromise's own reading of one short phrase: used only for runs the lexicons cannot place. */
export function classifyPhrase(phrase: string): 'person' | 'organization' | 'place' | null {
  const doc = nlp(phrase);
  if (doc.has('#Person')) return 'person';
  if (doc.has('#Organization')) return 'organization';
  if (doc.has('#Place')) return 'place';
  return null;
}

/** compromise alone on a whole text: the bench's point of comparison. */
export function compromiseEntities(text: string): { people: string[]; organizations: string[]; places: string[] } {
  const doc = nlp(text);
  return {
    people: doc.people().out('array') as string[],
    organizations: doc.organizations().out('array') as string[],
    places: doc.places().out('array') as string[],
  };
}
