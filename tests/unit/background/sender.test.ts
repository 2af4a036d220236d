import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { isAllowed, senderKind } from '../../../src/background/sender';
import type { ToBackground } from '../../../src/shared/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';

const tab = (id: number): NonNullable<Runtime.MessageSender['tab']> => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const kind = (s: Runtime.MessageSender) => senderKind(s, ID, ORIGIN);

describe('senderKind', () => {
  it('recognises our content script in an http(s) tab', () => {
    expect(kind({ id: ID, url: 'https://news.example/story', tab: tab(7) })).toBe('content-script');
    expect(kind({ id: ID, url: 'http://news.example/story', tab: tab(0) })).toBe('content-script');
  });

  it('refuses a "content script" without a tab or on a non-web URL', () => {
    expect(kind({ id: ID, url: 'https://news.example/story' })).toBeNull();
    expect(kind({ id: ID, url: 'file:///home/reader/story.html', tab: tab(7) })).toBeNull();
    expect(kind({ id: ID, url: 'ftp://news.example/story', tab: tab(7) })).toBeNull();
    expect(kind({ id: ID, url: 'javascript:alert(1)//https://x', tab: tab(7) })).toBeNull();
    expect(kind({ id: ID, tab: tab(7) })).toBeNull();
  });

  it('recognises our own pages by origin, in a tab or not', () => {
    expect(kind({ id: ID, url: `${ORIGIN}src/popup/index.html` })).toBe('extension-page');
    expect(kind({ id: ID, url: `${ORIGIN}src/library/index.html`, tab: tab(3) })).toBe('extension-page');
  });

  it("refuses another extension, even one sending from a web tab or our page's URL", () => {
    expect(kind({ id: OTHER_ID, url: 'https://news.example/story', tab: tab(7) })).toBeNull();
    expect(kind({ id: OTHER_ID, url: `${ORIGIN}src/popup/index.html` })).toBeNull();
    expect(kind({ url: 'https://news.example/story', tab: tab(7) })).toBeNull();
  });

  it('refuses a "content script" in a subframe: ours runs in top frames only', () => {
    expect(kind({ id: ID, url: 'https://ads.example/slot', tab: tab(7), frameId: 3 })).toBeNull();
    expect(kind({ id: ID, url: 'https://news.example/story', tab: tab(7), frameId: 0 })).toBe('content-script');
  });

  it('knows our frame on a page by its path (Chrome gives it a dynamic origin) and lets it send nothing', () => {
    const frame = kind({ id: ID, url: 'chrome-extension://0f3c9a7e-dynamic/src/frame/index.html#n', tab: tab(7), frameId: 4 });
    expect(frame).toBe('extension-frame');
    expect(isAllowed({ type: 'ui/delete-annotation', id: 'a1' }, frame)).toBe(false);
    expect(isAllowed({ type: 'page/hello' }, frame)).toBe(false);
    expect(kind({ id: ID, url: `${ORIGIN}src/library/index.html`, tab: tab(7), frameId: 4 })).toBeNull();
  });

  it('refuses the frame page opened as a top-level tab or outside a tab: it is neither the frame nor one of our pages', () => {
    const FIREFOX = 'moz-extension://6f1c2a8e-3b7d-4e59-9c0a-1d2e3f405162/';
    const firefoxKind = (s: Runtime.MessageSender) => senderKind(s, ID, FIREFOX);
    for (const url of [`${ORIGIN}src/frame/index.html`, `${ORIGIN}src/frame/index.html#n`, `${ORIGIN}src/frame/index.html?x=1`]) {
      expect(kind({ id: ID, url, tab: tab(7), frameId: 0 }), url).toBeNull();
      expect(kind({ id: ID, url, tab: tab(7) }), url).toBeNull();
      expect(kind({ id: ID, url }), url).toBeNull();
    }
    // In Firefox the frame page has the extension's own origin, in a tab of its own as well.
    expect(firefoxKind({ id: ID, url: `${FIREFOX}src/frame/index.html`, tab: tab(7), frameId: 0 })).toBeNull();
    expect(firefoxKind({ id: ID, url: `${FIREFOX}src/frame/index.html`, tab: tab(7), frameId: 5 })).toBe('extension-frame');
    expect(firefoxKind({ id: ID, url: `${FIREFOX}src/library/index.html`, tab: tab(7), frameId: 0 })).toBe('extension-page');
  });

  it('knows the frame page by its path however it is spelled', () => {
    for (const path of ['src//frame/index.html', 'src/frame//index.html', 'src%2Fframe/index.html', 'SRC/Frame/INDEX.html', 'src/./frame/index.html']) {
      expect(kind({ id: ID, url: `${ORIGIN}${path}`, tab: tab(7), frameId: 0 }), path).toBeNull();
      expect(kind({ id: ID, url: `${ORIGIN}${path}`, tab: tab(7), frameId: 2 }), path).toBe('extension-frame');
    }
    expect(kind({ id: ID, url: `${ORIGIN}src/frame/other.html`, tab: tab(7) })).toBe('extension-page');
  });

  it('lets the frame page opened in a tab send no message: not ui/*, not library/*, not page/*', () => {
    const top = kind({ id: ID, url: `${ORIGIN}src/frame/index.html`, tab: tab(7), frameId: 0 });
    const messages: ToBackground[] = [
      { type: 'ui/delete-annotation', id: 'a1' },
      { type: 'library/export-page', articleIds: [] },
      { type: 'library/article', url: 'https://news.example/story' },
      { type: 'page/hello' },
    ];
    for (const m of messages) expect(isAllowed(m, top), m.type).toBe(false);
  });

  it("refuses another extension's page origin even with our id", () => {
    expect(kind({ id: ID, url: `chrome-extension://${OTHER_ID}/popup.html` })).toBeNull();
  });
});

describe('isAllowed', () => {
  const page: ToBackground[] = [
    { type: 'page/hello' },
    { type: 'page/frame-show', view: 'editor', id: 'a1' },
  ];
  const ui: ToBackground[] = [
    { type: 'ui/tab-state', tabId: 7 },
    { type: 'ui/set-setting', key: 'showQuotes', value: false },
    { type: 'library/search', query: 'harbour' },
    { type: 'library/import', json: '{}' },
  ];

  it('lets page/* messages come only from a content script', () => {
    for (const m of page) {
      expect(isAllowed(m, 'content-script'), m.type).toBe(true);
      expect(isAllowed(m, 'extension-page'), m.type).toBe(false);
      expect(isAllowed(m, null), m.type).toBe(false);
    }
  });

  it('lets ui/* and library/* messages come only from an extension page', () => {
    for (const m of ui) {
      expect(isAllowed(m, 'extension-page'), m.type).toBe(true);
      expect(isAllowed(m, 'content-script'), m.type).toBe(false);
      expect(isAllowed(m, null), m.type).toBe(false);
    }
  });

  it('chains with senderKind: a web page tab cannot import a library', () => {
    const fromTab = kind({ id: ID, url: 'https://evil.example/', tab: tab(9) });
    expect(isAllowed({ type: 'library/import', json: '{"articles":[]}' }, fromTab)).toBe(false);
    expect(isAllowed({ type: 'page/hello' }, fromTab)).toBe(true);
  });
});
