// The tagger's model for each supported language. English, the default, is bundled with the
// analysis and decoded on first use; every other language's weights are their own chunk of the
// bundle (a dynamic import), so an English page never loads the German model. `loadNerModel`
// fetches and decodes once; `nerModelLoaded` is the synchronous view the pure analysis reads
// after its caller has awaited the load.
import enFile from '../models/ner-en.json';
import { type Supported, supportedLanguage } from '../lang/codes';
import { decodeModel, type NerModel, type NerModelFile } from './model';

/** One tagger for each language the analysis reads. */
export type NerLang = Supported;

const SOURCES: Readonly<Record<NerLang, () => Promise<{ default: unknown }>>> = {
  en: () => Promise.resolve({ default: enFile }),
  de: () => import('../models/ner-de.json'),
  es: () => import('../models/ner-es.json'),
  fr: () => import('../models/ner-fr.json'),
  pt: () => import('../models/ner-pt.json'),
};

/**
 * Whether the mentions of one name vote on its type (tag-document.ts), per language, as measured:
 * for English the vote cost a speaker on polnear-dev (463 → 462 of 492) and organizations on dev
 * (0.86 → 0.85), so English keeps the tagger's own types; elsewhere it lifts the news judge sets
 * (CoNLL-2002 es 0.546 → 0.572, CoNLL-2003 de 0.518 → 0.533). The scorers read the same choice.
 */
const VOTE: Readonly<Record<NerLang, boolean>> = { en: false, de: true, es: true, fr: true, pt: true };
export const votesAcrossMentions = (language: string): boolean => {
  const lang = supportedLanguage(language);
  return lang !== null && VOTE[lang];
};

const loaded = new Map<NerLang, NerModel>();
const loading = new Map<NerLang, Promise<NerModel>>();

/** The model for `lang` ("fr-CA" → French), or null for a language with no tagger (its articles get no actors). */
export function loadNerModel(language: string | null | undefined): Promise<NerModel | null> {
  const lang = supportedLanguage(language);
  if (!lang) return Promise.resolve(null);
  let p = loading.get(lang);
  if (!p) {
    p = SOURCES[lang]().then(
      (m) => {
        const model = loaded.get(lang) ?? decodeModel(m.default as NerModelFile);
        loaded.set(lang, model);
        return model;
      },
      (err: unknown) => {
        // A chunk that failed to load (an extension update mid-session) is asked for again next time.
        loading.delete(lang);
        throw new Error(`the ${lang} named-entity model could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** The model for `lang` if `loadNerModel(lang)` has finished, else undefined. */
export function nerModelLoaded(lang: NerLang): NerModel | undefined {
  if (lang === 'en' && !loaded.has('en')) loaded.set('en', decodeModel(enFile as NerModelFile));
  return loaded.get(lang);
}

/** For the scorers: the shipped model of a language. */
export const nerModelFor = loadNerModel;
