// How the background treats the open tabs: a save from the library never waits on a page, and a
// popup asking for a tab's state while the page is still being read does not restart the reading.
import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, expect, it, vi } from 'vitest';
import { eventually } from '../support/wait';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const urlOf = (tabId: number) => `https://news.example.com/world/story-${tabId}`;
const toTabs: { tabId: number; type: string }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    tabs: {
      // A page's content script never answers a repaint (busy, or hostile); all else is answered at once.
      sendMessage: (tabId: number, msg: { type: string }) => {
        toTabs.push({ tabId, type: msg.type });
        return msg.type === 'page/reader-changed' ? new Promise(() => undefined) : Promise.resolve({ ok: true });
      },
      query: async () => [{ id: 1, url: urlOf(1) }],
      // Tab 6 is still loading its page: its content script (document_idle) has not started.
      get: async (id: number) => ({ id, url: urlOf(id), status: id === 6 ? 'loading' : 'complete' }),
    },
    scripting: { insertCSS: async () => undefined },
  },
}));

const { handleMessage } = await import('../../../src/background/router');

const TEXT = 'The harbour will reopen in spring, the port director said on Tuesday. Farmers welcomed the news.';
const pageOf = (tabId: number): Runtime.MessageSender => ({
  id: ID,
  url: urlOf(tabId),
  frameId: 0,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url: urlOf(tabId) },
});
const extensionPage: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/src/library/index.html` };
const ask = (msg: unknown, from: Runtime.MessageSender) => handleMessage(msg, from) as Promise<Record<string, unknown>>;
const sentTo = (tabId: number) => toTabs.filter((m) => m.tabId === tabId).map((m) => m.type);

/** Tab `tabId` greets the background and has `text` analysed, as its content script would. */
async function open(tabId: number, text: string, title = `Story ${tabId}`) {
  const page = pageOf(tabId);
  const meta = { title, byline: null, siteName: null, published: null, lang: 'en', canonicalUrl: urlOf(tabId) };
  await ask({ type: 'page/hello' }, page);
  await ask({ type: 'page/analyze', meta, wordCount: 16, article: { title, text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] } }, page);
}

beforeEach(() => {
  toTabs.length = 0;
});

it('answers a save from the library while an open page never answers its repaint', async () => {
  await open(1, TEXT, 'Harbour to reopen');
  const mark = await ask({ type: 'page/add-highlight', highlight: { start: 4, end: 11 } }, pageOf(1));
  // The new highlight's own repaint follows its reply.
  await eventually(() => expect(sentTo(1)).toEqual(['page/reader-changed']));
  toTabs.length = 0;

  const saved = await ask({ type: 'ui/update-annotation', id: mark.id, patch: { note: 'reopening' } }, extensionPage);
  expect(saved).toMatchObject({ id: mark.id, note: 'reopening' });
  // The repaint was asked for all the same, with the tab's state already current.
  expect(sentTo(1)).toEqual(['page/reader-changed']);
  expect(await ask({ type: 'ui/tab-state', tabId: 1 }, extensionPage)).toMatchObject({ status: 'ready' });
});

it('a change to one note re-reads only the tabs that show it or its article, and those that show it repaint', async () => {
  await open(4, TEXT);
  await open(5, 'Another story entirely, about the city budget and its long delays.');
  const mark = await ask({ type: 'page/add-highlight', highlight: { start: 4, end: 11 } }, pageOf(4));
  await eventually(() => expect(sentTo(4)).toContain('page/reader-changed'));
  toTabs.length = 0;

  await ask({ type: 'ui/update-annotation', id: mark.id, patch: { note: 'only here' } }, extensionPage);
  expect(sentTo(4)).toEqual(['page/reader-changed']);
  expect(sentTo(5)).toEqual([]);
  toTabs.length = 0;
  await ask({ type: 'ui/delete-annotation', id: mark.id }, extensionPage);
  expect(sentTo(4)).toEqual(['page/reader-changed']);
  expect(sentTo(5)).toEqual([]);
  expect(await ask({ type: 'ui/tab-state', tabId: 4 }, extensionPage)).toMatchObject({ status: 'ready', reader: { placed: [] } });
});

it('reads as being analysed, without asking the page again, while the page it greeted from is read', async () => {
  await ask({ type: 'page/hello' }, pageOf(2));
  for (let i = 0; i < 3; i++) expect(await ask({ type: 'ui/tab-state', tabId: 2 }, extensionPage)).toEqual({ status: 'analysing', report: null });
  expect(sentTo(2)).not.toContain('page/resend-report');
});

it('asks a tab it has never heard from (a restarted background) for its report', async () => {
  await ask({ type: 'ui/tab-state', tabId: 3 }, extensionPage);
  expect(sentTo(3)).toContain('page/resend-report');
});

it('reads a tab still loading its page as being analysed: its content script has not started yet', async () => {
  expect(await ask({ type: 'ui/tab-state', tabId: 6 }, extensionPage)).toEqual({ status: 'analysing', report: null });
  expect(sentTo(6)).toEqual([]);
});
