// A reader's whole session in one browser (issue 23, item 6), asserting at each step what the screen
// shows: four articles opened in tabs and saved from the popup (quotes listed by speaker, their tints
// painted), a refused section front analysed anyway, notes with #tags on two tabs (the marks painted,
// the popup listing the notes), a tab closed and opened again (mark and note back), a library search
// with a typo that finds the note, a corrected speaker seen in popup and library, the library exported
// in all three formats, and an article forgotten and imported back from the JSON.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { clickInArticle,
  csvRecords,
  detailSpeakers,
  listedArticles,
  searchHits,
  statusText,
} from './support/journey-library';
import { captureDownloads, capturedDownloads, chooseImportFile } from './support/library-page';
import { MADE_UP, REFUSED_PATH, SEED_PATH, serveJourneyPages } from './support/journey-pages';
import { openPopup, popupQuotes, readerItems, tintProblem, tintUnder } from './support/journey-screen';
import { probeHighlights } from './support/page-probes';
import { highlightWithNote, markRanges, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

/** The two notes of the journey: on the first made-up article and on the sample article. */
const NOTES = [
  { passage: 'a purchase that the city council approved last month', note: 'Icebreakers ordered before the budget vote', tags: '#budget #winter' },
  { passage: 'Some analysts fear that Russia’s insistence on demands', note: 'Pretext argument: which analysts?', tags: '#russia #talks' },
] as const;
/** The first note's key word, misspelt as a reader might type it. */
const TYPO = 'icebraekers';
const DETECTED = 'Harriet Okonkwo';
const CORRECTED = 'Ines Valdivia';

const quoteGroupsOf = (p: ReturnType<typeof probeHighlights>) => Object.entries(p.groups).filter(([g]) => g.startsWith('ql-quote-'));

inEachBrowser('a reader’s journey', (env, name) => {
  it('saves articles, analyses a refused page, writes notes, searches, corrects, exports, forgets and imports back', async () => {
    const { browser, server } = env();
    const madeUp = serveJourneyPages(server);
    const seedUrl = server.url(SEED_PATH);
    const urls = [...madeUp, seedUrl];
    const tabs = new Map<string, TestPage>();
    const open: TestPage[] = [];
    const opened = async () => {
      const p = await browser.newPage();
      open.push(p);
      return p;
    };
    try {
      // 1. Four articles, each in its own tab, saved from the popup: the popup lists the quotes by speaker.
      for (const [i, url] of urls.entries()) {
        const tab = await opened();
        tabs.set(url, tab);
        await tab.goto(url);
        const painted = await waitForQuotes(tab);
        const { popup } = await openPopup(browser, url);
        const shown = await until(
          () => popup.evaluate(popupQuotes, null),
          (q) => Object.keys(q.bySpeaker).length > 0,
        );
        const paintedText = quoteGroupsOf(painted)
          .flatMap(([, r]) => r)
          .join(' ');
        const listed = Object.values(shown.bySpeaker).flat();
        expect(listed.length).toBeGreaterThan(1);
        // Every quote the popup lists is one tinted on the page.
        for (const q of listed) expect(paintedText).toContain(q.slice(0, 30));
        const a = MADE_UP[i];
        if (a) {
          expect(shown.title).toBe(a.title);
          expect(shown.bySpeaker[a.speaker]).toEqual([a.quote]);
          expect(shown.bySpeaker[DETECTED]).toContain('We will keep the harbour open through the winter, whatever the cost,');
        } else expect(shown.title).toContain('Russia threatens to scuttle talks');
        await popup.click('button.save');
        await until(
          () => popup.evaluate(popupQuotes, null),
          (q) => q.saved,
        );
        if (i === 0 || !a) await popup.screenshot(artifactPath(name, `journey-popup-${i}.png`), POPUP_CLIP);
        await popup.close();
      }
      // The quote tints are painted: the first two quote colours on the first article, one on the sample.
      const tints = [
        await tintUnder(tabs.get(urls[0]!)!, name, 'quote-0', 0, 'quote-0'),
        await tintUnder(tabs.get(urls[0]!)!, name, 'quote-1', 0, 'quote-1'),
        await tintUnder(tabs.get(seedUrl)!, name, 'quote-0', 0, 'seed-quote-0'),
      ];
      expect(tints.map((t) => (t ? tintProblem(t) : 'not on the page'))).toEqual(['', '', '']);

      // 2. A section front is refused; "Analyse anyway" shows its analysis.
      const refusedUrl = server.url(REFUSED_PATH);
      const refusedTab = await opened();
      await refusedTab.goto(refusedUrl);
      const refusedId = await browser.tabIdOf(refusedUrl);
      const refused = await browser.openExtensionPage(`src/popup/index.html?tab=${refusedId}`);
      await refused.waitFor('button.analyse-anyway');
      expect(await refused.text('.state')).toContain('does not look like an article');
      await refused.click('button.analyse-anyway');
      await refused.waitFor('section.article [data-testid="word-count"]');
      expect(Number((await refused.text('[data-testid="word-count"]')).replace(/,/g, ''))).toBeGreaterThan(100);
      expect(await refused.text('#quotes-h')).toBe('Quotes by speaker');
      await refused.screenshot(artifactPath(name, 'journey-analysed-anyway.png'), POPUP_CLIP);
      await refused.close();

      // 3. A note with #tags on two tabs: the mark is painted, the popup lists the note.
      // An extension page to send the keyboard shortcut's message from (as the background would).
      const sender = await browser.openExtensionPage('src/library/index.html');
      open.push(sender);
      await sender.waitFor('#app');
      const noted = [urls[0]!, seedUrl];
      for (const [i, url] of noted.entries()) {
        const n = NOTES[i]!;
        const tab = tabs.get(url)!;
        await highlightWithNote(tab, sender, await browser.tabIdOf(url), n.passage, n.note, n.tags);
        const mark = await tintUnder(tab, name, 'mark-yellow', 0, `mark-${i}`);
        expect(mark && tintProblem(mark)).toBe('');
        expect(mark?.text).toBe(n.passage);
        const { popup } = await openPopup(browser, url);
        const items = await until(
          () => popup.evaluate(readerItems, null),
          (l) => l.length > 0,
        );
        expect(items).toEqual([{ passage: `“${n.passage}”`, note: n.note, tags: n.tags }]);
        await popup.close();
      }

      // 4. The first tab closed and opened again: the mark is painted again and the note listed.
      await tabs.get(urls[0]!)!.close();
      const again = await opened();
      tabs.set(urls[0]!, again);
      await again.goto(urls[0]!);
      await until(
        () => again.evaluate(probeHighlights, 'article'),
        (p) => markRanges(p).includes(NOTES[0].passage),
      );
      const markBack = await tintUnder(again, name, 'mark-yellow', 0, 'mark-reopened');
      expect(markBack && tintProblem(markBack)).toBe('');
      const { popup: reopened } = await openPopup(browser, urls[0]!);
      expect(
        await until(
          () => reopened.evaluate(readerItems, null),
          (l) => l.length > 0,
        ),
      ).toEqual([{ passage: `“${NOTES[0].passage}”`, note: NOTES[0].note, tags: NOTES[0].tags }]);

      // 5. The reader corrects a speaker: the quote moves to the new name.
      await reopened.click(`details.speaker[data-speaker="${DETECTED}"] button.fix`);
      await reopened.evaluate((speaker) => {
        const input = document.querySelector<HTMLInputElement>('form.correct input')!;
        input.value = speaker;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, CORRECTED);
      await reopened.click('form.correct button[type="submit"]');
      const corrected = await until(
        () => reopened.evaluate(popupQuotes, null),
        (q) => CORRECTED in q.bySpeaker,
      );
      expect(corrected.bySpeaker[CORRECTED]).toHaveLength(1);
      expect(corrected.bySpeaker[DETECTED]).toBeUndefined();
      await reopened.screenshot(artifactPath(name, 'journey-corrected.png'), POPUP_CLIP);
      await reopened.close();

      // 6. The library: every article listed with its site; a search with a typo finds the note.
      // Opened as the reader opens it, in a new tab.
      const lib = await browser.openExtensionPage('src/library/index.html');
      open.push(lib);
      const listed = await until(
        () => lib.evaluate(listedArticles, null),
        (l) => l.length === urls.length,
      );
      for (const a of MADE_UP) expect(listed.find((l) => l.title === a.title)?.site).toBe(a.site);
      await lib.click('#library-search');
      for (const key of TYPO) await lib.press(key);
      // Key by key, as a reader types: every key is in the box (none dropped by a re-render under load).
      const typed = await until(
        () => lib.evaluate(() => document.querySelector<HTMLInputElement>('#library-search')?.value ?? '', null),
        (v) => v === TYPO,
      );
      expect(typed, 'the search box shows what was typed').toBe(TYPO);
      const found = await until(
        () => lib.evaluate(searchHits, TYPO),
        (s) => s.answered && s.hits.some((h) => h.includes(NOTES[0].note)),
      );
      expect(found.hits.some((h) => h.includes(NOTES[0].note))).toBe(true);
      expect(found.groups).toContain(MADE_UP[0]!.title);
      await lib.screenshot(artifactPath(name, 'journey-library-search.png'));
      for (const _ of TYPO) await lib.press('Backspace');
      await until(
        () => lib.evaluate(listedArticles, null),
        (l) => l.length === urls.length,
      );

      // The corrected speaker shows in the article's detail.
      expect(await lib.evaluate(clickInArticle, { url: urls[0]!, selector: 'button.open-detail' })).toBe(true);
      const speakers = await until(
        () => lib.evaluate(detailSpeakers, null),
        (s) => CORRECTED in s,
      );
      expect(speakers[CORRECTED]).toHaveLength(1);
      expect(speakers[DETECTED]).toBeUndefined();
      expect(await lib.evaluate(readerItems, null)).toEqual([{ passage: `“${NOTES[0].passage}”`, note: NOTES[0].note, tags: NOTES[0].tags }]);
      await lib.screenshot(artifactPath(name, 'journey-library-detail.png'));
      await lib.click('button.back');
      await lib.waitFor('[data-testid="article"]');

      // 7. The whole library in all three formats.
      expect(await lib.evaluate(captureDownloads, null)).toBe(true);
      for (const format of ['markdown', 'csv', 'json']) await lib.click(`.brand button[data-format="${format}"]`);
      const files = await until(
        () => lib.evaluate(capturedDownloads, null),
        (d) => d.texts.length === 3,
      );
      const [markdown, csv, json] = files.texts as [string, string, string];
      expect(files.names.map((n) => n.replace(/^.*\./, ''))).toEqual(['md', 'csv', expect.stringMatching(/^json(ld)?$/)]);
      for (const n of NOTES) expect(markdown).toContain(n.note);
      expect(markdown).toContain('#budget');
      expect(markdown).toContain('#russia');
      expect(markdown).toContain(CORRECTED);

      const rows = csvRecords(csv);
      for (const n of NOTES) {
        const row = rows.find((r) => r.note === n.note);
        expect(row?.text).toBe(n.passage);
        expect(row?.tags).toBe(n.tags.replace(/#/g, '').split(' ').join('; '));
      }
      const fixedRow = rows.find((r) => r.speaker === CORRECTED);
      expect(fixedRow?.detected_speaker).toBe(DETECTED);
      expect(fixedRow?.article_url).toBe(urls[0]);
      // Every attributed quote carries the analysis's confidence in its detected speaker.
      const quoteRows = rows.filter((r) => r.kind === 'quote' && r.detected_speaker !== '');
      expect(quoteRows.length).toBeGreaterThan(8);
      for (const r of quoteRows) expect(r.speaker_confidence, `${r.text}: speaker_confidence`).toMatch(/^(0|1)\.\d{3}$/);

      const collection = JSON.parse(json) as { '@context': unknown; type: string; first: { items: { body?: { purpose?: string; value?: string }[] | { purpose?: string; value?: string } }[] } };
      expect(collection.type).toBe('AnnotationCollection');
      const bodies = collection.first.items.flatMap((a) => (Array.isArray(a.body) ? a.body : a.body ? [a.body] : []));
      for (const n of NOTES) expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: n.note }));
      for (const tag of ['budget', 'winter', 'russia', 'talks']) expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'tagging', value: tag }));
      expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'identifying', value: CORRECTED }));
      expect(JSON.stringify(collection['@context'])).toContain('speakerConfidence');

      // 8. The sample article forgotten, then the JSON imported back: article, note and tags are back.
      const before = listed.find((l) => l.url === seedUrl)!;
      expect(await lib.evaluate(clickInArticle, { url: seedUrl, selector: 'button.forget' })).toBe(true);
      await lib.waitFor(`[data-testid="article"][data-url="${seedUrl}"] button.confirm-yes`);
      expect(await lib.evaluate(clickInArticle, { url: seedUrl, selector: 'button.confirm-yes' })).toBe(true);
      const gone = await until(
        () => lib.evaluate(listedArticles, null),
        (l) => l.length === urls.length - 1 && !l.some((a) => a.url === seedUrl),
      );
      expect(gone.map((a) => a.url).sort()).toEqual(urls.slice(0, -1).sort());
      expect(await lib.evaluate(chooseImportFile, { name: 'library.json', content: json })).toBe(1);
      const imported = await until(
        () => lib.evaluate(statusText, null),
        (s) => s?.startsWith('Imported') ?? false,
      );
      expect(imported).toMatch(/^Imported \d+ annotations from 4 articles: [1-9]\d* added/);
      const back = await until(
        () => lib.evaluate(listedArticles, null),
        (l) => l.some((a) => a.url === seedUrl),
      );
      expect(back.find((a) => a.url === seedUrl)).toEqual(before);
      expect(await lib.evaluate(clickInArticle, { url: seedUrl, selector: 'button.open-detail' })).toBe(true);
      const items = await until(
        () => lib.evaluate(readerItems, null),
        (l) => l.length > 0,
      );
      expect(items).toEqual([{ passage: `“${NOTES[1].passage}”`, note: NOTES[1].note, tags: NOTES[1].tags }]);
      await lib.screenshot(artifactPath(name, 'journey-imported-back.png'));
      expect(lib.consoleErrors).toEqual([]);
    } finally {
      for (const p of open) await p.close().catch(() => undefined);
    }
  });
});
