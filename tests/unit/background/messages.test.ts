import { describe, expect, it } from 'vitest';
import { BACKGROUND_TYPES, isErrorReply, isToBackground, isToPage, PAGE_TYPES } from '../../../src/shared/messages';

describe('isToBackground / isToPage', () => {
  it('accept every listed type, each on its own side only', () => {
    expect(BACKGROUND_TYPES.size).toBe(39);
    expect(PAGE_TYPES.size).toBe(9);
    for (const type of BACKGROUND_TYPES) {
      expect(isToBackground({ type }), type).toBe(true);
      expect(isToPage({ type }), type).toBe(false);
    }
    for (const type of PAGE_TYPES) {
      expect(isToPage({ type }), type).toBe(true);
      expect(isToBackground({ type }), type).toBe(false);
    }
  });

  it('accept real messages with their payload', () => {
    expect(isToBackground({ type: 'ui/reveal', tabId: 3, start: 10, end: 20 })).toBe(true);
    expect(isToPage({ type: 'page/reveal', start: 10, end: 20 })).toBe(true);
  });

  it('reject junk', () => {
    const junk: unknown[] = [
      null,
      undefined,
      0,
      'page/hello',
      ['page/hello'],
      {},
      { kind: 'page/hello' },
      { type: 'page/unknown' },
      { type: 'PAGE/HELLO' },
      { type: 'page/hello ' },
      { type: 42 },
      { type: null },
      { type: ['page/hello'] },
      { type: { toString: () => 'page/hello' } },
    ];
    for (const x of junk) {
      expect(isToBackground(x), JSON.stringify(x) ?? String(x)).toBe(false);
      expect(isToPage(x), JSON.stringify(x) ?? String(x)).toBe(false);
    }
  });
});

describe('isErrorReply', () => {
  it('recognises an object with a string error and nothing else', () => {
    expect(isErrorReply({ error: 'Storage is full' })).toBe(true);
    expect(isErrorReply({ error: 1 })).toBe(false);
    expect(isErrorReply({ ok: true })).toBe(false);
    expect(isErrorReply(null)).toBe(false);
    expect(isErrorReply('error')).toBe(false);
  });
});
