// The popup asks for a tab's state while the page is still being read: it must not restart the reading.
import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, expect, it, vi } from 'vitest';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const URL_ = 'https://news.example.com/world/harbour';
const toTab: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    tabs: {
      sendMessage: async (_tabId: number, msg: { type: string }) => {
        toTab.push(msg.type);
        return { ok: true };
      },
      query: async () => [],
      get: async (id: number) => ({ id, url: id === 1 ? URL_ : 'https://other.example.org/page' }),
    },
    scripting: { insertCSS: async () => undefined },
  },
}));

const { handleMessage } = await import('../../../src/background/router');
const page: Runtime.MessageSender = { id: ID, url: URL_, frameId: 0, tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url: URL_ } };
const popup: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/src/popup/index.html` };
const ask = (msg: unknown, from: Runtime.MessageSender) => handleMessage(msg, from) as Promise<Record<string, unknown>>;

beforeEach(() => {
  toTab.length = 0;
});

it('reads as being analysed, without asking the page again, while the page it greeted from is read', async () => {
  await ask({ type: 'page/hello' }, page);
  for (let i = 0; i < 3; i++) expect(await ask({ type: 'ui/tab-state', tabId: 1 }, popup)).toEqual({ status: 'analysing', report: null });
  expect(toTab).not.toContain('page/resend-report');
});

it('asks a tab it has never heard from (a restarted background) for its report', async () => {
  await ask({ type: 'ui/tab-state', tabId: 2 }, popup);
  expect(toTab).toContain('page/resend-report');
});
