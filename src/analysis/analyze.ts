// The pure analysis core: article text in, quotes with speakers and named actors out.
// No DOM, no extension APIs, no state kept between calls. A pipeline of named stages:
//   spans → tokens (document) → actors → candidates → features → model → speakers → echoes
import type { Entity } from './aliases';
import { attributeEchoes } from './attribution/echoes';
import { type Chooser, attributeQuotes, modelChooser } from './attribution/speakers';
import type { RankerModel } from './attribution/ranker';
import { buildDoc } from './document';
import { findActors } from './actors/find-actors';
import speakerModel from './models/speaker-ranker.json';
import { languageData } from './lang';
import { EN } from './lang/en';
import { capitalisedNouns, commonNoun } from './lang/nouns';
import { loadNerModel } from './ner/models';
import { knownNames } from './noun-phrases';
import type { Actor, Analysis, ArticleText } from './types';

const defaultChooser = modelChooser(speakerModel as RankerModel);

export interface AnalyzeOptions {
  /** Replaces the trained ranker: the trainer records candidates, ablations pick by rule. */
  choose?: Chooser;
  /** The article's language (ISO 639-1), as extraction decided it; the article's own `lang`
   * when not given, English when neither says. */
  lang?: string;
}

/** The language an analysis reads its article in. */
export function analysisLanguage(article: ArticleText, options: AnalyzeOptions = {}): string {
  return (options.lang ?? article.lang ?? 'en').toLowerCase();
}

/**
 * Loads what `analyze` needs for the article's language and nothing else: the tagger of a
 * language other than English is its own chunk, fetched here once (an English page fetches none).
 * Callers await it before `analyze`, which stays synchronous and pure.
 */
export async function prepareAnalysis(article: ArticleText, options: AnalyzeOptions = {}): Promise<void> {
  await loadNerModel(analysisLanguage(article, options));
}

export function analyze(article: ArticleText, options: AnalyzeOptions = {}): Analysis {
  // A language without data is read with the English words, as before languages.
  const code = analysisLanguage(article, options);
  const lang = languageData(code) ?? EN;
  const doc = buildDoc(article, lang);
  const { entities, mentions } = findActors({ text: doc.text, blocks: doc.blocks, sentences: doc.sentences, inQuote: doc.inQuote, lang: code });
  const nouns = lang.capitalisedNouns ? capitalisedNouns(doc, mentions) : undefined;
  // A tagger's "name" that is a function word of the language ("Asimismo", "Zuvor") or that the
  // article writes as a common noun ("die Kontrolle") is no speaker.
  const speakers = lang.code === 'en' ? mentions : mentions.filter((m) => !commonNoun(doc.text.slice(m.start, m.end), nouns ?? lang.notNames) && !commonNoun(doc.text.slice(m.start, m.end), lang.notNames));
  const phraseDoc = { text: doc.text, known: knownNames(speakers), lang, nouns };
  const quotes = attributeEchoes(attributeQuotes(doc, phraseDoc, entities, speakers, options.choose ?? defaultChooser));
  return { quotes, actors: toActors(entities) };
}

function toActors(entities: Entity[]): Actor[] {
  return entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: [...e.forms].filter((f) => f !== e.name),
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
}
