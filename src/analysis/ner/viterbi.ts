// First-order Viterbi decoding over BIO labels, with the I-after-O constraint built in.
import { allowed, NUM_LABELS } from './labels';

const L = NUM_LABELS;

/**
 * Best label sequence for n tokens. `emit[i*L + y]` scores label y at token i; `trans[p*L + y]`
 * scores y after p; `start[y]` scores y first. Forbidden transitions are never taken.
 */
export function viterbi(n: number, emit: ArrayLike<number>, trans: ArrayLike<number>, start: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = allowed(0, y) ? start[y]! + emit[y]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, y)) continue;
        const s = score[(i - 1) * L + p]! + trans[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k]! > score[(n - 1) * L + y]!) y = k;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y]!;
  }
  return out;
}
