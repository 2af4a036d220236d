import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../../src/analysis/ner/hash';
import { begin, inside, LABELS, NUM_LABELS, spansOf } from '../../../../src/analysis/ner/labels';
import { decodeModel, emissions, encodeModel } from '../../../../src/analysis/ner/model';
import { viterbi } from '../../../../src/analysis/ner/viterbi';

const L = NUM_LABELS;
const zeros = (n: number) => new Float64Array(n);
const O = 0;
const BPER = begin('PER');
const IPER = inside('PER');
const BORG = begin('ORG');

describe('decoding', () => {
  it('takes the best label per token when transitions are neutral', () => {
    const emit = zeros(3 * L);
    emit[0 * L + BPER] = 2;
    emit[1 * L + IPER] = 2;
    emit[2 * L + O] = 1;
    expect([...viterbi(3, emit, zeros(L * L), zeros(L))]).toEqual([BPER, IPER, O]);
  });
  it('never puts I-X after O or after another type', () => {
    const emit = zeros(2 * L);
    emit[0 * L + O] = 1;
    emit[1 * L + IPER] = 5;
    emit[1 * L + BPER] = 4;
    const first = viterbi(2, emit, zeros(L * L), zeros(L));
    expect(LABELS[first[1]!]).not.toBe('I-PER');
    const emit2 = zeros(2 * L);
    emit2[0 * L + BORG] = 3;
    emit2[1 * L + IPER] = 5;
    const second = viterbi(2, emit2, zeros(L * L), zeros(L));
    expect(!(second[0] === BORG && second[1] === IPER)).toBe(true);
  });
  it('transition scores can outweigh a weak emission', () => {
    const emit = zeros(2 * L);
    emit[0 * L + BPER] = 3;
    emit[1 * L + O] = 1;
    emit[1 * L + IPER] = 0.5;
    const trans = zeros(L * L);
    trans[BPER * L + IPER] = 1;
    expect([...viterbi(2, emit, trans, zeros(L))]).toEqual([BPER, IPER]);
  });
  it('spans of a BIO sequence, B splitting two entities of one type', () => {
    expect(spansOf([BPER, IPER, O, BORG, BPER, BPER, IPER])).toEqual([
      { type: 'PER', from: 0, to: 2 },
      { type: 'ORG', from: 3, to: 4 },
      { type: 'PER', from: 4, to: 5 },
      { type: 'PER', from: 5, to: 7 },
    ]);
  });
  it('the shipped model format round-trips quantised weights', () => {
    const w = new Map<number, Float64Array>([
      [fnv1a('w=varnhagen'), Float64Array.from([0, 2.54, -1.27, 0, 0, 0, 0])],
      [fnv1a('s=Xx'), Float64Array.from([0.001, 0, 0, 0, 0, 0, 0])],
    ]);
    const file = encodeModel(w, zeros(L * L), zeros(L), { lexicons: false, minWeight: 0.01 });
    expect(file.features).toBe(1);
    const model = decodeModel(JSON.parse(JSON.stringify(file)));
    const e = emissions(model, [['w=varnhagen', 'unknown']]);
    expect(e[BPER]).toBeCloseTo(2.54, 1);
    expect(e[IPER]).toBeCloseTo(-1.27, 1);
    expect(e[O]).toBe(0);
  });
  it('a corrupt model is an error, not a silent empty tagger', () => {
    const file = encodeModel(new Map([[1, Float64Array.from([1, 0, 0, 0, 0, 0, 0])]]), zeros(L * L), zeros(L), { lexicons: false, minWeight: 0 });
    expect(() => decodeModel({ ...file, features: 2 })).toThrow();
  });
});
