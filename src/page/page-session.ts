// The life of Quotelight on one page: extract → analyse (in the background) → paint, then follow
// the page as it changes and take the reader's highlights. The only module here that talks to the background.
// The page is not trusted: only the browser's own (isTrusted) clicks and pointer moves act, the reader's
// notes never come here (the extension's frame shows them), and painting the page undid is repainted.
import type { Analysis } from '../analysis/types';
import { type DomTextMap, mapArticleToDom } from '../extraction/dom-text-map';
import { tooLargeToRead } from '../extraction/article-verdict';
import { invisibleNodes } from '../extraction/invisible-text';
import { type ReadScope, takeSnapshot } from '../extraction/page-snapshot';
import { pageTextChars } from '../extraction/page-signals';
import type { ExtractedArticle } from '../extraction/types';
import type { CardText, FrameView, PageMark, PageReport, Replies, ToPage } from '../shared/messages';
import { unpackAnalysis } from '../shared/analysis-wire';
import { sendToBackground } from '../shared/messaging';
import type { SettingsMap } from '../shared/records';
import { ArticleWatcher } from './article-watcher';
import { FrameHost } from './frame-host';
import { createPainter, type Painter } from './highlight-painter';
import { offsetAtNode, offsetAtPoint, rectAround } from './hit-test';
import { describeItem, itemAt, type PointedItem } from './item-at';
import { createOverlay, type Overlay } from './overlay-root';
import { PageNotice } from './page-notice';
import { allGroupNames, paintPlan } from './paint-plan';
import { SelectionButton } from './selection-button';
import { type MessageKey, t } from '../shared/i18n';
import { stoppedText } from '../shared/stopped-text';

/** A failure the page notice names; the reason follows as $1. */
type FailureKey = Extract<MessageKey, `page_fail${string}`>;

const DEFAULT_VIEW: Pick<SettingsMap, 'showQuotes' | 'showActors' | 'showHighlights'> = {
  showQuotes: true,
  showActors: true,
  showHighlights: true,
};

/** How often the session checks that the page has not removed its overlay or cleared its highlights. */
const WATCHDOG_MS = 500;

/** The reader's input after which a selection is read. */
type SelectionInput = 'pointer' | 'key';

/** Where a selection is: anchor and focus (null when there is none). */
type SelectionShape = readonly [Node | null, number, Node | null, number] | null;

const shapeOf = (sel: Selection | null): SelectionShape =>
  sel && sel.rangeCount > 0 ? [sel.anchorNode, sel.anchorOffset, sel.focusNode, sel.focusOffset] : null;

const sameShape = (a: SelectionShape, b: SelectionShape): boolean => a === b || (a !== null && b !== null && a.every((x, i) => x === b[i]));

interface PageUi {
  overlay: Overlay;
  button: SelectionButton;
  frame: FrameHost;
  notice: PageNotice;
}

export class PageSession {
  private article: ExtractedArticle | null = null;
  private map: DomTextMap | null = null;
  private analysis: Analysis | null = null;
  private marks: PageMark[] = [];
  private view = DEFAULT_VIEW;
  private force = false;
  /** 'page' after the reader's "Analyse the whole page": the page's whole text is read, not the article found. */
  private scope: ReadScope = 'article';
  private runs = 0;
  /** The read in progress, if any. */
  private reading: Promise<void> | null = null;
  private painter: Painter | null = null;
  private ui: PageUi | null = null;
  private watcher: ArticleWatcher | null = null;
  /** What the hover card shows now, so moving within one item does not ask again. */
  private cardKey: string | null = null;
  private readonly cleanups: (() => void)[] = [];

  /** `frameUrl`: the extension's frame page (src/frame/index.html) as this content script may load it. */
  constructor(
    private readonly doc: Document,
    private readonly frameUrl: string,
  ) {}

  async start(): Promise<void> {
    const { enabled, highlightPrefix } = await sendToBackground({ type: 'page/hello' });
    if (!enabled) return;
    this.painter = createPainter(this.doc, highlightPrefix);
    this.watcher = new ArticleWatcher(this.doc, (urlChanged) => void this.read(urlChanged).catch((e) => this.fail('page_failReadChanged', e)));
    this.watcher.start();
    this.listen();
    await this.read(true);
  }

  /** `readPage`, remembered while it runs so a request for the same read can wait for it. */
  private read(urlChanged: boolean): Promise<void> {
    const p = this.readPage(urlChanged);
    this.reading = p;
    const done = () => {
      if (this.reading === p) this.reading = null;
    };
    p.then(done, done);
    return p;
  }

  /** Extracts the article; analyses it again only when its text changed, else just repaints. */
  private async readPage(urlChanged: boolean): Promise<void> {
    const run = ++this.runs;
    // The verdict's own size rule and measure (script and style text left out), checked here before serialising.
    if (tooLargeToRead(pageTextChars(this.doc), this.force)) {
      // Serialising and sending a giant page takes this thread a while: it waits for the reader to ask.
      await this.reportNotArticle('too-large');
      return;
    }
    // This thread only serialises the page; the background's worker runs Readability on it.
    // What the reader cannot see is neither sent nor mapped back: a page cannot feed the analysis hidden text.
    const hidden = invisibleNodes(this.doc);
    const { html, force, scope } = takeSnapshot(this.doc, this.force, this.scope, hidden);
    let article: ExtractedArticle | null;
    try {
      ({ article } = await sendToBackground({ type: 'page/extract', html, force, scope }));
    } catch (e) {
      if (run !== this.runs) return; // a newer read replaced this one (the background cancelled it)
      // The popup says why too: the page is not "not an article", it could not be read.
      await this.reportNotArticle('extraction-failed', errorText(e));
      throw e;
    }
    if (run !== this.runs) return; // the page changed meanwhile: the newer read reports
    if (!article) {
      await this.reportNotArticle();
      return;
    }
    const sameText = !urlChanged && article.text === this.article?.text && this.analysis !== null;
    this.article = article;
    this.map = mapArticleToDom(this.doc, article, hidden);
    this.watcher?.focus(articleRoot(this.map, article));
    if (sameText) {
      this.repaint(); // a re-render: nodes changed, words did not
      return;
    }
    const { title, text, blocks, lang } = article;
    let reply: Replies['page/analyze'];
    try {
      reply = await sendToBackground({
        type: 'page/analyze',
        meta: article.meta,
        wordCount: article.wordCount,
        article: { title, text, blocks, lang },
      });
    } catch (e) {
      if (run !== this.runs) return; // the background cancelled it for the newer read
      throw e;
    }
    if (run !== this.runs) return; // a newer read superseded this one
    this.analysis = unpackAnalysis(reply.analysis, text);
    this.marks = reply.marks;
    this.view = reply.settings;
    this.repaint();
    if (reply.stopped) this.ensureUi().notice.show(stoppedText(reply.stopped));
    // A saved article the site edited since: a line, not a modal; the popup and library show what changed.
    else if (reply.changed) this.ensureUi().notice.show(t('change_openToSee', reply.changed));
  }

  /** A failure the reader should know about: shown on the page, and logged with its context. */
  fail(what: FailureKey, e: unknown): void {
    console.warn(`Quotelight: ${what}:`, e);
    if (isContextGone(e)) return; // the extension is gone from this page: nothing to offer the reader
    this.ensureUi().notice.show(t(what, errorText(e)));
  }

  private async reportNotArticle(reason?: PageReport['reason'], error?: string): Promise<void> {
    this.article = this.map = this.analysis = null;
    this.watcher?.focus(null);
    this.repaint();
    await sendToBackground({
      type: 'page/report',
      report: { meta: metaOf(this.doc), wordCount: 0, isArticle: false, reason, ...(error ? { error } : {}) },
    });
  }

  private repaint(): void {
    const map = this.map;
    const painter = this.painter;
    if (!painter) return;
    const plan = map ? paintPlan(this.analysis, this.marks, this.view) : [];
    const used = new Set(plan.map((g) => g.group));
    const paint = () => {
      for (const g of allGroupNames()) if (!used.has(g)) painter.clear(g);
      for (const g of plan) {
        const ranges = g.spans.map((s) => map!.toRange(s.start, s.end)).filter((r): r is Range => r !== null && !inEditable(r));
        painter.paint(g.group, ranges);
      }
    };
    if (this.watcher) this.watcher.quietly(paint);
    else paint();
  }

  private ensureUi(): PageUi {
    if (!this.ui) {
      const overlay = createOverlay(this.doc);
      const frame = new FrameHost(overlay, this.frameUrl, sendToBackground);
      this.ui = { overlay, button: new SelectionButton(overlay), frame, notice: new PageNotice(overlay) };
    }
    return this.ui;
  }

  /** A page script may clear CSS.highlights or take the overlay out of the document: put both back. */
  private watchdog(): void {
    this.ui?.overlay.reattach();
    if (this.painter?.tampered()) this.repaint();
  }

  private on<K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void): void {
    this.doc.addEventListener(type, fn, { passive: true, capture: true });
    this.cleanups.push(() => this.doc.removeEventListener(type, fn, { capture: true }));
  }

  /** Passive listeners only: the page's own handlers keep working exactly as before. */
  private listen(): void {
    let frame = 0;
    this.on('mousemove', (e) => {
      // A page script can dispatch pointer events; only the reader's own pointer shows cards.
      if (frame || !e.isTrusted) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        this.hoverAt(e.clientX, e.clientY, e.target);
      });
    });
    // The browser reports every selectionchange as trusted, the ones a page script makes too. A
    // selection is acted on only when the reader's own key or pointer changed it: it differs, once the
    // browser is done with the input, from what it was when that key or button went down.
    let before: SelectionShape = null;
    const down = (e: Event) => {
      if (e.isTrusted) before = shapeOf(this.doc.getSelection());
    };
    const up = (by: SelectionInput) => (e: Event) => {
      // Input on Quotelight's own overlay (the Highlight button) is not a new selection.
      if (!e.isTrusted || this.ui?.overlay.contains(e.target as Node)) return;
      setTimeout(() => {
        const now = shapeOf(this.doc.getSelection());
        if (!sameShape(before, now)) this.onSelection(by);
        before = now;
      }, 0);
    };
    this.on('pointerdown', down);
    this.on('keydown', down);
    this.on('pointerup', up('pointer'));
    this.on('keyup', up('key'));
    // Anyone may clear a selection: with nothing selected there is nothing to offer a Highlight for.
    this.on('selectionchange', () => {
      if (this.doc.getSelection()?.isCollapsed !== false) this.ui?.button.hide();
    });
    this.on('click', (e) => this.clickAt(e));
    const timer = setInterval(() => this.watchdog(), WATCHDOG_MS);
    this.cleanups.push(() => clearInterval(timer));
  }

  private hoverAt(x: number, y: number, target: EventTarget | null): void {
    if (!this.map || this.ui?.overlay.contains(target as Node)) return;
    const offset = offsetAtPoint(this.doc, this.map, x, y);
    const item = offset === null ? null : itemAt(offset, this.analysis, this.marks);
    if (!item) {
      this.hideCard();
      return;
    }
    const span = item.kind === 'mark' ? item.mark : item.kind === 'quote' ? item.quote : null;
    const rect = span ? rectAround(this.map, span.start, span.end, x, y) : null;
    this.showCard(item, rect ?? new DOMRect(x, y, 0, 16));
  }

  /** The hover card lives in the extension's frame; it never covers an open editor. */
  private showCard(item: PointedItem, near: DOMRect): void {
    const frame = this.ensureUi().frame;
    if (frame.shown?.view === 'editor') return;
    const card: CardText | null = item.kind === 'mark' ? null : describeItem(item);
    // A quote's card differs per quote (where else it was quoted), not only per speaker.
    const at = item.kind === 'quote' ? `${item.quote.start}-${item.quote.end}:` : '';
    const key = item.kind === 'mark' ? `mark:${item.mark.id}` : `card:${at}${card!.title}\n${card!.details.join('\n')}`;
    if (key === this.cardKey && frame.shown) return;
    this.cardKey = key;
    const quote = item.kind === 'quote' ? { start: item.quote.start, end: item.quote.end } : undefined;
    const shown = item.kind === 'mark' ? frame.showMark('card', item.mark.id, near) : frame.showCard(card!, near, quote);
    shown.catch((e: unknown) => console.warn('Quotelight: could not show the card', e));
  }

  private hideCard(): void {
    this.cardKey = null;
    if (this.ui?.frame.shown?.view === 'card') this.ui.frame.hide();
  }

  /**
   * The selection the reader's own pointer or key just made: a selection offers the Highlight button,
   * and a caret moved by key into a quote or mark shows its card (the keyboard path to what hovering
   * shows; a click's caret does not, the pointer shows cards by hovering).
   */
  private onSelection(by: SelectionInput): void {
    const sel = this.doc.getSelection();
    const map = this.map;
    if (!sel || sel.rangeCount === 0 || !map) {
      this.ui?.button.hide();
      return;
    }
    const range = sel.getRangeAt(0);
    if (this.ui?.overlay.contains(range.startContainer)) return;
    if (sel.isCollapsed) {
      this.ui?.button.hide();
      if (by !== 'key') return;
      const offset = offsetAtNode(this.doc, map, range.startContainer, range.startOffset);
      const item = offset === null ? null : itemAt(offset, this.analysis, this.marks);
      if (item && item.kind !== 'actor') this.showCard(item, range.getBoundingClientRect());
      else this.hideCard();
      return;
    }
    const span = map.fromRange(range);
    if (!span || span.end <= span.start) {
      this.ui?.button.hide();
      return;
    }
    const rects = range.getClientRects();
    const ui = this.ensureUi();
    ui.button.show(rects[rects.length - 1] ?? range.getBoundingClientRect(), () => void this.highlightSelection().catch((e) => this.fail('page_failSaveHighlight', e)));
    // The reader may be about to highlight: have the editor's frame loaded by then.
    ui.frame.prepare().catch((e) => this.fail('page_failPrepareEditor', e));
  }

  private clickAt(e: MouseEvent): void {
    // A page script can click anywhere it likes; only the reader's own click opens a mark's editor.
    if (!e.isTrusted || !this.map || this.ui?.overlay.contains(e.target as Node)) return;
    if (!this.doc.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(this.doc, this.map, e.clientX, e.clientY);
    const mark = offset === null ? undefined : this.marks.find((m) => offset >= m.start && offset < m.end);
    if (mark) this.openFrame('editor', mark.id, rectAround(this.map, mark.start, mark.end, e.clientX, e.clientY));
  }

  /**
   * The selection becomes a highlight at once (nothing to lose), then the editor opens for a note.
   * Called on the reader's trusted click of the Highlight button, or by the background for the
   * context-menu item and the keyboard shortcut: never by anything the page can trigger.
   */
  async highlightSelection(): Promise<boolean> {
    const sel = this.doc.getSelection();
    if (!this.map || !sel || sel.rangeCount === 0 || sel.isCollapsed) return false;
    const range = sel.getRangeAt(0);
    const span = this.map.fromRange(range);
    if (!span || span.end <= span.start) return false;
    const mark = await sendToBackground({ type: 'page/add-highlight', highlight: { start: span.start, end: span.end } });
    const rect = range.getBoundingClientRect();
    sel.removeAllRanges();
    this.ui?.button.hide();
    this.marks = [...this.marks.filter((m) => m.id !== mark.id), mark];
    const opened = this.openFrame('editor', mark.id, rect);
    this.repaint(); // paints the new mark while the frame shows the editor
    await opened;
    return true;
  }

  private async openFrame(view: FrameView, id: string, near: DOMRect | null): Promise<void> {
    this.cardKey = null;
    await this.ensureUi().frame.showMark(view, id, near ?? new DOMRect(20, 20, 0, 0));
  }

  private reveal(start: number, end: number): boolean {
    const range = this.map?.toRange(start, end);
    const painter = this.painter;
    if (!range || !painter) return false;
    const rect = range.getBoundingClientRect();
    const view = this.doc.defaultView!;
    view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    painter.paint('flash', [range]);
    setTimeout(() => painter.clear('flash'), 1600);
    return true;
  }

  private stop(): void {
    this.watcher?.stop();
    this.watcher = null; // so turning the site back on starts watching again
    for (const c of this.cleanups.splice(0)) c();
    this.painter?.clearAll();
    this.painter = null;
    this.ui?.overlay.remove();
    this.ui = null;
  }

  async handle(msg: ToPage): Promise<Replies[ToPage['type']]> {
    switch (msg.type) {
      case 'page/resend-report': {
        // The background restarted and forgot this tab: give it the article again. A read on its
        // way does (with the analysis cleared it sends the text): wait for it rather than start
        // over, which would cancel it; only if it failed, read again.
        this.analysis = null;
        const inFlight = this.reading;
        if (!inFlight || !(await inFlight.then(() => true, () => false))) await this.read(false);
        return { ok: true };
      }
      case 'page/analyze-anyway':
        this.force = true;
        await this.read(true);
        return { ok: this.article !== null };
      case 'page/analyze-whole-page':
        this.force = true;
        this.scope = 'page';
        await this.read(true);
        return { ok: this.article !== null };
      case 'page/reveal':
        return { ok: this.reveal(msg.start, msg.end) };
      case 'page/highlight-selection':
        // From the shortcut or the context menu: the reader is looking at the page, so say it here.
        try {
          return { ok: await this.highlightSelection() };
        } catch (e) {
          this.fail('page_failSaveHighlight', e);
          throw e;
        }
      case 'page/reader-changed':
        this.marks = msg.marks;
        this.repaint();
        return { ok: true };
      case 'page/frame-resize':
        this.ui?.frame.resize(msg.height);
        return { ok: true };
      case 'page/frame-close':
        this.ui?.frame.closed();
        return { ok: true };
      case 'page/settings-changed': {
        const host = this.doc.location.hostname;
        if (msg.settings.disabledSites.includes(host)) this.stop();
        else {
          this.view = msg.settings;
          if (!this.watcher) await this.start();
          else this.repaint();
        }
        return { ok: true };
      }
    }
  }
}

/** The element holding the whole article: from its first block to its last, in the live page. */
function articleRoot(map: DomTextMap, article: ExtractedArticle): Node | null {
  const first = article.blocks[0];
  const last = article.blocks[article.blocks.length - 1];
  const a = first && map.toRange(first.start, first.end);
  const b = last && map.toRange(last.start, last.end);
  if (!a || !b) return null;
  const r = a.cloneRange();
  r.setEnd(b.endContainer, b.endOffset);
  return r.commonAncestorContainer;
}

/** Fields and editors belong to the reader and the page's scripts: never paint inside them. */
function inEditable(r: Range): boolean {
  const node = r.commonAncestorContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el !== null && ((el as HTMLElement).isContentEditable || el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null);
}

function metaOf(doc: Document) {
  return { title: doc.title, byline: null, siteName: null, published: null, lang: doc.documentElement.lang || null, canonicalUrl: null };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Messaging fails for good once the extension is reloaded or removed under a live page. */
export function isContextGone(e: unknown): boolean {
  return /context invalidated|Receiving end does not exist|disconnected port/i.test(errorText(e));
}


