// English: honorifics, titles and roles (titles.json), description heads (description-heads.json),
// pronouns, quotation marks and non-names (words.json), and the verbs of saying
// (speech-verbs.json), inflected by the English rules in ../../speech-verbs.ts.
import { speechVerbBase, isStrongSpeechVerb } from '../../speech-verbs';
import { grammarWords, type WordsFile } from '../build';
import type { LanguageData, PronounInfo } from '../index';
import verbs from './speech-verbs.json';
import titles from './titles.json';
import words from './words.json';

export const EN: LanguageData = {
  code: 'en',
  speech: { base: speechVerbBase, isStrong: isStrongSpeechVerb, nouns: new Set(verbs.nouns) },
  honorifics: titles.honorifics as Record<string, 'm' | 'f' | null>,
  titleWords: new Set(titles.titles),
  roleNouns: new Set(titles.roles),
  pronouns: words.pronouns as Record<string, PronounInfo>,
  unnamedHeads: new Set(titles.roles),
  quoteMarks: words.quoteMarks.map(([o, c]) => [o!, c!] as const),
  notNames: new Set(words.notNames),
  ...grammarWords(words as unknown as WordsFile),
};
