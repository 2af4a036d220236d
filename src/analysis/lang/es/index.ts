// Spanish: its words (words.json) and verbs of saying (speech-verbs.json; the _source of each says
// where the words come from and under what licence).
import { buildLanguage, type SpeechVerbsFile, type WordsFile } from '../build';
import verbs from './speech-verbs.json';
import words from './words.json';

export const ES = buildLanguage('es', words as unknown as WordsFile, verbs as SpeechVerbsFile);
