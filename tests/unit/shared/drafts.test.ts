// The reader's drafts in extension storage: kept as typed, the newest text always last, read back
// by mark, malformed values dropped, cleared once stored.
import { describe, expect, it, vi } from 'vitest';
import { clearDraft, draftKey, DraftWriter, type KeyValueArea, memoryArea, readDraft } from '../../../src/shared/drafts';
import { eventually } from '../support/wait';

/** An area whose writes wait until released, to see what a burst of typing writes. */
function slowArea() {
  const inner = memoryArea();
  const writes: unknown[] = [];
  const gates: (() => void)[] = [];
  const area: KeyValueArea = {
    ...inner,
    set: async (items) => {
      writes.push(structuredClone(items));
      await new Promise<void>((r) => gates.push(r));
      await inner.set(items);
    },
  };
  return { area, inner, writes, release: () => {
      for (const g of gates.splice(0)) g();
    },
  };
}

describe('drafts', () => {
  it('a burst of typing is a write in flight and the newest text next; what was typed last is what stays', async () => {
    const { area, inner, writes, release } = slowArea();
    const w = new DraftWriter(area, 'm1', () => undefined);
    for (const note of ['a', 'ab', 'abc', 'abcd']) w.write({ note, tags: '#t', colour: 'yellow' }, 5);
    expect(writes).toHaveLength(1);
    release();
    await eventually(() => expect(writes).toHaveLength(2));
    release();
    await w.settled();
    expect(writes.map((x) => (x as Record<string, { note: string }>)[draftKey('m1')]!.note)).toEqual(['a', 'abcd']);
    expect(await readDraft(inner, 'm1')).toEqual({ note: 'abcd', tags: '#t', colour: 'yellow', at: 5 });
  });

  it('reads a draft by its mark only; clearing it leaves the others', async () => {
    const area = memoryArea();
    const a = new DraftWriter(area, 'a', () => undefined);
    const b = new DraftWriter(area, 'b', () => undefined);
    a.write({ note: 'for a', tags: '', colour: 'blue' }, 1);
    b.write({ note: 'for b', tags: '#x', colour: 'pink' }, 2);
    await Promise.all([a.settled(), b.settled()]);
    expect((await readDraft(area, 'a'))?.note).toBe('for a');
    await clearDraft(area, 'a');
    expect(await readDraft(area, 'a')).toBeNull();
    expect((await readDraft(area, 'b'))?.note).toBe('for b');
  });

  it('after cancel nothing more is written (the note was stored)', async () => {
    const area = memoryArea();
    const w = new DraftWriter(area, 'm', () => undefined);
    w.cancel();
    w.write({ note: 'late', tags: '', colour: 'yellow' });
    await w.settled();
    expect(area.data.size).toBe(0);
  });

  it('a write that fails is reported, and the next one is still tried', async () => {
    const inner = memoryArea();
    let fail = true;
    const errors: unknown[] = [];
    const area: KeyValueArea = {
      ...inner,
      set: async (items) => {
        if (fail) throw new Error('QUOTA_BYTES quota exceeded');
        await inner.set(items);
      },
    };
    const w = new DraftWriter(area, 'm', (e) => errors.push(e));
    w.write({ note: 'one', tags: '', colour: 'yellow' });
    await w.settled();
    expect(String(errors[0])).toContain('quota');
    fail = false;
    w.write({ note: 'two', tags: '', colour: 'yellow' });
    await w.settled();
    expect((await readDraft(inner, 'm'))?.note).toBe('two');
  });

  it('drops a value under a draft key that is not a draft', async () => {
    const area = memoryArea();
    await area.set({ [draftKey('m')]: { note: 5 } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readDraft(area, 'm')).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    expect(area.data.has(draftKey('m'))).toBe(false);
  });
});
