// Stage "model": a conditional logit over one quotation's candidates. Each candidate's
// score is the sum of its features' weights; a softmax turns scores into the probability
// that it is the source. Weights are learned from PolNeAR by `npm run train`.
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
