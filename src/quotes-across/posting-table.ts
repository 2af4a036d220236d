// Postings (32-bit key → the slots of the quotes that have it) in typed arrays with open addressing.
// A Map of a million small entries, each a number or a small array, cost about twice the memory.
// Most keys have one posting, stored inline; longer lists live in a side array.

const EMPTY = 0;
const TOMBSTONE = 0xffffffff;

/** Keys 0 and 0xffffffff mark empty and deleted cells: those keys share 1's and 0xfffffffe's (a collision like any other of a 32-bit hash). */
const cellKey = (k: number) => (k === EMPTY ? 1 : k === TOMBSTONE ? 0xfffffffe : k >>> 0);

export class PostingTable {
  private keys = new Uint32Array(1024);
  /** slot + 1 for a single posting; -(list index + 1) for a list. */
  private vals = new Int32Array(1024);
  private lists: (number[] | undefined)[] = [];
  private freeLists: number[] = [];
  /** Cells taken, deleted ones included (they slow probing until the next resize). */
  private taken = 0;

  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key || k === EMPTY) return i;
    }
  }

  private insertCell(key: number): number {
    const mask = this.keys.length - 1;
    let tomb = -1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return i;
      if (k === TOMBSTONE && tomb < 0) tomb = i;
      if (k === EMPTY) {
        if (tomb >= 0) return tomb;
        this.taken++;
        return i;
      }
    }
  }

  private grow(): void {
    const { keys, vals } = this;
    const live = keys.reduce((n, k) => n + (k !== EMPTY && k !== TOMBSTONE ? 1 : 0), 0);
    // At most half full after the move; deleted cells are dropped, so this may also stay the same size.
    let size = 1024;
    while (size < live * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.vals = new Int32Array(size);
    this.taken = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === EMPTY || k === TOMBSTONE) continue;
      const j = this.insertCell(k);
      this.keys[j] = k;
      this.vals[j] = vals[i]!;
    }
  }

  add(rawKey: number, slot: number): void {
    // Linear probing stays short up to three quarters full (the keys are already well-mixed hashes).
    if ((this.taken + 1) * 4 > this.keys.length * 3) this.grow();
    const key = cellKey(rawKey);
    const i = this.insertCell(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.vals[i] = slot + 1;
      return;
    }
    const v = this.vals[i]!;
    if (v > 0) {
      const at = this.freeLists.pop() ?? this.lists.length;
      this.lists[at] = [v - 1, slot];
      this.vals[i] = -(at + 1);
    } else this.lists[-v - 1]!.push(slot);
  }

  remove(rawKey: number, slot: number): void {
    const i = this.find(cellKey(rawKey));
    if (this.keys[i] === EMPTY) return;
    const v = this.vals[i]!;
    if (v > 0) {
      if (v - 1 !== slot) return;
      this.keys[i] = TOMBSTONE;
      this.vals[i] = 0;
      return;
    }
    const list = this.lists[-v - 1]!;
    const k = list.indexOf(slot);
    if (k >= 0) list.splice(k, 1);
    if (list.length === 1) {
      this.vals[i] = list[0]! + 1;
      this.lists[-v - 1] = undefined;
      this.freeLists.push(-v - 1);
    }
  }

  /** The slots under a key (do not keep or change the array). */
  get(rawKey: number): readonly number[] {
    const i = this.find(cellKey(rawKey));
    if (this.keys[i] === EMPTY) return NONE;
    const v = this.vals[i]!;
    return v > 0 ? [v - 1] : this.lists[-v - 1]!;
  }
}

const NONE: readonly number[] = [];
