import { describe, expect, it } from 'vitest';
import { PostingTable } from '../../../src/quotes-across/posting-table';
import { rng } from '../../../scripts/rng';

describe('PostingTable', () => {
  // Keys 0 and 0xffffffff share cells with 1 and 0xfffffffe (a hash collision, as any two shingles may
  // have: the alignment that follows a lookup tells them apart); the reserved values themselves work.
  it('agrees with a Map of sets through adds and removes, growth, and the reserved keys', () => {
    const r = rng(3);
    const table = new PostingTable();
    const ref = new Map<number, number[]>();
    // Few distinct keys (many collisions and lists), the two reserved cell values among them.
    const keys = [0, 0xffffffff, ...Array.from({ length: 3000 }, () => Math.floor(r() * 2 ** 32))];
    for (let step = 0; step < 40_000; step++) {
      const key = keys[Math.floor(r() * keys.length)]!;
      const slot = Math.floor(r() * 50);
      const list = ref.get(key) ?? [];
      if (r() < 0.6) {
        if (list.includes(slot)) continue;
        table.add(key, slot);
        ref.set(key, [...list, slot]);
      } else {
        table.remove(key, slot);
        ref.set(
          key,
          list.filter((s) => s !== slot),
        );
      }
    }
    for (const key of keys) expect([...table.get(key)].sort((a, b) => a - b), String(key)).toEqual([...(ref.get(key) ?? [])].sort((a, b) => a - b));
  });
});
