// `npm run eval`: the project's quality figures, each from the scorer that judges it.
//   - quotes, speakers, people and organizations: ../shared/eval/score.mjs on dev and
//     polnear-dev, run on a bundled CLI (same code as `npm run analyze`, a faster start);
//   - places on dev (the gold lists them; score.mjs does not judge them);
//   - calibration of speaker confidence on polnear-dev (expected calibration error);
//   - article extraction on ../shared/eval/extraction and extraction-fundus (their metric, as their score.mjs; fundus per language);
//   - the article verdict: real articles refused (both extraction sets, dev, dev-recent, dev-intl) and
//     the generated non-article pages refused (scripts/eval/article-verdict.ts);
//   - the named-entity tagger of each language on every judge and dev set of ../shared/eval/ner
//     (scripts/eval/ner-sets.ts): per type and all, by exact span;
//   - quotes across articles on pairs scripted from PolNeAR's quotes (scripts/eval/quotes-across.ts);
//   - quotes and speakers per language, one line each: English on dev-recent, French, Spanish and
//     German on their dev-intl pages, German on wikinews-de (judged only: CC BY-NC-SA);
//   - the article's language on every eval page whose language is known (scripts/eval/language.ts);
//   - saved copies: false alarms over revisits and scripted edits found (scripts/eval/saved-copy.ts);
// With --ablation, also the sieve's rules alone in place of the ranker.
// With --check, exits 1 when a figure falls below its floor in scripts/eval/floors.json.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNerModel } from '../../src/analysis/ner/models';
import { calibration } from './calibration';
import { placeScore } from './places';
import { verdictEval, verdictLine } from './article-verdict';
import { byLanguage, FUNDUS_DIR, failures, languageLine as fundusLanguageLine, scoreExtraction } from './extraction';
import { languageLine, scoreLanguage } from './language';
import { nerLine, REPORTED_SETS, scoreSet } from './ner-sets';
import { acrossLine, runAcrossEval } from './quotes-across';
import { runSavedCopyEval, savedCopyLine } from './saved-copy';
import { bundleCli, EVAL, pageNames, score } from './score-set';

const FLOORS = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, number>;

/** Figures of an OVERALL line, by name. */
export function figures(line: string): Record<string, number> {
  const f: Record<string, number> = {};
  const sp = /speaker_acc=([\d.]+)/.exec(line);
  const q = /quotes P=[\d.]+ R=[\d.]+ F1=([\d.]+)/.exec(line);
  const pe = /people_F1=([\d.]+)/.exec(line);
  const or = /orgs_F1=([\d.]+)/.exec(line);
  if (sp) f.speaker_acc = Number(sp[1]);
  if (q) f.quote_F1 = Number(q[1]);
  if (pe) f.people_F1 = Number(pe[1]);
  if (or) f.orgs_F1 = Number(or[1]);
  return f;
}

/** The sets scored per language: each page's language is its set's, or its name's country code. */
const LANGUAGE_SETS: { set: string; lang: string; pages?: RegExp }[] = [
  { set: 'dev-recent', lang: 'en' },
  { set: 'dev-intl', lang: 'fr', pages: /^fr-/ },
  { set: 'dev-intl', lang: 'es', pages: /^es-/ },
  { set: 'dev-intl', lang: 'de', pages: /^(de|at|ch)-/ },
  { set: 'wikinews-de', lang: 'de' },
];

/** One language's pages of a set, as a directory score.mjs reads (links to the pages and their gold). */
function languagePages(set: string, pages: RegExp | undefined): { dir: string; done: () => void } {
  if (!pages) return { dir: join(EVAL, set), done: () => {} };
  const dir = mkdtempSync(join(tmpdir(), `ql-eval-${set}-lang-`));
  for (const f of readdirSync(join(EVAL, set)).filter((x) => pages.test(x))) symlinkSync(join(EVAL, set, f), join(dir, f));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const cli = await bundleCli();
  const results: Record<string, number> = {};
  for (const set of ['dev', 'polnear-dev']) {
    const record = mkdtempSync(join(tmpdir(), `ql-eval-${set}-`));
    try {
      const line = score(set, cli, record);
      console.log(`${set}: ${line}`);
      for (const [k, v] of Object.entries(figures(line))) results[`${set}.${k}`] = v;
      if (set === 'dev') {
        const names = pageNames(set);
        const pl = placeScore(join(EVAL, set), record, names);
        console.log(`${set}: places P=${pl.precision.toFixed(2)} R=${pl.recall.toFixed(2)} F1=${pl.f1.toFixed(2)} over ${pl.pages} pages (not judged by score.mjs)`);
        results[`${set}.places_F1`] = pl.f1;
      }
      if (set === 'polnear-dev') {
        const names = pageNames(set);
        const c = calibration(join(EVAL, set), record, names);
        console.log(`${set}: speaker calibration ECE=${c.ece.toFixed(3)} over ${c.n} speakers`);
        for (const b of c.table) console.log(`  p in [${b.from.toFixed(1)}, ${b.to.toFixed(1)}): n=${b.n} mean p=${b.confidence.toFixed(2)} right=${b.accuracy.toFixed(2)}`);
        results[`${set}.speaker_ECE_max`] = c.ece;
      }
      if (process.argv.includes('--ablation')) console.log(`${set} (rules alone, no ranker): ${score(set, cli, record, 'rules')}`);
    } finally {
      rmSync(record, { recursive: true, force: true });
    }
  }
  for (const { set, lang, pages } of LANGUAGE_SETS) {
    const record = mkdtempSync(join(tmpdir(), `ql-eval-${set}-`));
    const subset = languagePages(set, pages);
    try {
      const line = score(set, cli, record, 'model', subset.dir);
      console.log(`quotes and speakers, ${lang} (${set}): ${line}`);
      const key = pages ? `${set}.${lang}` : set;
      for (const [k, v] of Object.entries(figures(line))) results[`${key}.${k}`] = v;
    } finally {
      subset.done();
      rmSync(record, { recursive: true, force: true });
    }
  }
  const language = scoreLanguage(EVAL);
  console.log(languageLine(language));
  results['language.accuracy'] = language.combined / language.pages;
  const ex = scoreExtraction();
  console.log(`extraction: F1=${ex.f1.toFixed(3)} P=${ex.p.toFixed(3)} R=${ex.r.toFixed(3)} over ${ex.pages.length} pages`);
  Object.assign(results, { 'extraction.F1': ex.f1, 'extraction.P': ex.p, 'extraction.R': ex.r, 'extraction.failures_max': failures(ex.pages).belowWhereReadabilityOk });
  const fu = scoreExtraction({ dir: FUNDUS_DIR });
  const fuFail = failures(fu.pages);
  console.log(`extraction-fundus: F1=${fu.f1.toFixed(3)} P=${fu.p.toFixed(3)} R=${fu.r.toFixed(3)} over ${fu.pages.length} pages; below 0.5 F1: ${fuFail.below}`);
  console.log(`  by language: ${fundusLanguageLine(byLanguage(fu, FUNDUS_DIR))}`);
  Object.assign(results, { 'fundus.F1': fu.f1, 'fundus.P': fu.p, 'fundus.R': fu.r, 'fundus.failures_max': fuFail.belowWhereReadabilityOk });
  const verdict = verdictEval();
  console.log(verdictLine(verdict));
  Object.assign(results, { 'verdict.articles_refused_max': verdict.articlesRefused, 'verdict.non_articles_refused': verdict.nonArticleRefusal });
  for (const set of REPORTED_SETS) {
    const model = await loadNerModel(set.lang);
    if (!model) throw new Error(`no NER model for ${set.lang}`);
    const s = scoreSet(set, model);
    console.log(nerLine(set.name, s));
    for (const [t, x] of Object.entries(s)) results[`ner.${set.name}.${t}_F1`] = x.f1;
  }
  const across = runAcrossEval();
  console.log(acrossLine(across));
  Object.assign(results, { 'across.same_P': across.sameP, 'across.same_R': across.sameR, 'across.reworded_P': across.rewordedP, 'across.reworded_R': across.rewordedR, 'across.different_as_same_max': across.differentAsSame });
  const copies = await runSavedCopyEval();
  console.log(savedCopyLine(copies));
  Object.assign(results, { 'savedcopy.false_alarms_max': copies.falseAlarms, 'savedcopy.edits_found': copies.found });
  if (!check) return 0;
  let failed = 0;
  for (const [k, floor] of Object.entries(FLOORS)) {
    const v = results[k];
    const bad = v === undefined || (k.endsWith('_max') ? v > floor : v < floor);
    if (bad) {
      console.log(`eval: ${k} = ${v ?? 'missing'} is ${k.endsWith('_max') ? 'above its ceiling' : 'below its floor'} ${floor}`);
      failed++;
    }
  }
  console.log(failed ? `eval: ${failed} figure(s) below floor` : `eval: all ${Object.keys(FLOORS).length} figures at or above their floors`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`eval: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
