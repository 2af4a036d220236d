// The highlight sheet goes in as user-origin CSS where that is painted (Gecko), as author-origin CSS
// in its first layer elsewhere (Chromium paints no user-origin highlight background).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const inserted: { target: unknown; css: string; origin?: string }[] = [];
const runtime: { getBrowserInfo?: () => Promise<unknown> } = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime,
    scripting: {
      insertCSS: async (details: { target: unknown; css: string; origin?: string }) => {
        inserted.push(details);
      },
    },
  },
}));

const { insertHighlightStyles } = await import('../../../src/background/page-styles');

describe('insertHighlightStyles', () => {
  beforeEach(() => {
    inserted.length = 0;
    delete runtime.getBrowserInfo;
  });

  it('inserts an author-origin layered sheet into the top frame of the tab in Chromium', async () => {
    await insertHighlightStyles(7, 'habc-');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.target).toEqual({ tabId: 7, frameIds: [0] });
    expect(inserted[0]!.origin).toBe('AUTHOR');
    expect(inserted[0]!.css.startsWith('@layer {')).toBe(true);
    expect(inserted[0]!.css).toContain('::highlight(habc-quote-0)');
  });

  it('inserts a user-origin sheet in Firefox', async () => {
    runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    await insertHighlightStyles(3, 'habc-');
    expect(inserted[0]!.origin).toBe('USER');
    expect(inserted[0]!.css).not.toContain('@layer');
    expect(inserted[0]!.css).toContain('::highlight(habc-mark-yellow)');
  });
});
