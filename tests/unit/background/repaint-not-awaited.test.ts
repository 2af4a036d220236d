// A save from the library answers when the library has it: repainting the open tabs follows,
// and a page that is busy (painting thousands of marks) or never answers cannot hold it up.
import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { expect, it, vi } from 'vitest';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const URL_ = 'https://news.example.com/world/harbour';
const repaints: number[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    tabs: {
      // The page's content script never answers a repaint; everything else is answered at once.
      sendMessage: (tabId: number, msg: { type: string }) => {
        if (msg.type !== 'page/reader-changed') return Promise.resolve({ ok: true });
        repaints.push(tabId);
        return new Promise(() => undefined);
      },
      query: async () => [{ id: 1, url: URL_ }],
      get: async (id: number) => ({ id, url: URL_ }),
    },
    scripting: { insertCSS: async () => undefined },
  },
}));

const { handleMessage } = await import('../../../src/background/router');

const TEXT = 'The harbour will reopen in spring, the port director said on Tuesday. Farmers welcomed the news.';
const page: Runtime.MessageSender = { id: ID, url: URL_, frameId: 0, tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url: URL_ } };
const library: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/src/library/index.html` };
const ask = (msg: unknown, from: Runtime.MessageSender) => handleMessage(msg, from) as Promise<Record<string, unknown>>;

it('answers a save from the library while an open page never answers its repaint', async () => {
  const meta = { title: 'Harbour to reopen', byline: null, siteName: null, published: null, lang: 'en', canonicalUrl: URL_ };
  await ask({ type: 'page/hello' }, page);
  await ask({ type: 'page/analyze', meta, wordCount: 16, article: { title: meta.title, text: TEXT, blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }] } }, page);
  const mark = await ask({ type: 'page/add-highlight', highlight: { start: 4, end: 11 } }, page);
  // The new highlight's own repaint follows its reply.
  await vi.waitFor(() => expect(repaints).toEqual([1]));
  repaints.length = 0;

  const saved = await ask({ type: 'ui/update-annotation', id: mark.id, patch: { note: 'reopening' } }, library);
  expect(saved).toMatchObject({ id: mark.id, note: 'reopening' });
  // The repaint was asked for all the same, with the tab's state already current.
  expect(repaints).toEqual([1]);
  const state = await ask({ type: 'ui/tab-state', tabId: 1 }, library);
  expect(state).toMatchObject({ status: 'ready' });
}, 5000);
