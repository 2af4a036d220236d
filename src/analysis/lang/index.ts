// The language layer, after spaCy's `lang/`: what every stage asks about a language's words,
// one interface, one folder of data per language (en, fr, es, de, pt). Stages take a
// LanguageData and never import a language's files themselves.
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import { type Supported, supportedLanguage } from './codes';
import type { LanguageData } from './types';

export type { Gender, LanguageData, PronounInfo, SpeechLexicon } from './types';

const BY_CODE: Readonly<Record<Supported, LanguageData>> = { en: EN, fr: FR, es: ES, de: DE, pt: PT };

/** The data of a supported language ("fr-CA" → French), or null for any other. */
export function languageData(lang: string | null | undefined): LanguageData | null {
  const code = supportedLanguage(lang);
  return code ? BY_CODE[code] : null;
}

export { EN };
