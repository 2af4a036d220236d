// The trash through the background: a delete (from the popup, the library or the page's frame) answers
// with the trash entry for an Undo, a restore repaints the page, and no page may read or touch the trash.
import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, expect, it, vi } from 'vitest';
import { eventually } from '../support/wait';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const URL_1 = 'https://news.example.com/world/trash-story';
const toTabs: { tabId: number; type: string; marks?: unknown[] }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    tabs: {
      sendMessage: (tabId: number, msg: { type: string; marks?: unknown[] }) => {
        toTabs.push({ tabId, type: msg.type, marks: msg.marks });
        return Promise.resolve({ ok: true });
      },
      query: async () => [{ id: 1, url: URL_1 }],
      get: async (id: number) => ({ id, url: URL_1, status: 'complete' }),
    },
    scripting: { insertCSS: async () => undefined },
  },
}));

const { handleMessage, frameActions } = await import('../../../src/background/router');

const TEXT = 'The harbour will reopen in spring, the port director said on Tuesday. Farmers welcomed the news.';
const page: Runtime.MessageSender = {
  id: ID,
  url: URL_1,
  frameId: 0,
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url: URL_1 },
};
const extensionPage: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/src/library/index.html` };
const ask = (msg: unknown, from: Runtime.MessageSender = extensionPage) => handleMessage(msg, from) as Promise<Record<string, unknown> & unknown[]>;
const lastMarks = () => toTabs.filter((m) => m.type === 'page/reader-changed').at(-1)?.marks;

beforeEach(async () => {
  toTabs.length = 0;
  await ask({ type: 'ui/empty-trash' });
});

async function openWithNote(note: string) {
  const meta = { title: 'Harbour to reopen', byline: null, siteName: null, published: null, lang: 'en', canonicalUrl: URL_1 };
  await ask({ type: 'page/hello' }, page);
  await ask({ type: 'page/analyze', meta, wordCount: 16, article: { title: meta.title, text: TEXT, blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }] } }, page);
  const mark = await ask({ type: 'page/add-highlight', highlight: { start: 4, end: 11 } }, page);
  await ask({ type: 'ui/update-annotation', id: mark.id, patch: { note, tags: ['port'] } });
  return mark.id as string;
}

it('a delete answers with its trash entry; restoring it brings the note back and repaints the page', async () => {
  const id = await openWithNote('reopening in spring');
  const deleted = await ask({ type: 'ui/delete-annotation', id });
  expect(deleted).toEqual({ ok: true, trashId: expect.any(String) });
  expect(lastMarks()).toEqual([]);
  expect(await ask({ type: 'ui/list-trash' })).toEqual([expect.objectContaining({ id: deleted.trashId, what: 'annotations', articleTitle: 'Harbour to reopen', note: 'reopening in spring' })]);

  toTabs.length = 0;
  expect(await ask({ type: 'ui/restore-trash', id: deleted.trashId })).toEqual({ ok: true, articleId: URL_1 });
  await eventually(() => expect(lastMarks()).toEqual([expect.objectContaining({ id })]));
  const stored = await ask({ type: 'library/article', url: URL_1 });
  expect((stored as unknown as { annotations: { id: string; note: string; tags: string[] }[] }).annotations.find((a) => a.id === id)).toMatchObject({ note: 'reopening in spring', tags: ['port'] });
  expect(await ask({ type: 'ui/list-trash' })).toEqual([]);
  // Restored already: a second Undo says so rather than pretending.
  expect(await ask({ type: 'ui/restore-trash', id: deleted.trashId })).toEqual({ ok: false, articleId: null });
});

it("the frame's Delete moves the mark to the trash too", async () => {
  const id = await openWithNote('from the frame');
  await frameActions.remove(1, id);
  expect(await ask({ type: 'ui/list-trash' })).toEqual([expect.objectContaining({ note: 'from the frame' })]);
});

it('forgetting an article answers with its trash entry, and restoring it brings the article back', async () => {
  await openWithNote('kept with the article');
  const forgotten = await ask({ type: 'ui/forget-article', url: URL_1 });
  expect(forgotten).toEqual({ ok: true, trashId: expect.any(String) });
  expect(await ask({ type: 'library/article', url: URL_1 })).toBeNull();
  await ask({ type: 'ui/restore-trash', id: forgotten.trashId });
  expect(await ask({ type: 'library/article', url: URL_1 })).toMatchObject({ article: { id: URL_1 } });
});

it('empty trash removes every entry; a page can neither list, restore nor empty the trash', async () => {
  const id = await openWithNote('to be emptied');
  await ask({ type: 'ui/delete-annotation', id });
  for (const type of ['ui/list-trash', 'ui/restore-trash', 'ui/empty-trash']) {
    expect(await ask({ type, id: 'x' }, page)).toEqual({ error: expect.stringMatching(/^refused/) });
  }
  expect(await ask({ type: 'ui/empty-trash' })).toEqual({ removed: 1 });
  expect(await ask({ type: 'ui/list-trash' })).toEqual([]);
});
