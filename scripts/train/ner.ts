// Trains one named-entity tagger per language on that language's "fit" sets of
// ../shared/eval/ner (scripts/eval/ner-corpora.ts says which) — for English also PolNeAR's train
// split, CoreNLP's machine tags projected onto our tokens — and writes
// src/analysis/models/ner-<lang>.json.
//   npm run train:ner                       (every language, the shipped models)
//   npx tsx scripts/train/ner.ts --lang de --no-lexicons --out /tmp/ner-de-plain.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentContext, sentenceFeatures } from '../../src/analysis/ner/features';
import { encodeModel, type NerModelFile } from '../../src/analysis/ner/model';
import type { Token } from '../../src/analysis/tokens';
import { labelsOf, type Lang, NER_SETS } from '../eval/ner-corpora';
import { decodeClusters, encodeClusters } from '../../src/analysis/ner/clusters';
import { learnClusters } from './ner-clusters';
import { readPolnear } from './ner-data';
import { type Example, trainPerceptron } from './perceptron';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_DATA = join(ROOT, '..', 'shared', 'eval', 'polnear-train');
export const LANGS: readonly Lang[] = ['en', 'de', 'es', 'fr', 'pt'];
export const modelPath = (lang: Lang) => join(ROOT, 'src', 'analysis', 'models', `ner-${lang}.json`);

/**
 * Each language's choices, made on its dev sets (CoNLL val, GUM dev, WikiANN val; never on the
 * judge sets). `also`: other languages' hand-tagged sets it fits too — Spanish has only WikiANN's
 * silver fragments, and full sentences of Portuguese, German and English teach it where names end
 * (CoNLL-2002 val 0.495 → 0.598). `clusters`: whether word clusters are features; they help where
 * there is much unlabelled text (English, German) and hurt Spanish (val 0.598 → 0.584).
 * `without`: the language's own sets it leaves out — English fitted on GUM's train split as well
 * as PolNeAR scored worse on CoNLL val (0.806 → 0.784) and on the dev pages (organizations
 * 0.85 → 0.81): GUM's mentions, cut down to names, follow conventions of their own.
 */
export const CONFIG: Readonly<Record<Lang, { also: readonly string[]; without: readonly string[]; clusters: boolean; gazetteer: boolean }>> = {
  en: { also: [], without: ['gum-train'], clusters: false, gazetteer: false },
  de: { also: [], without: [], clusters: true, gazetteer: true },
  es: { also: ['paramopama', 'germeval2014-fitted', 'gum-train'], without: [], clusters: false, gazetteer: true },
  fr: { also: [], without: [], clusters: false, gazetteer: true },
  pt: { also: [], without: [], clusters: false, gazetteer: true },
};

export interface NerTrainOptions {
  lang?: Lang;
  /** PolNeAR articles (English only); null leaves them out. */
  data?: string | null;
  out?: string | null;
  lexicons?: boolean;
  /**
   * Leave out sentences that are names and nothing else: WikiANN is mostly such fragments (titles,
   * link texts), which teach that every word after a capital is still inside the name.
   */
  dropFragments?: boolean;
  /** Fit sets left out (their names), to measure what each brings. */
  without?: readonly string[];
  /** Fit sets of other languages fitted too (their names). */
  also?: readonly string[];
  /** Place-gazetteer features (off to measure without them). */
  gazetteer?: boolean;
  /** Word-cluster features (default: the language's CONFIG; off to measure without them). */
  clusters?: boolean;
  epochs?: number;
  /** Weights below this fraction of the largest are dropped from the shipped model. */
  prune?: number;
  log?: (msg: string) => void;
}

export function trainNer(opts: NerTrainOptions = {}): NerModelFile {
  const log = opts.log ?? (() => {});
  const lexicons = opts.lexicons ?? true;
  const lang = opts.lang ?? 'en';
  const gazetteer = lexicons && (opts.gazetteer ?? CONFIG[lang].gazetteer);
  const t0 = performance.now();
  const docs: { tokens: Token[]; labels: Uint8Array }[][] = [];
  if (lang === 'en' && opts.data !== null) for (const d of readPolnear(opts.data ?? DEFAULT_DATA)) docs.push(d.sentences);
  for (const set of NER_SETS.filter((x) => x.role === 'fit' && (x.lang === lang || (opts.also ?? CONFIG[lang].also).includes(x.name)) && !(opts.without ?? CONFIG[lang].without).includes(x.name)))
    for (const doc of set.read()) {
      const sentences = doc.map((s) => ({ tokens: s.tokens, labels: labelsOf(s) })).filter((s) => !(opts.dropFragments && s.labels.every((y) => y !== 0)));
      if (sentences.length) docs.push(sentences);
    }
  // Clusters from the same text, its tags unread.
  const clusterData = !(opts.clusters ?? CONFIG[lang].clusters) ? null : learnClusters(docs.flatMap((d) => d.map((s) => s.tokens.map((t) => t.text))));
  const clusters = clusterData ? encodeClusters(clusterData) : undefined;
  const index = clusters ? decodeClusters(clusters) : null;
  if (clusterData) log(`${lang}: ${clusterData.words.length} words clustered in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const examples: Example[] = [];
  for (const sentences of docs) {
    const ctx = documentContext(sentences.map((s) => s.tokens));
    for (const s of sentences) examples.push({ feats: sentenceFeatures(s.tokens, ctx, { lexicons, gazetteer, clusters: index }), labels: s.labels });
  }
  log(`${lang}: ${examples.length} sentences, ${examples.reduce((a, e) => a + e.labels.length, 0)} tokens read in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const weights = trainPerceptron(examples, { epochs: opts.epochs ?? 6, seed: 11, minCount: 3, log });
  const model = encodeModel(weights.feats, weights.trans, weights.start, { lexicons, gazetteer, clusters, minWeight: (opts.prune ?? 0.01) * maxAbs(weights.feats) });
  log(`${model.features} features kept; trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const out = opts.out === undefined ? modelPath(lang) : opts.out;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(model)}\n`);
    log(`wrote ${out}`);
  }
  return model;
}

function maxAbs(feats: Map<number, Float64Array>): number {
  let m = 0;
  for (const w of feats.values()) for (const v of w) m = Math.max(m, Math.abs(v));
  return m;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const t0 = performance.now();
  for (const lang of at('--lang') ? [at('--lang') as Lang] : LANGS)
    trainNer({
      lang,
      lexicons: !args.includes('--no-lexicons'),
      clusters: args.includes('--no-clusters') ? false : undefined,
      gazetteer: args.includes('--no-gazetteer') ? false : undefined,
      also: at('--also')?.split(','),
      without: at('--without')?.split(','),
      dropFragments: args.includes('--drop-fragments'),
      out: at('--out'),
      data: args.includes('--no-polnear') ? null : at('--data'),
      epochs: at('--epochs') ? Number(at('--epochs')) : undefined,
      prune: at('--prune') ? Number(at('--prune')) : undefined,
      log: (m) => console.log(m),
    });
  console.log(`train: NER taggers done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
