// One-off export of compromise's word lists (MIT, general English knowledge: given names with
// gender, surnames, places, demonyms, organisations, common words) into the data files under
// src/analysis/lexicons/, so the analysis reads plain data and no longer ships compromise.
// Our own additions live in the *.extra.json files beside them and are merged at load time.
//   npx tsx scripts/lexicons/from-compromise.ts
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;
const lex = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
const tagged = (pred: (tags: string[]) => boolean) =>
  Object.entries(lex)
    .filter(([, t]) => pred(([] as string[]).concat(t)))
    .map(([w]) => w)
    .sort();
const has = (...want: string[]) => (tags: string[]) => tags.some((t) => want.includes(t));

const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'Organization'];
const COMMON_TAGS = [
  'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Verb', 'PastTense',
  'PresentTense', 'Infinitive', 'Gerund', 'Singular', 'Plural', 'Noun', 'Uncountable', 'QuestionWord', 'Copula',
  'Comparative', 'Superlative', 'Expression', 'Participle', 'Cardinal', 'Ordinal', 'Actor', 'Month', 'WeekDay', 'Date',
  'Duration', 'Reflexive', 'Possessive', 'Negative', 'Auxiliary',
];
const out = new URL('../../src/analysis/lexicons/', import.meta.url);
const write = (name: string, data: unknown) => writeFileSync(new URL(name, out), `${JSON.stringify(data, null, 0)}\n`);

const male = tagged((t) => t.includes('MaleName') && !t.includes('FemaleName'));
const female = tagged((t) => t.includes('FemaleName') && !t.includes('MaleName'));
const either = tagged((t) => (t.includes('MaleName') && t.includes('FemaleName')) || (t.includes('FirstName') && !t.includes('MaleName') && !t.includes('FemaleName')));
write('first-names.json', { m: male, f: female, u: either });
write('last-names.json', tagged(has('LastName')));
write('places.json', {
  countries: tagged(has('Country')),
  cities: tagged(has('City')),
  regions: tagged(has('Region', 'Place')),
});
write('demonyms.json', tagged(has('Demonym')));
write('organizations.json', tagged(has('Organization', 'SportsTeam')));
write('common-words.json', {
  calendar: tagged(has('WeekDay', 'Month')),
  common: tagged((t) => t.some((x) => COMMON_TAGS.includes(x)) && !t.some((x) => NAME_TAGS.includes(x))).filter((w) => !w.includes(' ')),
});
