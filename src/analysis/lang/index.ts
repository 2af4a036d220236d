// The language layer, after spaCy's `lang/`: what every stage asks about a language's words,
// one interface, one folder of data per language (en, fr, es, de, pt). Stages take a
// LanguageData and never import a language's files themselves.
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import { type Supported, supportedLanguage } from './codes';

export type Gender = 'm' | 'f' | null;

export interface PronounInfo {
  /** "self" for the first person (a speaker quoting themself), "n" for neuter ("it", "es"). */
  gender: 'm' | 'f' | 'n' | 'self' | null;
  /** null where the form is both (German "sie": she or they). */
  number: 'sg' | 'pl' | null;
}

export interface SpeechLexicon {
  /** The lemma of a speech verb's form ("said" → "say", "a déclaré"'s "déclaré" → itself), else null. */
  base(word: string): string | null;
  /** A verb that signals direct speech in any form ("say", "sagen", "dizer"), not "think" or "find". */
  isStrong(word: string): boolean;
  /** Nouns that introduce speech: "statement", "déclaration", "Erklärung". */
  nouns: ReadonlySet<string>;
}

export interface LanguageData {
  code: Supported;
  speech: SpeechLexicon;
  /** Honorifics before a name, lower-case without their dot, with the gender they imply. */
  honorifics: Readonly<Record<string, Gender>>;
  /** Title words: a run of these before a name is a role, not part of the name. */
  titleWords: ReadonlySet<string>;
  /** Role nouns that head a description ("the minister", "le porte-parole"). */
  roleNouns: ReadonlySet<string>;
  pronouns: Readonly<Record<string, PronounInfo>>;
  /** Heads of descriptions of sources the article leaves unnamed ("a spokesman", "ein Sprecher"). */
  unnamedHeads: ReadonlySet<string>;
  /** The quotation marks of the language's text, opening and closing. */
  quoteMarks: readonly (readonly [string, string])[];
  /** Function words a sentence start capitalises that are never names ("During", "Asimismo", "Zuvor"). */
  notNames: ReadonlySet<string>;
  /** Words that open a noun phrase ("the", "le", "der"); the indefinite ones open an unnamed source ("a", "un", "ein"). */
  determiners: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  /** Words that may stand between a subject and its verb of saying, or between the verb and an
   * inverted subject: auxiliaries, clitics and adverbs ("has also", "a", "hat", "ha", "tem"). */
  auxiliaries: ReadonlySet<string>;
  /** Words a subject phrase does not reach back over (relatives, conjunctions, prepositions). */
  clauseWords: ReadonlySet<string>;
  /** Word sequences that hand a quotation to the phrase after them ("according to", "selon", "laut"). */
  accordingTo: readonly (readonly string[])[];
  /** Such sequences that do so only right after the quotation ("…“, so Habeck"): elsewhere they are common words. */
  accordingToAfterQuote: readonly (readonly string[])[];
  /** Nouns are written with a capital and compounds end in their head ("Regierungssprecher"):
   * a capitalised word is a name only when nothing says it is a noun. */
  capitalisedNouns: boolean;
}

const BY_CODE: Readonly<Record<Supported, LanguageData>> = { en: EN, fr: FR, es: ES, de: DE, pt: PT };

/** The data of a supported language ("fr-CA" → French), or null for any other. */
export function languageData(lang: string | null | undefined): LanguageData | null {
  const code = supportedLanguage(lang);
  return code ? BY_CODE[code] : null;
}

export { EN };
