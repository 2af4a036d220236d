// @vitest-environment happy-dom
// Typing faster than the background answers: one search at a time, the latest query next, and
// never an answer older than the one shown.
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const asked: string[] = [];
const pending: { query: string; resolve: (hits: unknown[]) => void }[] = [];
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: (msg: { query: string }) => {
    asked.push(msg.query);
    return new Promise((resolve) => pending.push({ query: msg.query, resolve }));
  },
}));

const { useSearch } = await import('../../../src/library/use-search');

afterEach(() => {
  cleanup();
  asked.length = 0;
  pending.length = 0;
});

const answer = async (i: number) => {
  await act(async () => pending[i]!.resolve([{ query: pending[i]!.query }]));
};

describe('useSearch', () => {
  it('asks one search at a time; keystrokes meanwhile only change the next one asked', async () => {
    const { result, rerender } = renderHook(({ q }: { q: string }) => useSearch(q, {}, 51, 0, q !== ''), { initialProps: { q: 'sa' } });
    for (const q of ['san', 'sanc', 'sanct', 'sanctions']) rerender({ q });
    expect(asked).toEqual(['sa']); // the background is busy with "sa": nothing queued behind it
    await answer(0);
    expect(result.current).toMatchObject({ answered: 'sa', loading: true });
    expect(asked).toEqual(['sa', 'sanctions']); // the stale keystrokes in between were never asked
    await answer(1);
    expect(result.current).toMatchObject({ answered: 'sanctions', loading: false });
  });

  it('an answer to a search the reader cleared meanwhile is dropped', async () => {
    const { result, rerender } = renderHook(({ q }: { q: string }) => useSearch(q, {}, 51, 0, q !== ''), { initialProps: { q: 'peskov' } });
    rerender({ q: '' });
    await answer(0);
    expect(result.current).toMatchObject({ hits: null, answered: null, loading: false });
    rerender({ q: 'okafor' });
    await waitFor(() => expect(asked).toEqual(['peskov', 'okafor']));
    await answer(1);
    expect(result.current).toMatchObject({ answered: 'okafor', loading: false });
  });
});
