// The background trusts the sender, not the message: a content script reads and changes only the
// article open in its own tab, and the page frame's port is bound to the frame its content script made.
// Driven through the real router with faked senders and a faked browser API.
import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_WIRE_ANALYSIS } from '../../../src/shared/analysis-wire';
import { eventually } from '../support/wait';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const toTabs: { tabId: number; msg: { type: string } }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    tabs: {
      sendMessage: async (tabId: number, msg: { type: string }) => {
        toTabs.push({ tabId, msg });
        return { ok: true };
      },
      query: async () => [],
    },
    scripting: { insertCSS: async () => undefined },
  },
}));

const { handleMessage, frameActions } = await import('../../../src/background/router');
const { acceptFramePort } = await import('../../../src/background/frames');
const { senderKind } = await import('../../../src/background/sender');
const { getLibrary } = await import('../../../src/storage');

const REAL = 'https://news.example.com/world/harbour';
const HOSTILE = 'https://copycat.example.net/harbour';
const TEXT = 'The harbour will reopen in spring, the port director said on Tuesday. Farmers welcomed the news.';
const ARTICLE = { title: 'Harbour to reopen', text: TEXT, blocks: [{ kind: 'paragraph' as const, start: 0, end: TEXT.length }] };
const meta = (canonicalUrl: string | null, title = 'Harbour to reopen') => ({ title, byline: null, siteName: null, published: null, lang: 'en', canonicalUrl });

const sender = (tabId: number, url: string, frameId = 0): Runtime.MessageSender => ({
  id: ID,
  url,
  frameId,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url },
});

/** What the router answers a message, errors included (as the page would receive them). */
const ask = (msg: unknown, from: Runtime.MessageSender) => handleMessage(msg, from) as Promise<Record<string, unknown>> | undefined;

async function openArticle(tabId: number, url: string, canonical: string | null, title?: string) {
  const s = sender(tabId, url);
  expect(await ask({ type: 'page/hello' }, s)).toMatchObject({ enabled: true });
  return (await ask({ type: 'page/analyze', meta: meta(canonical, title), wordCount: 16, article: ARTICLE }, s)) as {
    marks: { id: string; start: number; end: number }[];
  };
}

class FakePort {
  name = 'ql-frame';
  received: { type: string; annotation?: { note: string | null } }[] = [];
  disconnected = false;
  private listeners: ((m: unknown) => void)[] = [];
  constructor(readonly sender: Runtime.MessageSender) {}
  onMessage = { addListener: (fn: (m: unknown) => void) => void this.listeners.push(fn) };
  onDisconnect = { addListener: () => undefined };
  postMessage(m: { type: string }) {
    this.received.push(m);
  }
  disconnect() {
    this.disconnected = true;
  }
  fromFrame(m: unknown) {
    for (const fn of this.listeners) fn(m);
  }
}

const isOurFrame = (s: Runtime.MessageSender) => senderKind(s, ID, `chrome-extension://${ID}/`) === 'extension-frame';
const frameSender = (tabId: number, url: string) => ({ ...sender(tabId, url, 5), url: `chrome-extension://${ID}/src/frame/index.html#x` });
const NONCE = 'a'.repeat(32);

let noteId = '';

beforeAll(async () => {
  await openArticle(1, REAL, REAL);
  const mark = (await ask({ type: 'page/add-highlight', highlight: { start: 4, end: 11 } }, sender(1, REAL))) as { id: string };
  noteId = mark.id;
  await frameActions.save(1, noteId, { colour: 'yellow', note: 'Source: the director’s deputy', tags: ['private'] });
});

describe('page messages are bound to the sender tab and its URL', () => {
  it('gives the content script where to paint a mark, never its note or tags', async () => {
    const { marks } = await openArticle(1, REAL, REAL);
    expect(marks).toEqual([{ id: noteId, start: 4, end: 11, colour: 'yellow' }]);
    expect(JSON.stringify(toTabs.map((t) => t.msg))).not.toContain('deputy');
  });

  it('a page on another site with the same text and a canonical URL claiming the article is its own article', async () => {
    const { marks } = await openArticle(2, HOSTILE, REAL, 'Hijacked title');
    expect(marks).toEqual([]);
    await ask({ type: 'page/add-highlight', highlight: { start: 0, end: 3 } }, sender(2, HOSTILE));
    const real = await getLibrary().getArticleWithAnnotations(REAL);
    expect(real!.article.title).toBe('Harbour to reopen');
    expect(real!.annotations.filter((a) => a.kind === 'note' || a.kind === 'highlight').map((a) => a.id)).toEqual([noteId]);
    expect((await getLibrary().getArticleWithAnnotations(HOSTILE))!.article.id).toBe(HOSTILE);
  });

  it('a page on another origin of the same site (another port, http) claiming the article is its own article too', async () => {
    for (const [tabId, url] of [[3, 'https://news.example.com:8443/world/harbour'], [4, 'http://news.example.com/world/harbour']] as const) {
      const { marks } = await openArticle(tabId, url, REAL, 'HIJACKED TITLE');
      expect(marks).toEqual([]);
      await ask({ type: 'page/add-highlight', highlight: { start: 0, end: 3 } }, sender(tabId, url));
      expect(await ask({ type: 'page/frame-show', view: 'card', id: noteId }, sender(tabId, url))).toEqual({ error: 'That highlight is not on this page.' });
      const real = await getLibrary().getArticleWithAnnotations(REAL);
      expect(real!.article.title).toBe('Harbour to reopen');
      expect(real!.article.urls).toEqual([REAL]);
      expect(real!.annotations.filter((a) => a.kind === 'note' || a.kind === 'highlight').map((a) => a.id)).toEqual([noteId]);
      // Reloaded, it is shown its own highlight only.
      const again = await openArticle(tabId, url, REAL, 'HIJACKED TITLE');
      expect(again.marks.map((m) => [m.start, m.end])).toEqual([[0, 3]]);
    }
  });

  it('reads the article of the sender, whatever URL the message names', async () => {
    const s = sender(2, HOSTILE);
    const reply = (await ask({ type: 'page/analyze', url: REAL, meta: meta(REAL), wordCount: 16, article: ARTICLE }, s)) as { marks: { id: string }[] };
    expect(reply.marks.map((m) => m.id)).not.toContain(noteId);
  });

  it('extracts a page snapshot as the sender\'s own page: the URL is the sender\'s, the HTML must be a string', async () => {
    const { setAnalysisBackend } = await import('../../../src/background/analysis-backend');
    const seen: { key: string; url: string; force: boolean }[] = [];
    setAnalysisBackend({
      analyse: async () => ({ analysis: EMPTY_WIRE_ANALYSIS, stopped: null }),
      extract: async (key, snapshot) => {
        seen.push({ key, url: snapshot.url, force: snapshot.force });
        return { isArticle: false, article: null, verdict: { isArticle: false, reason: 'no-text' }, notice: null, scope: 'article' };
      },
    });
    try {
      const reply = await ask({ type: 'page/extract', html: '<p>x</p>', force: true, url: HOSTILE }, sender(7, REAL));
      expect(reply).toMatchObject({ isArticle: false, article: null });
      expect(seen).toEqual([{ key: '7', url: REAL, force: true }]);
      expect(await ask({ type: 'page/extract', html: 5, force: false }, sender(7, REAL))).toMatchObject({ error: expect.stringContaining('malformed page snapshot') });
    } finally {
      setAnalysisBackend(null);
    }
  });

  it("refuses to show another tab's mark in the frame", async () => {
    expect(await ask({ type: 'page/frame-show', view: 'editor', id: noteId }, sender(2, HOSTILE))).toEqual({ error: 'That highlight is not on this page.' });
  });

  it('has no page message that edits or deletes: those happen only in the frame', async () => {
    expect(ask({ type: 'page/update-annotation', id: noteId, patch: { note: 'forged' } }, sender(1, REAL))).toBeUndefined();
    expect(ask({ type: 'page/delete-annotation', id: noteId }, sender(1, REAL))).toBeUndefined();
    const reply = await ask({ type: 'ui/delete-annotation', id: noteId }, sender(1, REAL));
    expect(reply).toMatchObject({ error: expect.stringContaining('refused') });
    const stored = await getLibrary().getArticleWithAnnotations(REAL);
    expect(stored!.annotations.find((a) => a.id === noteId)?.note).toBe('Source: the director’s deputy');
  });

  it('refuses page messages from a subframe (our content script runs in top frames only)', async () => {
    expect(await ask({ type: 'page/hello' }, sender(1, 'https://ads.example.org/slot', 2))).toMatchObject({ error: expect.stringContaining('refused') });
  });

  it('refuses a highlight outside the article text', async () => {
    const reply = await ask({ type: 'page/add-highlight', highlight: { start: 5, end: TEXT.length + 50 } }, sender(1, REAL));
    expect(reply).toEqual({ error: 'That selection is not in the article.' });
  });
});

describe('the page frame', () => {
  const bound = (p: FakePort) => eventually(() => expect(p.received.some((m) => m.type === 'bound')).toBe(true));
  const refused = (p: FakePort) => eventually(() => expect(p.disconnected).toBe(true));

  it('binds only the port that brings the nonce its content script announced, and shows the note there only', async () => {
    const stranger = new FakePort(frameSender(1, REAL));
    acceptFramePort(stranger as unknown as Runtime.Port, isOurFrame, frameActions);
    stranger.fromFrame({ type: 'hello', nonce: NONCE });
    await refused(stranger); // no nonce announced yet

    expect(await ask({ type: 'page/frame-register', nonce: NONCE }, sender(1, REAL))).toEqual({ ok: true });
    const notOurs = new FakePort({ ...sender(1, REAL, 5) });
    acceptFramePort(notOurs as unknown as Runtime.Port, isOurFrame, frameActions);
    expect(notOurs.disconnected).toBe(true); // a web page's frame, not the extension's

    const wrong = new FakePort(frameSender(1, REAL));
    acceptFramePort(wrong as unknown as Runtime.Port, isOurFrame, frameActions);
    wrong.fromFrame({ type: 'hello', nonce: 'b'.repeat(32) });
    await refused(wrong);

    const frame = new FakePort(frameSender(1, REAL));
    acceptFramePort(frame as unknown as Runtime.Port, isOurFrame, frameActions);
    frame.fromFrame({ type: 'hello', nonce: NONCE });
    await bound(frame);
    expect(frame.disconnected).toBe(false);

    const replay = new FakePort(frameSender(1, REAL));
    acceptFramePort(replay as unknown as Runtime.Port, isOurFrame, frameActions);
    replay.fromFrame({ type: 'hello', nonce: NONCE });
    await refused(replay); // a nonce binds once

    // Nor does a guessed token resume the binding.
    const guess = new FakePort(frameSender(1, REAL));
    acceptFramePort(guess as unknown as Runtime.Port, isOurFrame, frameActions);
    guess.fromFrame({ type: 'resume', token: 'd'.repeat(32) });
    await refused(guess);

    expect(await ask({ type: 'page/frame-show', view: 'card', id: noteId }, sender(1, REAL))).toEqual({ shown: true });
    expect(frame.received.at(-1)).toMatchObject({ type: 'show', view: 'card', annotation: { note: 'Source: the director’s deputy' } });
    expect(guess.received.filter((m) => m.type === 'show')).toEqual([]);
  });

  it('does not bind the frame page opened as a tab of its own, even with the nonce', async () => {
    expect(await ask({ type: 'page/frame-register', nonce: 'd'.repeat(32) }, sender(1, REAL))).toEqual({ ok: true });
    const topLevel = new FakePort({ ...frameSender(1, REAL), frameId: 0 });
    acceptFramePort(topLevel as unknown as Runtime.Port, isOurFrame, frameActions);
    topLevel.fromFrame({ type: 'hello', nonce: 'd'.repeat(32) });
    expect(topLevel.disconnected).toBe(true);
    expect(await ask({ type: 'ui/delete-annotation', id: noteId }, { ...frameSender(1, REAL), frameId: 0 })).toMatchObject({ error: expect.stringContaining('refused') });
  });

  it('a card cannot be saved over: only an open editor writes, and only the mark it shows; each request is answered', async () => {
    const frame = new FakePort(frameSender(1, REAL));
    await ask({ type: 'page/frame-register', nonce: 'c'.repeat(32) }, sender(1, REAL));
    acceptFramePort(frame as unknown as Runtime.Port, isOurFrame, frameActions);
    frame.fromFrame({ type: 'hello', nonce: 'c'.repeat(32) });
    await bound(frame);
    await ask({ type: 'page/frame-show', view: 'card', id: noteId }, sender(1, REAL));
    frame.fromFrame({ type: 'save', req: 1, edit: { colour: 'pink', note: 'forged', tags: [] } });
    await eventually(() => expect(frame.received.at(-1)).toEqual({ type: 'error', message: 'Nothing is open for editing.', req: 1 }));

    await ask({ type: 'page/frame-show', view: 'editor', id: noteId }, sender(1, REAL));
    frame.fromFrame({ type: 'save', req: 2, edit: { colour: 'green', note: 'Written by the reader in the frame', tags: ['checked'] } });
    await eventually(() => expect(frame.received).toContainEqual({ type: 'done', req: 2 }));
    const stored = await getLibrary().getArticleWithAnnotations(REAL);
    expect(stored!.annotations.find((a) => a.id === noteId)).toMatchObject({ note: 'Written by the reader in the frame', colour: 'green' });
    await eventually(() => expect(toTabs).toContainEqual({ tabId: 1, msg: { type: 'page/frame-close' } }));
  });

  it('a save of a mark whose article was forgotten meanwhile is refused, never answered as saved', async () => {
    const url = 'https://news.example.com/world/forgotten';
    await openArticle(3, url, url);
    const mark = (await ask({ type: 'page/add-highlight', highlight: { start: 4, end: 11 } }, sender(3, url))) as { id: string };
    await ask({ type: 'page/frame-register', nonce: 'e'.repeat(32) }, sender(3, url));
    const frame = new FakePort(frameSender(3, url));
    acceptFramePort(frame as unknown as Runtime.Port, isOurFrame, frameActions);
    frame.fromFrame({ type: 'hello', nonce: 'e'.repeat(32) });
    await bound(frame);
    expect(await ask({ type: 'page/frame-show', view: 'editor', id: mark.id }, sender(3, url))).toEqual({ shown: true });
    await getLibrary().forgetArticle(url);
    frame.fromFrame({ type: 'save', req: 7, edit: { colour: 'yellow', note: 'Typed while it was forgotten', tags: ['gone'] } });
    await eventually(() => expect(frame.received.at(-1)).toMatchObject({ type: 'error', req: 7, message: expect.stringContaining('no longer in your library') }));
    expect(frame.received).not.toContainEqual({ type: 'done', req: 7 });
  });
});
