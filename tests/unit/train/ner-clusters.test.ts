import { describe, expect, it } from 'vitest';
import { learnClusters } from '../../../scripts/train/ner-clusters';
import { decodeClusters, encodeClusters } from '../../../src/analysis/ner/clusters';

// Two kinds of words in two kinds of contexts: names after "met", places after "in".
const names = ['Ana', 'Ben', 'Cleo', 'Dov', 'Eli', 'Fay'];
const places = ['Oslo', 'Lima', 'Rome', 'Kyiv', 'Baku', 'Doha'];
const sentences: string[][] = [];
for (let r = 0; r < 6; r++)
  for (let i = 0; i < names.length; i++) {
    sentences.push(['We', 'met', names[(i + r) % 6]!, 'today', '.']);
    sentences.push(['She', 'lives', 'in', places[(i + r) % 6]!, 'now', '.']);
  }
const opts = { vocabulary: 100, minCount: 3, contexts: 12, fine: 4, coarse: 2, iterations: 10, seed: 3 };

describe('word clusters from unlabelled text', () => {
  it('puts words met in the same contexts together, and the two kinds apart', () => {
    const c = learnClusters(sentences, opts);
    const of = (w: string) => c.fine[c.words.indexOf(w)]!;
    expect(new Set(names.map(of)).size).toBe(1);
    expect(new Set(places.map(of)).size).toBe(1);
    expect(of('Ana')).not.toBe(of('Oslo'));
  });

  it('is the same every run, and survives the shipped form', () => {
    const a = learnClusters(sentences, opts);
    expect(learnClusters(sentences, opts)).toEqual(a);
    const index = decodeClusters(encodeClusters(a));
    a.words.forEach((w, i) => {
      expect(index.get(w)! & 255).toBe(a.fine[i]);
      expect(index.get(w)! >> 8).toBe(a.coarse[a.fine[i]!]);
    });
  });
});
