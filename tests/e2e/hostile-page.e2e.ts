// The page is hostile (issue 12): a script that runs before Quotelight listens to every key and input
// event, polls every shadow root and frame it can reach, reads the marks from CSS.highlights, dispatches
// synthetic clicks and keys at them and at the overlay, clears the highlights and tries to hide the
// overlay with CSS. The reader types a note with real key events in the extension's frame. The page must
// learn nothing of the note, typed or stored, and nothing may be written that the reader did not do.
// A page on another site, or another origin of the same host, that claims a saved article by its
// canonical URL stays its own article.
import { expect, it } from 'vitest';
import { articleHtml, page as pageHtml } from './support/article-html';
import type { TestPage } from './support/browsers';
import { BLINDING_CSS, hostileScript, type Seen } from './support/hostile-page';
import { artifactPath } from './support/artifacts';
import { frameValue, highlightButtonPoint, pointOfText, probeHighlights, rectOfText, selectText } from './support/page-probes';
import { parseColour, readPng, shareUnlike } from './support/pixels';
import { MARK_SWATCHES } from '../../src/shared/highlight-styles';
import { FRAME_PATH, highlightWithNote, markRanges, selectAsReader, textInFrame, triggerHighlightShortcut, waitForFrame, waitForQuotes } from './support/reader-actions';
import { startFixtureServer } from '../../scripts/fixture-server';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const PASSAGE = 'hired forty extra crew members and ordered two new icebreakers';
// Words that occur nowhere in the page, so any trace of them in what the page saw is a leak.
const NOTE = 'Quokka source says budget padded 7741';
const TAGS = '#zanzibarleak #ferret';
const SECRETS = ['quokka', '7741', 'zanzibarleak', 'ferret', 'padded'];
// What the reader highlights and notes on a copy of the article, elsewhere in its text.
const OTHER_PASSAGE = 'the budget could not absorb another overrun';
const OTHER_NOTE = 'Wielgus figures differ';

const hostileHtml = (extraHead = '') =>
  pageHtml(`<article>${articleHtml()}</article>`).replace('<head>', `<head><script>(${hostileScript.toString()})();</script>${extraHead}`);

/** Everything the page script observed, as one lower-cased string, and the counters. */
async function observed(page: TestPage): Promise<{ all: string; seen: Seen }> {
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen, null);
  return { all: JSON.stringify(seen).toLowerCase(), seen };
}

const leaks = (all: string) => SECRETS.filter((s) => all.includes(s));

/** Sends a message to the background from an extension page, as the library and popup do. */
const fromExtension = <R>(ext: TestPage, msg: unknown): Promise<R> =>
  ext.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as R;
  }, msg);

interface Stored {
  article: { id: string; title: string; urls: string[] };
  annotations: { id: string; kind: string; note: string | null; tags: string[]; colour: string | null; text: string }[];
}

/** The stored article as the library page sees it. */
const storedArticle = (ext: TestPage, url: string) => fromExtension<Stored | null>(ext, { type: 'library/article', url });

const readerItems = (stored: Stored | null) =>
  (stored?.annotations ?? []).filter((a) => a.kind === 'note' || a.kind === 'highlight').map(({ id, note, tags, colour, text }) => ({ id, note, tags, colour, text }));

/**
 * Waits until the page's script has swept `n` more times (or attacked `n` more times): what a test
 * checks after it is what the page could do in that time, however slow the machine is.
 */
async function sweepsMore(page: TestPage, n: number, count: 'sweeps' | 'attacks' = 'sweeps'): Promise<void> {
  const read = () => page.evaluate((c) => (window as unknown as { __seen: Seen }).__seen[c], count);
  const from = await read();
  await until(read, (v) => v >= from + n);
}


inEachBrowser('hostile page', (env, name) => {
  it('learns nothing of a note typed in the frame or stored, and writes nothing without the reader', async () => {
    const { browser, server } = env();
    server.page('hostile.html', hostileHtml());
    const url = server.url('hostile.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    // Control: keys typed into the page itself do reach the page's listeners.
    await page.type('zq');
    expect((await observed(page)).seen.keys).toEqual(expect.arrayContaining(['z', 'q']));
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');

    // The reader highlights a passage and types a note and tags with real key events.
    await highlightWithNote(page, ext, tabId, PASSAGE, NOTE, TAGS);
    await sweepsMore(page, 4); // a few more sweeps of the page's pollers
    const typed = await observed(page);
    expect(leaks(typed.all)).toEqual([]);
    expect(typed.seen.openShadowRoots).toBe(0);
    expect(typed.seen.dispatched).toBeGreaterThan(0);
    const saved = readerItems(await storedArticle(ext, url));
    expect(saved).toEqual([expect.objectContaining({ note: NOTE, tags: ['zanzibarleak', 'ferret'], text: PASSAGE })]);

    // After a reload the page reads the marks, clicks them, selects text and clicks the overlay itself.
    await page.reload();
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => markRanges(p).includes(PASSAGE),
    );
    await page.evaluate(() => {
      (window as unknown as { __attack: boolean }).__attack = true;
    }, null);
    await sweepsMore(page, 12, 'attacks');
    await page.evaluate(() => {
      (window as unknown as { __attack: boolean }).__attack = false;
      document.getSelection()?.removeAllRanges();
    }, null);
    const attacked = await observed(page);
    expect(attacked.seen.highlights.some((h) => h.endsWith(`:${PASSAGE}`))).toBe(true); // it can see where the mark is…
    expect(leaks(attacked.all)).toEqual([]); // …but not what the reader wrote
    expect(attacked.seen.openShadowRoots).toBe(0);
    expect(await textInFrame(page, 'editor')).toBeNull(); // no synthetic click opened the editor
    expect(readerItems(await storedArticle(ext, url))).toEqual(saved); // nothing deleted, created or changed

    // The reader's own pointer on the mark shows the note, in the frame only.
    const at = await page.evaluate(pointOfText, PASSAGE);
    await page.mouse(at!.x, at!.y);
    expect(await waitForFrame(page, 'hover-card')).toContain(NOTE);
    await sweepsMore(page, 3);
    expect(leaks((await observed(page)).all)).toEqual([]);
    await ext.close();
    await page.close();
  });

  it('is hard to blind: hiding CSS on the overlay, old highlight names and a cleared registry do not hide Quotelight', async () => {
    const { browser, server } = env();
    server.page('blinding.html', hostileHtml(`<style>${BLINDING_CSS}</style>`));
    const url = server.url('blinding.html');
    const page = await browser.newPage();
    await page.goto(url);
    const before = await waitForQuotes(page);
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()], null);
    expect(names.some((n) => n.startsWith('ql-'))).toBe(false); // the names are not the ones a page could know in advance
    expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.ownerNode?.textContent ?? '').join('').includes('::highlight(h'), null)).toBe(false);

    await page.evaluate(() => {
      (window as unknown as { __clearHighlights: boolean }).__clearHighlights = true;
    }, null);
    await until(
      () => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen.clears, null),
      (n) => n > 0,
    );
    const repainted = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => Object.keys(p.groups).length >= Object.keys(before.groups).length,
    );
    expect(Object.keys(repainted.groups).sort()).toEqual(Object.keys(before.groups).sort());

    // The reader's shortcut still opens the editor, visible despite `display: none !important` on the host.
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');
    expect(await page.evaluate(selectText, PASSAGE)).toBe(true);
    expect(await triggerHighlightShortcut(ext, tabId)).toEqual({ ok: true });
    await waitForFrame(page);
    const shown = await page.inFrame(FRAME_PATH, () => ({ w: innerWidth, h: innerHeight }), null);
    expect(shown!.w).toBeGreaterThan(0);
    expect(shown!.h).toBeGreaterThan(0);
    const hostOnScreen = await page.evaluate(() => {
      for (let y = 0; y < innerHeight; y += 16) for (let x = 0; x < innerWidth; x += 16) if (document.elementFromPoint(x, y)?.tagName === 'QUOTELIGHT-OVERLAY') return true;
      return false;
    }, null);
    expect(hostOnScreen).toBe(true);
    await ext.close();
    await page.close();
  });

  it('a page moving the caret into marks or selecting text pops up no note and no Highlight button', async () => {
    const { browser, server } = env();
    server.page('caret.html', hostileHtml());
    const url = server.url('caret.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const ext = await browser.openExtensionPage('src/library/index.html');
    await highlightWithNote(page, ext, await browser.tabIdOf(url), PASSAGE, NOTE);

    // The page puts the caret inside a painted range, or selects one (the reader's mark and two others),
    // firing every event a reader's selection would; then, while Quotelight would answer, it looks for
    // Quotelight's overlay on screen (a card or the Highlight button would be). It also notes what the
    // browser says of its selectionchange events: trusted, so isTrusted cannot tell the page's from the reader's.
    await page.evaluate((passage) => {
      const w = window as unknown as { __caret: { moves: number; ticks: number; onScreen: number; trusted: boolean[]; timer: number } };
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const state = { moves: 0, ticks: 0, onScreen: 0, trusted: [] as boolean[], timer: 0 };
      w.__caret = state;
      document.addEventListener('selectionchange', (e) => state.trusted.push(e.isTrusted));
      const overlayOnScreen = () => {
        for (let y = 0; y < innerHeight; y += 16) for (let x = 0; x < innerWidth; x += 16) if (document.elementFromPoint(x, y)?.tagName === 'QUOTELIGHT-OVERLAY') return true;
        return false;
      };
      state.timer = setInterval(() => {
        // One move, then three looks 150, 300 and 450 ms after it (a debounced answer comes within them).
        if (state.ticks++ % 4 !== 0) {
          if (overlayOnScreen()) state.onScreen++;
          return;
        }
        const all = [...reg.values()].flatMap((h) => [...h]);
        const ranges = [...all.filter((r) => r.toString() === passage), ...all.filter((r) => r.toString() !== passage).slice(0, 2)];
        const r = ranges[Math.floor(state.moves / 2) % ranges.length];
        if (!r) return;
        const sel = document.getSelection()!;
        if (state.moves % 2 === 0) sel.collapse(r.startContainer, r.startOffset + 1);
        else sel.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
        for (const type of ['keydown', 'keyup', 'pointerdown', 'pointerup', 'mouseup', 'selectionchange']) {
          document.body.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        }
        state.moves++;
      }, 150) as unknown as number;
    }, PASSAGE);
    const caret = () => page.evaluate(() => (window as unknown as { __caret: { moves: number; ticks: number; onScreen: number; trusted: boolean[] } }).__caret, null);
    // Three ranges, each with the caret and selected, each move looked at three times.
    await until(caret, (c) => c.moves >= 6 && c.ticks >= 24);
    await page.evaluate(() => clearInterval((window as unknown as { __caret: { timer: number } }).__caret.timer), null);
    const seen = await caret();
    expect(seen.onScreen).toBe(0);
    expect(seen.trusted).toContain(true);
    expect(await textInFrame(page, 'hover-card')).toBeNull();

    // The reader's own keyboard selection does bring the Highlight button.
    await selectAsReader(page, OTHER_PASSAGE);
    expect((await until(() => page.evaluate(highlightButtonPoint, null), (p) => p?.shown === true))?.shown).toBe(true);
    expect(leaks((await observed(page)).all)).toEqual([]);
    await ext.close();
    await page.close();
  });

  it('a page on another site claiming a saved article by its canonical URL stays its own article', async () => {
    const { browser, server } = env();
    server.page('real.html', pageHtml(`<article>${articleHtml()}</article>`));
    const realUrl = server.url('real.html');
    const page = await browser.newPage();
    await page.goto(realUrl);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(realUrl);
    const ext = await browser.openExtensionPage('src/library/index.html');
    await highlightWithNote(page, ext, tabId, PASSAGE, NOTE);
    const real = await storedArticle(ext, realUrl);
    expect(real).not.toBeNull();

    // localhost and 127.0.0.1 are two sites: the copy claims the real article and brings its own title.
    const canonical = `<link rel="canonical" href="${realUrl}"><meta property="og:url" content="${realUrl}">`;
    server.page('copy.html', hostileHtml(canonical).replace('Port keeps harbour open through winter', 'Hijacked headline'));
    const copyUrl = server.url('copy.html').replace('127.0.0.1', 'localhost');
    const copy = await browser.newPage();
    await copy.goto(copyUrl);
    const painted = await waitForQuotes(copy);
    await sweepsMore(copy, 5);
    expect(markRanges(painted)).toEqual([]); // the reader's marks of the real article are not painted here
    expect(markRanges(await copy.evaluate(probeHighlights, 'article'))).toEqual([]);
    expect(leaks((await observed(copy)).all)).toEqual([]);

    // The reader saves the copy: it is filed under its own URL; the real article keeps title and notes.
    const copyTab = await browser.tabIdOf(copyUrl);
    const saved = await fromExtension<{ id: string }>(ext, { type: 'ui/save-article', tabId: copyTab });
    expect(saved.id).toBe(copyUrl);
    const after = await storedArticle(ext, realUrl);
    expect(after!.article.title).toBe(real!.article.title);
    expect(after!.article.urls).not.toContain(copyUrl);
    expect(readerItems(after)).toEqual(readerItems(real));
    await ext.close();
    await copy.close();
    await page.close();
  });

  it('a page on another origin of the same host (another port) cannot take over, retitle or show a saved article', async () => {
    const { browser, server } = env();
    // Two origins on one IP address: one "site" by the Public Suffix List, two origins by scheme, host and port.
    const other = await startFixtureServer();
    try {
      server.page('origin-real.html', pageHtml(`<article>${articleHtml()}</article>`));
      const realUrl = server.url('origin-real.html');
      const page = await browser.newPage();
      await page.goto(realUrl);
      await waitForQuotes(page);
      const ext = await browser.openExtensionPage('src/library/index.html');
      await highlightWithNote(page, ext, await browser.tabIdOf(realUrl), PASSAGE, NOTE);
      const real = await storedArticle(ext, realUrl);
      expect(readerItems(real)).toEqual([expect.objectContaining({ note: NOTE, text: PASSAGE })]);

      // The copy carries the real article's text and claims its URL, with a title of its own.
      const claim = `<link rel="canonical" href="${realUrl}"><meta property="og:url" content="${realUrl}"><meta property="og:title" content="HIJACKED TITLE">`;
      other.page('hijack.html', hostileHtml(claim));
      const hijackUrl = other.url('hijack.html');
      const hijack = await browser.newPage();
      await hijack.goto(hijackUrl);
      expect(markRanges(await waitForQuotes(hijack))).toEqual([]);

      // The reader highlights something on the copy, with a note of their own.
      await highlightWithNote(hijack, ext, await browser.tabIdOf(hijackUrl), OTHER_PASSAGE, OTHER_NOTE);
      const after = await storedArticle(ext, realUrl);
      expect(after!.article.title).toBe(real!.article.title);
      expect(after!.article.urls).toEqual(real!.article.urls);
      expect(after!.annotations.map(({ id, kind, note, text }) => ({ id, kind, note, text }))).toEqual(real!.annotations.map(({ id, kind, note, text }) => ({ id, kind, note, text })));
      const own = await storedArticle(ext, hijackUrl);
      expect(own!.article.id).toBe(hijackUrl);
      expect(readerItems(own)).toEqual([expect.objectContaining({ note: OTHER_NOTE, text: OTHER_PASSAGE })]);
      expect(markRanges(await hijack.evaluate(probeHighlights, 'article'))).toEqual([OTHER_PASSAGE]);

      // Reloaded, the copy paints its own mark only, and the reader's pointer on the real article's
      // passage shows nothing of its note.
      await hijack.reload();
      await until(
        () => hijack.evaluate(probeHighlights, 'article'),
        (p) => markRanges(p).includes(OTHER_PASSAGE),
      );
      await sweepsMore(hijack, 3);
      expect(markRanges(await hijack.evaluate(probeHighlights, 'article'))).toEqual([OTHER_PASSAGE]);
      const ownMark = await hijack.evaluate(pointOfText, OTHER_PASSAGE);
      await hijack.mouse(ownMark!.x, ownMark!.y);
      expect(await waitForFrame(hijack, 'hover-card')).toContain(OTHER_NOTE); // hovering does show cards here
      const theirs = await hijack.evaluate(pointOfText, PASSAGE);
      await hijack.mouse(theirs!.x, theirs!.y);
      await until(
        () => textInFrame(hijack, 'hover-card'),
        (t) => t === null || !t.includes(OTHER_NOTE),
      );
      await sweepsMore(hijack, 3);
      expect((await textInFrame(hijack, 'hover-card')) ?? '').not.toContain(NOTE);
      expect(leaks((await observed(hijack)).all)).toEqual([]);
      await ext.close();
      await hijack.close();
      await page.close();
    } finally {
      await other.close();
    }
  });

  it('says at once when the page takes the keyboard from the editor, and gives it back in one click', async () => {
    const { browser, server } = env();
    server.page('steal.html', hostileHtml());
    const url = server.url('steal.html');
    const page = await browser.newPage();
    await page.goto(url);
    await waitForQuotes(page);
    const tabId = await browser.tabIdOf(url);
    const ext = await browser.openExtensionPage('src/library/index.html');
    expect(await page.evaluate(selectText, PASSAGE)).toBe(true);
    expect(await triggerHighlightShortcut(ext, tabId)).toEqual({ ok: true });
    await waitForFrame(page);
    // The reader's pointer is on the editor, as after clicking into it.
    const inEditor = await until(() => page.evaluate(overlayPoint, null), (p) => p !== null);
    await page.mouse(inEditor!.x, inEditor!.y);
    await page.focusInFrame(FRAME_PATH, '[data-ql="note"]');
    await page.type('first half typed ');
    expect(await textInFrame(page, 'focus-lost')).toBeNull();

    // The page waits until the overlay has held focus for 300 ms, then focuses its own field.
    await page.evaluate(() => {
      (window as unknown as { __stealFocus: boolean }).__stealFocus = true;
    }, null);
    await until(() => observed(page), (o) => o.seen.stoleAt > 0);
    // The notice is up before the reader's next key: it covers the field they were typing in.
    const notice = await waitForFrame(page, 'focus-lost');
    await page.screenshot(artifactPath(name, 'focus-stolen.png'));
    expect(notice).toContain('The page took the keyboard.');
    await page.type('stolen second half');
    await until(() => observed(page), (o) => o.seen.stolen === 'stolen second half'); // what the page could still take
    expect(await page.inFrame(FRAME_PATH, frameValue, 'note')).toBe('first half typed ');

    // One click on the notice: the keyboard is back in the note, where the caret was.
    await page.clickAt(inEditor!.x, inEditor!.y);
    await until(() => textInFrame(page, 'focus-lost'), (t) => t === null);
    await page.type('and the rest');
    expect(await page.inFrame(FRAME_PATH, frameValue, 'note')).toBe('first half typed and the rest');
    expect((await observed(page)).seen.stolen).toBe('stolen second half');
    await ext.close();
    await page.close();
  });

  // In Firefox the content script cannot list the page's entries, but asking for each styled name by
  // name finds and deletes them (highlight-painter.ts).
  it('removes marks the page forges under the extension’s own highlight names', async () => {
    const { browser, server } = env();
    server.page('forge.html', hostileHtml());
    const page = await browser.newPage();
    await page.goto(server.url('forge.html'));
    await waitForQuotes(page);
    await page.evaluate((text) => {
      (window as unknown as { __forgeMark: string }).__forgeMark = text;
    }, FORGED);
    const forged = (await until(() => observed(page), (o) => o.seen.forged.length > 0)).seen.forged;
    expect(forged.some((n) => n.endsWith('-mark-purple'))).toBe(true);
    const names = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()], null);
    const left = await until(names, (n) => !n.some((k) => forged.includes(k) && k.endsWith('-mark-purple')));
    expect(left.filter((k) => k.endsWith('-mark-purple'))).toEqual([]);
    await sweepsMore(page, 4); // and it stays gone
    expect(markRanges(await page.evaluate(probeHighlights, 'article'))).toEqual([]);
    expect(Object.values((await page.evaluate(probeHighlights, 'article')).groups).flat()).not.toContain(FORGED);

    // What the reader sees: no purple over the forged passage.
    const box = await page.evaluate(rectOfText, FORGED);
    const shot = artifactPath(name, 'forged-mark.png');
    await page.screenshot(shot, box!);
    const purple = parseColour(MARK_SWATCHES.purple!).rgb;
    expect(1 - shareUnlike(readPng(shot), purple, 24)).toBeLessThan(0.01);
    await page.close();
  });

  it('does not read text the page hides: the card and the stored speaker are the visible one', async () => {
    const { browser, server } = env();
    server.page('hidden.html', pageHtml(`<article>${articleHtml({ extraParagraphs: HIDDEN_SPEAKER })}</article>`));
    const url = server.url('hidden.html');
    const page = await browser.newPage();
    await page.goto(url);
    const painted = await waitForQuotes(page);
    // Every quote is painted over its own visible words: the hidden text is left out of the map too.
    const quoted = Object.entries(painted.groups).filter(([g]) => g.startsWith('ql-quote')).flatMap(([, r]) => r);
    for (const q of SAID_QUOTES) expect(quoted.some((r) => r.includes(q.slice(1, -2))), `${q} in ${quoted.join(' | ')}`).toBe(true);
    expect(quoted.join(' ')).not.toMatch(/Putin/);

    const at = await page.evaluate(pointOfText, 'icebreakers are ordered');
    await page.mouse(at!.x, at!.y);
    const card = await until(() => waitForFrame(page, 'hover-card'), (t) => !!t && /Okonkwo|Putin/.test(t));
    expect(card).toContain('Harriet Okonkwo');
    expect(card).not.toContain('Putin');

    const ext = await browser.openExtensionPage('src/library/index.html');
    await fromExtension(ext, { type: 'ui/save-article', tabId: await browser.tabIdOf(url) });
    const stored = await storedArticle(ext, url);
    const quotes = (stored?.annotations ?? []).filter((a) => a.kind === 'quote') as unknown as { text: string; speakerKey: string | null }[];
    const speakers = Object.fromEntries(quotes.filter((q) => SAID_QUOTES.some((s) => s.includes(q.text) || q.text.includes(s))).map((q) => [q.text, q.speakerKey]));
    expect(Object.keys(speakers)).toHaveLength(SAID_QUOTES.length);
    expect(new Set(Object.values(speakers))).toEqual(new Set(['harriet okonkwo']));
    expect((stored?.annotations ?? []).filter((a) => /putin/i.test(a.text))).toEqual([]);
    await ext.close();
    await page.close();
  });

});

/** Text of the article that is no quote and no mark: the page forges a mark over it. */
const FORGED = 'according to the regional farmers';

/** One quote per way of hiding text, each said by the visible speaker; the hidden one names another. */
const PUTIN = 'said Vladimir Putin, ';
const HIDDEN_SPEAKER = [
  `“Our ships will run through every storm,” <span style="display:none">${PUTIN}</span>said Harriet Okonkwo.`,
  `“The icebreakers are ordered and paid for,” <span hidden>${PUTIN}</span>said Harriet Okonkwo.`,
  `“Crews start training next week,” <span style="visibility:hidden">${PUTIN}</span>said Harriet Okonkwo.`,
  `“Grain will leave the port every day,” <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${PUTIN}</span>said Harriet Okonkwo.`,
  `“Farmers can count on us this winter,” <span style="position:absolute;left:-10000px">${PUTIN}</span>said Harriet Okonkwo.`,
  `“The council approved every krone of it,” <span style="color:transparent">${PUTIN}</span>said Harriet Okonkwo.`,
  `“Nobody will be left without a berth,” <span style="opacity:0">${PUTIN}</span>said Harriet Okonkwo.`,
];

/** The quotes of HIDDEN_SPEAKER, as painted: the words between the quotation marks and the marks. */
const SAID_QUOTES = HIDDEN_SPEAKER.map((p) => /“[^”]+”/.exec(p)![0]);

/**
 * Runs in the page: a point on the open editor, or null. The page sees only the overlay's host, so
 * it takes the overlay's point nearest the middle of all of them (the editor dwarfs the Highlight button).
 */
function overlayPoint(): { x: number; y: number } | null {
  const hits: { x: number; y: number }[] = [];
  for (let y = 4; y < innerHeight; y += 8) for (let x = 4; x < innerWidth; x += 8) if (document.elementFromPoint(x, y)?.tagName === 'QUOTELIGHT-OVERLAY') hits.push({ x, y });
  if (hits.length < 100) return null; // the editor is not on screen yet
  const cx = hits.reduce((a, p) => a + p.x, 0) / hits.length;
  const cy = hits.reduce((a, p) => a + p.y, 0) / hits.length;
  return hits.reduce((best, p) => (Math.hypot(p.x - cx, p.y - cy) < Math.hypot(best.x - cx, best.y - cy) ? p : best));
}
