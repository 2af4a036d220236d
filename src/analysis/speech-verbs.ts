// Speech-verb lookup: every inflection of the reporting verbs in lexicons/speech-verbs.ts.
import type { Token } from './tokens';
import { IRREGULAR, IRREGULAR_FORMS, SPEECH_VERB_BASES, STRONG_BASES } from './lexicons/speech-verbs';

/** Regular English inflections of a base verb: 3rd person, past, -ing. */
export function inflect(base: string): string[] {
  const forms = new Set<string>([base]);
  // One-syllable consonant-vowel-consonant verbs double the consonant: "snap" → "snapped", "quip" → "quipping".
  const doubles = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base.replace(/^qu/, 'q'));
  const irregular = IRREGULAR[base];
  if (irregular) for (const f of irregular) forms.add(f);
  const extra = IRREGULAR_FORMS[base];
  if (extra) for (const f of extra) forms.add(f);
  if (!extra) {
    if (/(s|sh|ch|x|z|o)$/.test(base)) forms.add(`${base}es`);
    else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
    else forms.add(`${base}s`);
    if (/ie$/.test(base)) forms.add(`${base.slice(0, -2)}ying`);
    else if (/[^aeiouy]e$/.test(base) || /ue$/.test(base)) forms.add(`${base.slice(0, -1)}ing`);
    else if (doubles) forms.add(`${base}${base.at(-1)}ing`);
    else forms.add(`${base}ing`);
  }
  if (!irregular) {
    if (/e$/.test(base)) forms.add(`${base}d`);
    else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ied`);
    else if (doubles) forms.add(`${base}${base.at(-1)}ed`);
    else forms.add(`${base}ed`);
  }
  return [...forms];
}

const FORM_TO_BASE = new Map<string, string>();
for (const base of SPEECH_VERB_BASES) for (const f of inflect(base)) if (!FORM_TO_BASE.has(f)) FORM_TO_BASE.set(f, base);

/** Reporting verbs that strongly signal direct speech (not "think", "find", "call"). */
const STRONG = new Set(STRONG_BASES);

/** A word, or a token (its lower-case form is already made: no copy per lookup). */
type Word = string | Pick<Token, 'lower'>;
const lower = (w: Word) => (typeof w === 'string' ? w.toLowerCase() : w.lower);

/** The base verb if `word` is an inflection of a speech verb, else null. */
export function speechVerbBase(word: Word): string | null {
  return FORM_TO_BASE.get(lower(word)) ?? null;
}

export function isSpeechVerb(word: Word): boolean {
  return FORM_TO_BASE.has(lower(word));
}

export function isStrongSpeechVerb(word: Word): boolean {
  const b = speechVerbBase(word);
  return b !== null && STRONG.has(b);
}
