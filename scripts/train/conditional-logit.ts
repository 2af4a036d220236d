// Fits a conditional logit (a softmax over each example's candidates, several of which may
// be right) by AdaGrad with L2, deterministically: a seeded shuffle, fixed epochs.
import { rng } from '../rng';

export interface Example {
  /** Feature strings of each candidate. */
  features: string[][];
  /** Indices of the right candidates (at least one). */
  positives: number[];
}

export interface FitOptions {
  epochs: number;
  l2: number;
  rate: number;
  seed: number;
}


export function fitLogit(examples: Example[], opts: FitOptions): Map<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const rand = rng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const ix of order) {
      const ex = examples[ix]!;
      const scores = ex.features.map((fs) => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0));
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((x) => x / z);
      const pos = new Set(ex.positives);
      const zp = ex.positives.reduce((s, k) => s + p[k]!, 0);
      // d(-log Σ_pos p)/d score_c = p_c − [c ∈ pos]·p_c / Σ_pos p
      const grad = new Map<string, number>();
      ex.features.forEach((fs, c) => {
        const d = p[c]! - (pos.has(c) ? p[c]! / zp : 0);
        if (Math.abs(d) < 1e-9) return;
        for (const f of fs) grad.set(f, (grad.get(f) ?? 0) + d);
      });
      for (const [f, d0] of grad) {
        const wf = w.get(f) ?? 0;
        const d = d0 + opts.l2 * wf;
        const acc = (g2.get(f) ?? 0) + d * d;
        g2.set(f, acc);
        w.set(f, wf - (opts.rate * d) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  return w;
}

/** Share of examples whose top-scored candidate is a right one. */
export function accuracy(w: Map<string, number>, examples: Example[]): number {
  let right = 0;
  for (const ex of examples) {
    const scores = ex.features.map((fs) => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0));
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
    if (ex.positives.includes(best)) right++;
  }
  return examples.length ? right / examples.length : 0;
}
