// Builds a LanguageData from a language's two data files: words.json (honorifics, titles,
// roles, pronouns, unnamed heads, quotation marks, non-names) and speech-verbs.json (forms of
// the verbs of saying: a list, or a map of form → lemma).
import type { Supported } from './codes';
import type { Gender, LanguageData, PronounInfo } from './index';

export interface WordsFile {
  honorifics: Record<string, Gender>;
  titles: string[];
  roles: string[];
  pronouns: Record<string, PronounInfo>;
  unnamedHeads: string[];
  quoteMarks: string[][];
  notNames: string[];
  determiners: string[];
  indefinite: string[];
  auxiliaries: string[];
  clauseWords: string[];
  accordingTo: string[][];
  accordingToAfterQuote: string[][];
  compoundRoles?: boolean;
}

export interface SpeechVerbsFile {
  /** Every form, or every form with its lemma. */
  forms: string[] | Record<string, string>;
  /** Forms or lemmas that signal direct speech in any form. */
  strong: string[];
  nouns?: string[];
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export function buildLanguage(code: Supported, words: WordsFile, verbs: SpeechVerbsFile): LanguageData {
  const lemmaOf = new Map<string, string>(Array.isArray(verbs.forms) ? verbs.forms.map((f) => [f, f]) : Object.entries(verbs.forms));
  const strong = lower(verbs.strong);
  const base = (word: string) => lemmaOf.get(word.toLowerCase()) ?? null;
  return {
    code,
    speech: {
      base,
      isStrong: (word) => {
        const b = base(word);
        return b !== null && (strong.has(b) || strong.has(word.toLowerCase()));
      },
      nouns: lower(verbs.nouns ?? []),
    },
    honorifics: words.honorifics,
    titleWords: lower(words.titles),
    roleNouns: lower(words.roles),
    pronouns: words.pronouns,
    unnamedHeads: lower(words.unnamedHeads),
    quoteMarks: words.quoteMarks.map(([o, c]) => [o!, c!] as const),
    notNames: lower(words.notNames),
    ...grammarWords(words),
  };
}

/** The function words phrase reading asks about, from a words.json. */
export function grammarWords(words: WordsFile): Pick<LanguageData, 'determiners' | 'indefinite' | 'auxiliaries' | 'clauseWords' | 'accordingTo' | 'accordingToAfterQuote' | 'capitalisedNouns'> {
  return {
    determiners: lower(words.determiners),
    indefinite: lower(words.indefinite),
    auxiliaries: lower(words.auxiliaries),
    clauseWords: lower(words.clauseWords),
    accordingTo: words.accordingTo.map((xs) => xs.map((x) => x.toLowerCase())),
    accordingToAfterQuote: words.accordingToAfterQuote.map((xs) => xs.map((x) => x.toLowerCase())),
    capitalisedNouns: words.compoundRoles === true,
  };
}
