// English verbs of saying, read from lang/en/speech-verbs.json (its _source says where they come
// from). Base forms only; inflections are generated in ../speech-verbs.ts.
import data from '../lang/en/speech-verbs.json';

export const SPEECH_VERB_BASES: readonly string[] = data.bases;

/** Irregular past tense and past participle: base → [past, participle]. */
export const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = data.irregular as unknown as Record<string, readonly [string, string]>;

/** Verbs whose "-ing"/3rd person is irregular in spelling. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = data.irregularForms;

/** Reporting verbs that strongly signal direct speech (not "think", "find", "call"). */
export const STRONG_BASES: readonly string[] = data.strong;

/** Multi-word cues that attribute like a verb. */
export const SPEECH_PHRASES: readonly string[] = data.phrases;

/** Nouns that introduce a quote: "in a statement", "his message:". */
export const SPEECH_NOUNS: readonly string[] = data.nouns;
