// Stage "model": a conditional logit over one quotation's candidates. Each candidate's
// score is the sum of its features' weights; a softmax turns scores into the probability
// that it is the source. Weights are learned from PolNeAR by `npm run train`.
import type { Candidate } from './candidates';
import { FeatureNames } from './feature-names';
import { type FeatureSink, kindNames } from './features';
export interface RankerModel {
  /** What produced the weights, for the README and the eval output. */
  trainedOn: string;
  weights: Record<string, number>;
}

export interface Ranked {
  index: number;
  probability: number;
  probabilities: number[];
}

// A Map reads string keys faster than an object of thousands of keys; built once per model.
const tables = new WeakMap<RankerModel, Map<string, number>>();
function table(model: RankerModel): Map<string, number> {
  let t = tables.get(model);
  if (!t) {
    t = new Map(Object.entries(model.weights));
    tables.set(model, t);
  }
  return t;
}

export function score(model: RankerModel, features: string[]): number {
  const w = table(model);
  let s = 0;
  for (const f of features) s += w.get(f) ?? 0;
  return s;
}

/** The weights of a feature and of its kind-prefixed twin, looked up once per analysis. */
interface PairWeight {
  plain: number;
  prefixed: number;
}

/**
 * A feature sink that keeps only each candidate's score: the sum of its features' weights,
 * added in the order `score` adds them, so the result is the same to the last bit.
 */
export class WeightSum implements FeatureSink {
  scores: number[] = [];
  private readonly w: Map<string, number>;
  private readonly pairsByKind = new Map<string, Map<string, PairWeight>>();
  private pairs = new Map<string, PairWeight>();
  private kindBar = '';
  constructor(
    model: RankerModel,
    private readonly names: FeatureNames = new FeatureNames(),
  ) {
    this.w = table(model);
  }
  /** A new quotation: scores start empty. */
  reset(): void {
    this.scores = [];
  }
  start(kind: Candidate['kind']): void {
    const k = kindNames(this.names, kind);
    this.kindBar = k.kindBar;
    let pairs = this.pairsByKind.get(kind);
    if (!pairs) {
      pairs = new Map();
      this.pairsByKind.set(kind, pairs);
    }
    this.pairs = pairs;
    this.scores.push(0 + (this.w.get(k.first) ?? 0));
  }
  add(name: string): void {
    this.scores[this.scores.length - 1]! += this.w.get(name) ?? 0;
  }
  both(name: string): void {
    let p = this.pairs.get(name);
    if (!p) {
      p = { plain: this.w.get(name) ?? 0, prefixed: this.w.get(this.names.join(this.kindBar, name)) ?? 0 };
      this.pairs.set(name, p);
    }
    const last = this.scores.length - 1;
    this.scores[last]! += p.plain;
    this.scores[last]! += p.prefixed;
  }
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const ex = scores.map((s) => Math.exp(s - max));
  const z = ex.reduce((a, b) => a + b, 0);
  return ex.map((e) => e / z);
}

export function rank(model: RankerModel, features: string[][]): Ranked {
  const probabilities = softmax(features.map((f) => score(model, f)));
  let index = 0;
  for (let i = 1; i < probabilities.length; i++) if (probabilities[i]! > probabilities[index]!) index = i;
  return { index, probability: probabilities[index]!, probabilities };
}
