// Dispatches each checked message to its handler. Handlers return the reply; thrown errors become ErrorReply.
import { probability } from '../shared/confidence';
import browser, { type Runtime } from 'webextension-polyfill';
import { packAnalysis, unpackAnalysis } from '../shared/analysis-wire';
import type { FrameEdit } from '../shared/frame-protocol';
import { randomHighlightPrefix } from '../shared/highlight-styles';
import { type ErrorReply, isToBackground, type PageMark, type ReaderItems, type Replies, type TabStateOnWire, type ToBackground } from '../shared/messages';
import { logFailure, sendToTab } from '../shared/messaging';
import type { SettingsMap } from '../shared/records';
import { DEFAULT_SETTINGS, getLibrary, type Library, type LibraryData } from '../storage';
import { analysisBackend } from './analysis-backend';
import { importJson } from '../export/import';
import { expectFrame, type FrameActions, hideFrame, showCardInFrame, showInFrame } from './frames';
import { insertHighlightStyles } from './page-styles';
import { applyCorrections, correctedQuote, placeReaderItems } from './reader-items';
import { isAllowed, senderKind } from './sender';
import { articleIdOfTab, existingTab, knownTabs, stateOf, type TabRecord, tabRecord } from './tab-states';
import { quoteElsewhere, tabQuotesElsewhere } from './quotes-elsewhere';
import { storedQuotesElsewhere } from '../storage/quotes-elsewhere';
import { changedNotice, recordVisit, savedCopyView } from './saved-copy';

type Msg<T extends ToBackground['type']> = Extract<ToBackground, { type: T }>;
type Handler<T extends ToBackground['type']> = (msg: Msg<T>, sender: Runtime.MessageSender) => Promise<Replies[T]>;
type Handlers = { [T in ToBackground['type']]: Handler<T> };

/** A hover card line is a name, a role or a cue: short. */
const CARD_LINE_MAX = 500;

const RESTRICTED_HOSTS = /^(chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org)$/;

// A page message is about the sender's own tab and URL (checked by senderKind), never one it names.
const senderTab = (sender: Runtime.MessageSender): TabRecord => tabRecord(sender.tab!.id!, sender.url!);

/**
 * The tab's record with its article text, for the page at `url` when given (a page message: the
 * record must be of the sender's own page). A service worker that was stopped while the reader read
 * has forgotten it: the tab is asked to send its article again before the write goes on.
 */
async function hydratedTab(tabId: number, url?: string): Promise<TabRecord> {
  const current = (r: TabRecord | undefined): r is TabRecord => !!r?.article && (url === undefined || r.url === url);
  let t = existingTab(tabId);
  let why = '';
  if (!current(t)) {
    await sendToTab(tabId, { type: 'page/resend-report' }).catch((e: unknown) => {
      why = ` (${e instanceof Error ? e.message : String(e)})`;
    });
    t = existingTab(tabId);
  }
  if (!current(t)) throw new Error(`Quotelight has not read this page yet: reload it.${why}`);
  return t;
}

/** What a content script may know of the reader's items: where to paint them, not what they say. */
const pageMarks = (reader: ReaderItems): PageMark[] =>
  reader.placed.map((p) => ({ id: p.annotation.id, start: p.start, end: p.end, colour: p.annotation.colour }));

async function tabState(tabId: number): Promise<TabStateOnWire> {
  const tab = await browser.tabs.get(tabId);
  // Without host access the URL is hidden: that is exactly the set of pages we cannot run on.
  if (!tab.url || !/^https?:/.test(tab.url) || RESTRICTED_HOSTS.test(new URL(tab.url).hostname)) {
    return { status: 'restricted' };
  }
  const known = existingTab(tabId);
  if (known?.report || known?.siteOff) return stateOf(known);
  // The page is still loading: its content script starts at document_idle, so there is nobody to ask
  // yet. Saying "no content script" here would tell the reader to reload a page that is on its way.
  if (tab.status === 'loading' && known?.url !== tab.url) return { status: 'analysing', report: null };
  // Its content script greeted this background from this page and is reading it: the report is on
  // its way. Asking again would restart the reading, so a popup polling a long page would never see it end.
  if (known && known.url === tab.url) return stateOf(known);
  try {
    await sendToTab(tabId, { type: 'page/resend-report' });
  } catch (e) {
    // Usually no content script (the page was open before the extension started): the popup says to reload.
    logFailure(`asking tab ${tabId} for its report`)(e);
    return { status: 'no-content-script' };
  }
  const t = existingTab(tabId);
  return t ? stateOf(t) : { status: 'analysing', report: null };
}

/** Re-reads the reader's items for a tab from storage and tells its content script to repaint. */
async function refreshReader(t: TabRecord, tabId: number): Promise<void> {
  if (!t.article) return;
  const stored = await getLibrary().getArticleWithAnnotations(t.url);
  t.reader = placeReaderItems(t.article.text, stored?.annotations ?? []);
  t.saved = stored !== null;
  // The tab's own state is current now; its page repaints when it can. Not awaited: a save from
  // the library must not wait on a page busy painting thousands of marks, or one that never answers.
  void sendToTab(tabId, { type: 'page/reader-changed', marks: pageMarks(t.reader) }).catch(logFailure(`repaint of tab ${tabId} (${t.url})`));
}

/**
 * After a change from the popup or library, every tab we know repaints from storage. Our own
 * records, not `tabs.query`: that is a round trip to the browser, which waits while the browser
 * is busy (a heavy page loading) and held a save for up to a second.
 */
async function refreshAllTabs(): Promise<void> {
  await Promise.all(knownTabs().map(([tabId, t]) => refreshReader(t, tabId)));
}

/**
 * After one annotation changed: only the tabs that may show it re-read — those that show it now,
 * those of its article (`articleId`, when known), and those not read yet. A save from the library
 * then waits on no other tab's storage read (a tab busy with a long page among them).
 */
async function refreshTabsShowing(id: string, articleId: string | null): Promise<void> {
  const mayShow = (t: TabRecord) =>
    !t.report || t.reader.placed.some((p) => p.annotation.id === id) || t.reader.notFound.some((a) => a.id === id) || (articleId !== null && articleIdOfTab(t) === articleId);
  await Promise.all(knownTabs().flatMap(([tabId, t]) => (mayShow(t) ? [refreshReader(t, tabId)] : [])));
}

async function readSettings(lib: Library): Promise<SettingsMap> {
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof SettingsMap)[];
  const values = await Promise.all(keys.map((k) => lib.getSetting(k)));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as unknown as SettingsMap;
}

/** Saves the tab's article and keeps its saved copy: the first version, or this visit's when its words changed. */
async function savePage(t: TabRecord) {
  if (!t.article || !t.report || !t.analysis) throw new Error('The article has not been analysed yet.');
  const lib = getLibrary();
  const article = await lib.saveArticle({ url: t.url, meta: t.report.meta, text: t.article.text }, t.analysis);
  const visit = await recordVisit(lib, article.id, t.article, t.report.meta, t.found ?? t.analysis);
  // What this visit found stays shown: a later save of the same reading compares with itself.
  if (visit && (!t.visit || visit.change?.changed)) t.visit = visit;
  return article;
}

const handlers: Handlers = {
  'page/hello': async (_msg, sender) => {
    const t = senderTab(sender);
    t.siteOff = !(await getLibrary().isSiteEnabled(t.url));
    if (t.siteOff) return { enabled: false, highlightPrefix: '' };
    const highlightPrefix = randomHighlightPrefix();
    await insertHighlightStyles(sender.tab!.id!, highlightPrefix);
    return { enabled: true, highlightPrefix };
  },
  'page/extract': async (msg, sender) => {
    if (typeof msg.html !== 'string') throw new Error('malformed page snapshot');
    // The snapshot is of the sender's own page: its URL is the sender's, never one the message names.
    const t = senderTab(sender);
    const snapshot = { html: msg.html, url: t.url, force: msg.force === true, scope: msg.scope === 'page' ? ('page' as const) : ('article' as const) };
    const extracted = await analysisBackend().extract(String(sender.tab!.id), snapshot);
    // The page sends the article next (page/analyze): its report then carries what this extraction noticed.
    t.extracted = { notice: extracted.notice, scope: extracted.scope };
    return extracted;
  },
  'page/analyze': async (msg, sender) => {
    const t = senderTab(sender);
    const lib = getLibrary();
    // The text is known at once, so highlights can be saved while the analysis runs elsewhere.
    // The article is the sender's own page (t.url), never a URL the message names.
    t.article = msg.article;
    t.analysis = t.found = t.stopped = null;
    t.visit = null;
    t.report = { url: t.url, meta: msg.meta, wordCount: msg.wordCount, isArticle: true, notice: t.extracted?.notice ?? null, scope: t.extracted?.scope ?? 'article' };
    const analysed = analysisBackend().analyse(String(sender.tab!.id), msg.article);
    // Awaited below, after the reads: marked handled now so a quick failure is not reported as unhandled meanwhile.
    analysed.catch(() => undefined);
    const [stored, settings] = await Promise.all([lib.getArticleWithAnnotations(t.url), readSettings(lib)]);
    // Its quotes are looked up next (card, popup): the quotes-across index is built while the analysis
    // runs elsewhere, after this message's own reads rather than on top of them, and not when the
    // analysis comes back and this thread has its reply to send.
    void lib.quoteMatches.ready().catch(logFailure('building the quotes-across index'));
    const outcome = await analysed;
    const annotations = stored?.annotations ?? [];
    const found = unpackAnalysis(outcome.analysis, msg.article.text);
    const analysis = applyCorrections(found, msg.article.text, annotations);
    const reader = placeReaderItems(msg.article.text, annotations);
    // A saved article is compared with its last saved version on every visit (docs/saved-copy.md).
    const visit = stored ? await recordVisit(lib, stored.article.id, msg.article, msg.meta, found) : null;
    if (t.article === msg.article) {
      Object.assign(t, { analysis, found, reader, stopped: outcome.stopped, saved: stored !== null, visit });
    }
    // Packed: this reply crosses the thread that answers saves, and the page has the text to unpack it.
    const wire = analysis === found ? outcome.analysis : packAnalysis(analysis, msg.article.text);
    return { analysis: wire, stopped: outcome.stopped, marks: pageMarks(reader), settings, changed: changedNotice(visit) };
  },
  'page/report': async (msg, sender) => {
    const t = senderTab(sender);
    t.report = { ...msg.report, url: t.url };
    return { ok: true };
  },
  'page/add-highlight': async (msg, sender) => {
    const t = await hydratedTab(sender.tab!.id!, sender.url);
    if (!t.article || !t.report) throw new Error('The article has not been read yet.');
    const { start, end } = msg.highlight;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= t.article.text.length)) {
      throw new Error('That selection is not in the article.');
    }
    const row = await getLibrary().addHighlight({ url: t.url, meta: t.report.meta, text: t.article.text, start, end, colour: 'yellow' });
    // The editor opens on this reply: the new mark is placed now, the rest follows without holding it up.
    t.reader = { ...t.reader, placed: [...t.reader.placed, { annotation: row, start, end }].sort((a, b) => a.start - b.start) };
    const tabId = sender.tab!.id!;
    // A highlight keeps its article: the detected quotes and actors are saved with it before the reply,
    // so the popup and library never see the highlight without them. Re-reading the marks can follow.
    if (t.analysis) await savePage(t);
    refreshReader(t, tabId).catch((e: unknown) => console.error('Quotelight: repainting after a new highlight failed', t.url, e));
    return { id: row.id, start, end, colour: row.colour };
  },
  'page/frame-register': async (msg, sender) => {
    expectFrame(sender.tab!.id!, msg.nonce);
    return { ok: true };
  },
  'page/frame-show': async (msg, sender) => {
    const tabId = sender.tab!.id!;
    const t = await hydratedTab(tabId, sender.url);
    // Only a mark of the article open in this very tab: an id from the page is checked, never trusted.
    const placed = t.reader.placed.find((p) => p.annotation.id === msg.id);
    if (!placed) throw new Error('That highlight is not on this page.');
    return { shown: await showInFrame(tabId, msg.view, placed.annotation) };
  },
  'page/frame-card': async (msg, sender) => {
    const { title, details, speakerConfidence, speakerCorrected } = msg.card;
    const ok = (x: unknown) => typeof x === 'string' && x.length <= CARD_LINE_MAX;
    if (!ok(title) || !Array.isArray(details) || details.length > 8 || !details.every(ok)) throw new Error('Malformed card.');
    if (speakerConfidence !== undefined && probability(speakerConfidence) === null) throw new Error('Malformed card.');
    if (speakerCorrected !== undefined && typeof speakerCorrected !== 'boolean') throw new Error('Malformed card.');
    const tabId = sender.tab!.id!;
    // A quote's card also says where else it was quoted: for a quote of this tab's own analysis only.
    const elsewhere = msg.quote ? await quoteElsewhere(senderTab(sender), msg.quote) : undefined;
    const card = speakerConfidence === undefined ? { title, details } : { title, details, speakerConfidence, ...(speakerCorrected ? { speakerCorrected } : {}) };
    return { shown: await showCardInFrame(tabId, card, elsewhere) };
  },
  'page/frame-hide': async (_msg, sender) => {
    hideFrame(sender.tab!.id!);
    return { ok: true };
  },
  'ui/tab-state': async (msg) => tabState(msg.tabId),
  'ui/reveal': async (msg) => sendToTab(msg.tabId, { type: 'page/reveal', start: msg.start, end: msg.end }),
  'ui/analyze-anyway': async (msg) => sendToTab(msg.tabId, { type: 'page/analyze-anyway' }),
  'ui/analyze-whole-page': async (msg) => {
    // The popup polls while the tab reads again: the old analysis is not shown as if it were the new one.
    const t = existingTab(msg.tabId);
    if (t) Object.assign(t, { analysis: null, report: null, extracted: null });
    return sendToTab(msg.tabId, { type: 'page/analyze-whole-page' });
  },
  'ui/save-article': async (msg) => {
    const t = await hydratedTab(msg.tabId);
    const article = await savePage(t);
    await refreshReader(t, msg.tabId);
    return article;
  },
  'ui/forget-article': async (msg) => {
    const trashId = await getLibrary().forgetArticle(msg.url);
    await refreshAllTabs();
    return { ok: trashId !== null, trashId };
  },
  'ui/correct-speaker': async (msg) => {
    const t = await hydratedTab(msg.tabId);
    const quote = t.analysis?.quotes.find((q) => q.start === msg.start && q.end === msg.end);
    if (!quote || !t.analysis) throw new Error('That quotation is no longer on the page.');
    // A correction is worth keeping, so the article is saved with it.
    const article = await savePage(t);
    const stored = await getLibrary().getArticleWithAnnotations(article.id);
    const row = stored?.annotations.find(
      (a) => a.kind === 'quote' && a.selectors.position.start === quote.start && a.selectors.position.end === quote.end,
    );
    if (!row) throw new Error('Could not find the saved quotation to correct.');
    await getLibrary().updateAnnotation(row.id, { speakerCorrection: msg.speaker });
    t.analysis = {
      ...t.analysis,
      quotes: t.analysis.quotes.map((q) => (q === quote ? correctedQuote(q, msg.speaker, row) : q)),
    };
    t.saved = true;
    return { ok: true };
  },
  'ui/update-annotation': async (msg) => {
    const row = await getLibrary().updateAnnotation(msg.id, msg.patch);
    await refreshTabsShowing(msg.id, row?.articleId ?? null);
    return row;
  },
  'ui/delete-annotation': async (msg) => {
    const trashId = await getLibrary().deleteAnnotation(msg.id);
    await refreshTabsShowing(msg.id, null);
    return { ok: trashId !== null, trashId };
  },
  'ui/list-trash': async () => getLibrary().listTrash(),
  'ui/restore-trash': async (msg) => {
    const articleId = await getLibrary().restoreTrash(msg.id);
    // The restored marks are painted again on every open page of their article.
    if (articleId) await refreshAllTabs();
    return { ok: articleId !== null, articleId };
  },
  'ui/empty-trash': async () => ({ removed: await getLibrary().emptyTrash() }),
  'ui/get-settings': async () => readSettings(getLibrary()),
  'ui/set-site-enabled': async (msg) => {
    const lib = getLibrary();
    await lib.setSiteEnabled(msg.host, msg.enabled);
    return broadcastSettings(await readSettings(lib));
  },
  'ui/set-setting': async (msg) => {
    const lib = getLibrary();
    await lib.setSetting(msg.key, msg.value);
    return broadcastSettings(await readSettings(lib));
  },
  'library/list': async (msg) => {
    const list = await getLibrary().listArticles(msg.options);
    // The library page is open: load the search index now, before the reader searches, but after
    // this reply (loading holds the background for moments the first screen should not wait).
    setTimeout(warmSearch, 0);
    return list;
  },
  'library/article': async (msg) => getLibrary().getArticleWithAnnotations(msg.url),
  'library/search': async (msg) => getLibrary().searchAnnotations(msg.query, msg.limit, msg.filters),
  'library/facets': async () => getLibrary().facets(),
  'library/quotes-by-speaker': async (msg) => getLibrary().quotesBySpeaker(msg.name),
  'library/saved-copy': async (msg) => savedCopyView(getLibrary(), msg.articleId, msg.seq),
  'library/changed-articles': async () => getLibrary().copies.changedArticles(),
  'library/copies-usage': async () => getLibrary().copies.usage(),
  'ui/quotes-elsewhere': async (msg) => tabQuotesElsewhere(existingTab(msg.tabId)),
  'library/quotes-elsewhere': async (msg) => storedQuotesElsewhere(getLibrary(), msg.articleId),
  // Exports and imports come in pages and batches: a large library never fills one message.
  'library/export-page': async (msg) => ({ json: JSON.stringify(await getLibrary().getLibraryData(msg.articleIds)) }),
  'library/import': async (msg) => {
    const summary = await getLibrary().importRecords(importJson(msg.json));
    await refreshAllTabs();
    return summary;
  },
  'library/import-begin': async () => ({ importId: await getLibrary().beginImport() }),
  // Validated by the library page before it was sent (import-backup.ts).
  'library/import-batch': async (msg) => getLibrary().importBatch(msg.importId, JSON.parse(msg.json) as LibraryData),
  'library/import-end': async (msg) => {
    if (msg.commit) await getLibrary().commitImport(msg.importId);
    else await getLibrary().rollBackImport(msg.importId);
    await refreshAllTabs();
    return { ok: true };
  },
};

/** What the frame on a page may do: change or delete the one mark it shows (frames.ts checks which). */
export const frameActions: FrameActions = {
  save: async (tabId, id, edit: FrameEdit) => {
    // A mark gone meanwhile (its article forgotten, or deleted from the library) is refused, never
    // answered as saved: the frame keeps the text and says so.
    const row = await getLibrary().updateAnnotation(id, edit);
    if (!row) throw new Error('This highlight is no longer in your library (it was deleted, or its article forgotten), so the note could not be saved.');
    repaintAfterFrameChange(tabId);
  },
  remove: async (tabId, id) => {
    await getLibrary().deleteAnnotation(id);
    repaintAfterFrameChange(tabId);
  },
  toPage: async (tabId, msg) => {
    await sendToTab(tabId, msg);
  },
};

/**
 * The page repaints its marks after the frame changed one. Not awaited: the change is stored, and a
 * background that was restarted must first have the tab read its article again (seconds on a long
 * page), which must not hold up the frame's answer.
 */
function repaintAfterFrameChange(tabId: number): void {
  hydratedTab(tabId)
    .then((t) => refreshReader(t, tabId))
    .catch(logFailure(`repainting tab ${tabId} after a change in its frame`));
}

function warmSearch(): void {
  // A failure here is logged; the search that follows builds again and reports it to the page.
  void getLibrary().search.ready().catch(logFailure('building the search index'));
}

async function broadcastSettings(settings: SettingsMap): Promise<SettingsMap> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && existingTab(tab.id))
      .map((tab) => sendToTab(tab.id!, { type: 'page/settings-changed', settings }).catch(logFailure(`settings change in tab ${tab.id}`))),
  );
  return settings;
}

export function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isToBackground(raw)) return undefined; // not ours: let other listeners answer
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (!isAllowed(raw, kind)) {
    return Promise.resolve<ErrorReply>({ error: `refused ${raw.type} from ${sender.url ?? 'unknown sender'}` });
  }
  const handler = handlers[raw.type] as Handler<typeof raw.type>;
  return handler(raw as never, sender).catch((e: unknown): ErrorReply => ({ error: e instanceof Error ? e.message : String(e) }));
}
