// Trains the named-entity tagger on PolNeAR's train split (CoreNLP's machine tags projected
// onto our tokens) and writes src/analysis/models/ner.json.
//   npm run train:ner            (the shipped model, with lexicon features)
//   npx tsx scripts/train/ner.ts --no-lexicons --out /tmp/ner-plain.json   (the tagger alone)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentContext, sentenceFeatures } from '../../src/analysis/ner/features';
import { encodeModel, type NerModelFile } from '../../src/analysis/ner/model';
import { readPolnear } from './ner-data';
import { type Example, trainPerceptron } from './perceptron';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_DATA = join(ROOT, '..', 'shared', 'eval', 'polnear-train');
export const DEFAULT_OUT = join(ROOT, 'src', 'analysis', 'models', 'ner.json');

export interface NerTrainOptions {
  data?: string;
  out?: string | null;
  lexicons?: boolean;
  epochs?: number;
  /** Weights below this fraction of the largest are dropped from the shipped model. */
  prune?: number;
  log?: (msg: string) => void;
}

export function trainNer(opts: NerTrainOptions = {}): NerModelFile {
  const log = opts.log ?? (() => {});
  const lexicons = opts.lexicons ?? true;
  const t0 = performance.now();
  const docs = readPolnear(opts.data ?? DEFAULT_DATA);
  const examples: Example[] = [];
  for (const d of docs) {
    const ctx = documentContext(d.sentences.map((s) => s.tokens));
    for (const s of d.sentences) examples.push({ feats: sentenceFeatures(s.tokens, ctx, { lexicons }), labels: s.labels });
  }
  log(`read ${docs.length} articles, ${examples.reduce((a, e) => a + e.labels.length, 0)} tokens in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const weights = trainPerceptron(examples, { epochs: opts.epochs ?? 6, seed: 11, minCount: 3, log });
  const model = encodeModel(weights.feats, weights.trans, weights.start, { lexicons, minWeight: (opts.prune ?? 0.01) * maxAbs(weights.feats) });
  log(`${model.features} features kept; trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const out = opts.out === undefined ? DEFAULT_OUT : opts.out;
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
  trainNer({
    lexicons: !args.includes('--no-lexicons'),
    out: at('--out'),
    data: at('--data'),
    epochs: at('--epochs') ? Number(at('--epochs')) : undefined,
    prune: at('--prune') ? Number(at('--prune')) : undefined,
    log: (m) => console.log(m),
  });
}
