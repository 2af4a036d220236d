// Every message between the extension's parts, as one discriminated union per direction.
// The background is the only receiver of ToBackground and checks who sent it (see background/sender.ts).
import type { Analysis, ArticleText } from '../analysis/types';
import type { ExportFormatName } from '../export';
import type { ExtractionNotice } from '../extraction/article-verdict';
import type { ReadScope } from '../extraction/page-snapshot';
import type { SnapshotExtraction } from '../extraction/snapshot-extraction';
import type { ArticleMeta } from '../extraction/types';
import type { ImportTally } from '../storage/import-journal';
import type { AnnotationHit, AnnotationPatch, ArticleWithAnnotations, ImportSummary, ListArticlesOptions } from '../storage/library';
import type { ChangedArticle, CopiesUsage, VersionRow, VisitResult } from '../storage/saved-copies';
import type { ArticleVersion } from '../saved-copy';
import type { Facets } from '../storage/search-index';
import type { SearchFilters } from '../storage/search-query';
import type { TrashItem } from '../storage/trash';
import type { StoppedEarly } from './analysis-outcome';
import type { WireAnalysis } from './analysis-wire';
import type { QuotesElsewhere } from './quotes-elsewhere';
import type { AnnotationRecord, ArticleRecord, SettingsMap } from './records';

/** What the page reports about itself; the popup reads this back through the background. */
export interface PageReport {
  url: string;
  meta: ArticleMeta;
  wordCount: number;
  isArticle: boolean;
  /** Why it was not analysed automatically, when that is not simply "not an article". */
  reason?: 'too-large' | 'extraction-failed';
  /** What went wrong, when reading the page failed. */
  error?: string;
  /** Set when the article found looks wrong (far shorter than the page's text): the popup offers the whole page. */
  notice?: ExtractionNotice | null;
  /** 'page' once the reader chose to analyse the whole page's text. */
  scope?: ReadScope;
}

/** A reader's annotation found again in the page's current text. */
export interface PlacedAnnotation {
  annotation: AnnotationRecord;
  start: number;
  end: number;
}

/** The reader's own items for a page: those found in its text, and those no longer found. */
export interface ReaderItems {
  placed: PlacedAnnotation[];
  notFound: AnnotationRecord[];
}

/** The state of one tab, as the popup shows it. */
export type TabState =
  | { status: 'restricted' }
  | { status: 'no-content-script' }
  | { status: 'site-off'; host: string }
  | { status: 'analysing'; report: PageReport | null }
  | { status: 'not-article'; report: PageReport }
  | {
      status: 'ready';
      report: PageReport;
      analysis: Analysis;
      reader: ReaderItems;
      saved: boolean;
      stopped: StoppedEarly | null;
      /** A saved article's visit: what changed since its last saved version (null: not saved, or not compared yet). */
      visit?: VisitResult | null;
    };

/** A TabState as the background sends it: the analysis packed (analysis-wire.ts), each quotation with its own text. */
export type TabStateOnWire = Exclude<TabState, { status: 'ready' }> | (Omit<Extract<TabState, { status: 'ready' }>, 'analysis'> & { analysis: WireAnalysis });

export type { AnalysisOutcome, StoppedEarly, StoppedPart } from './analysis-outcome';

/**
 * A reader's mark as the page's content script knows it: where to paint it and in which colour.
 * Never its note or tags: those are shown only in the extension's own frame (src/frame/).
 */
export interface PageMark {
  id: string;
  start: number;
  end: number;
  colour: string | null;
}

/** What the background answers to page/analyze: the analysis (reader's corrections applied) and the reader's marks. */
export interface PageAnalysis {
  /** Packed (analysis-wire.ts): unpack it with the text of the article the page sent. */
  analysis: WireAnalysis;
  stopped: StoppedEarly | null;
  marks: PageMark[];
  settings: SettingsMap;
  /** A saved article that changed since its last version: one line for the page's notice (nothing of the reader's notes). */
  changed?: string | null;
}

/** A saved copy as the library's reader view shows it: one version, the reader's items, and the history. */
export interface SavedCopyView {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
  version: ArticleVersion;
  /** The version shown (its row), and every version's row, oldest first. */
  row: VersionRow;
  history: VersionRow[];
}


/** A selection to highlight, in article text offsets; the note is written in the frame afterwards. */
export interface HighlightInput {
  start: number;
  end: number;
}

/** What the extension's frame on a page shows for a mark: its card (the note, read-only) or its editor. */
export type FrameView = 'card' | 'editor';

/** A hover card's lines for a quote or an actor, as plain text. */
export interface CardText {
  title: string;
  details: string[];
  /** A quote's card: the analysis's probability that the title's speaker said it (0..1). */
  speakerConfidence?: number;
  /** A quote's card whose speaker the reader set: certain, whatever the probability says. */
  speakerCorrected?: boolean;
}

export type { ExportFormatName as ExportFormat };

/**
 * Sent by content scripts. Nothing here names a URL or another tab: the background binds each message
 * to the sender's tab and URL. A content script can add a highlight to its own article, and show one of
 * its own marks in the extension's frame; editing and deleting happen only in that frame.
 */
export type PageToBackground =
  | { type: 'page/hello' }
  /** The page as HTML now: the background extracts its article in a worker, off the page's main thread. */
  | { type: 'page/extract'; html: string; force: boolean; scope?: ReadScope }
  | { type: 'page/analyze'; meta: ArticleMeta; wordCount: number; article: ArticleText }
  | { type: 'page/report'; report: Omit<PageReport, 'url'> }
  | { type: 'page/add-highlight'; highlight: HighlightInput }
  | { type: 'page/frame-register'; nonce: string }
  | { type: 'page/frame-show'; view: FrameView; id: string }
  /** `quote`: the card is a quote's (its span in the page's text), so the frame also shows where else it was quoted. */
  | { type: 'page/frame-card'; card: CardText; quote?: { start: number; end: number } }
  | { type: 'page/frame-hide' };

/** Sent by extension pages (popup, library). */
export type UiToBackground =
  | { type: 'ui/tab-state'; tabId: number }
  | { type: 'ui/reveal'; tabId: number; start: number; end: number }
  | { type: 'ui/analyze-anyway'; tabId: number }
  /** The reader's "Analyse the whole page": the tab reads its whole text instead of the article found. */
  | { type: 'ui/analyze-whole-page'; tabId: number }
  | { type: 'ui/save-article'; tabId: number }
  | { type: 'ui/forget-article'; url: string }
  | { type: 'ui/correct-speaker'; tabId: number; start: number; end: number; speaker: string | null }
  | { type: 'ui/update-annotation'; id: string; patch: AnnotationPatch }
  | { type: 'ui/delete-annotation'; id: string }
  /** The trash (src/storage/trash.ts): what was deleted in the last 30 days, put back, or emptied for good. */
  | { type: 'ui/list-trash' }
  | { type: 'ui/restore-trash'; id: string }
  | { type: 'ui/empty-trash' }
  | { type: 'ui/get-settings' }
  | { type: 'ui/set-site-enabled'; host: string; enabled: boolean }
  | { type: 'ui/set-setting'; key: 'showQuotes' | 'showActors' | 'showHighlights'; value: boolean }
  | { type: 'library/list'; options: ListArticlesOptions }
  | { type: 'library/article'; url: string }
  | { type: 'library/search'; query: string; limit?: number; filters?: SearchFilters }
  | { type: 'library/facets' }
  | { type: 'library/quotes-by-speaker'; name: string }
  /** An article's saved copy: its latest version, or the one numbered `seq`. */
  | { type: 'library/saved-copy'; articleId: string; seq?: number }
  | { type: 'library/changed-articles' }
  | { type: 'library/copies-usage' }
  /** The same statements in other saved articles: for a tab's quotes (keyed `start-end`), or a stored article's (keyed by annotation id). */
  | { type: 'ui/quotes-elsewhere'; tabId: number }
  | { type: 'library/quotes-elsewhere'; articleId: string }
  | { type: 'library/export-page'; articleIds: string[] }
  | { type: 'library/import'; json: string }
  | { type: 'library/import-begin' }
  /** `json`: one batch of validated LibraryData as JSON. Chrome converts a message's objects one by one (half a second for 2,000 annotations); one string crosses at once. */
  | { type: 'library/import-batch'; importId: string; json: string }
  | { type: 'library/import-end'; importId: string; commit: boolean };

export type ToBackground = PageToBackground | UiToBackground;

/** Sent by the background to a tab's content script. */
export type ToPage =
  | { type: 'page/resend-report' }
  | { type: 'page/reveal'; start: number; end: number }
  | { type: 'page/analyze-anyway' }
  | { type: 'page/analyze-whole-page' }
  | { type: 'page/highlight-selection' }
  | { type: 'page/reader-changed'; marks: PageMark[] }
  | { type: 'page/settings-changed'; settings: SettingsMap }
  | { type: 'page/frame-resize'; height: number }
  | { type: 'page/frame-close' };

/** The reply type of each request, keyed by its `type`. */
export interface Replies {
  'page/hello': { enabled: boolean; highlightPrefix: string };
  'page/extract': SnapshotExtraction;
  'page/analyze': PageAnalysis;
  'page/report': { ok: true };
  'page/add-highlight': PageMark;
  'page/frame-register': { ok: true };
  'page/frame-show': { shown: boolean };
  'page/frame-card': { shown: boolean };
  'page/frame-hide': { ok: true };
  'ui/tab-state': TabStateOnWire;
  'ui/reveal': { ok: boolean };
  'ui/analyze-anyway': { ok: boolean };
  'ui/analyze-whole-page': { ok: boolean };
  'ui/save-article': ArticleRecord;
  /** `trashId`: the trash entry the article went to, for an Undo. */
  'ui/forget-article': { ok: boolean; trashId: string | null };
  'ui/correct-speaker': { ok: boolean };
  'ui/update-annotation': AnnotationRecord | null;
  'ui/delete-annotation': { ok: boolean; trashId: string | null };
  'ui/list-trash': TrashItem[];
  /** `articleId`: the article it went back into; null when the entry was gone (restored, emptied, or older than 30 days). */
  'ui/restore-trash': { ok: boolean; articleId: string | null };
  'ui/empty-trash': { removed: number };
  'ui/get-settings': SettingsMap;
  'ui/set-site-enabled': SettingsMap;
  'ui/set-setting': SettingsMap;
  'library/list': ArticleRecord[];
  'library/article': ArticleWithAnnotations | null;
  'library/search': AnnotationHit[];
  'library/facets': Facets;
  'library/quotes-by-speaker': AnnotationHit[];
  'library/saved-copy': SavedCopyView | null;
  'library/changed-articles': ChangedArticle[];
  'library/copies-usage': CopiesUsage;
  'ui/quotes-elsewhere': QuotesElsewhere;
  'library/quotes-elsewhere': QuotesElsewhere;
  /** LibraryData as JSON: Chrome converts a reply's objects one by one; one string crosses at once. */
  'library/export-page': { json: string };
  'library/import': ImportSummary;
  'library/import-begin': { importId: string };
  'library/import-batch': ImportTally;
  'library/import-end': { ok: true };
  'page/resend-report': { ok: boolean };
  'page/reveal': { ok: boolean };
  'page/analyze-anyway': { ok: boolean };
  'page/analyze-whole-page': { ok: boolean };
  'page/highlight-selection': { ok: boolean };
  'page/reader-changed': { ok: boolean };
  'page/settings-changed': { ok: boolean };
  'page/frame-resize': { ok: boolean };
  'page/frame-close': { ok: boolean };
}

export type ReplyTo<M extends { type: keyof Replies }> = Replies[M['type']];

/** Errors cross the message boundary as data so the receiver can show a clear line. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(x: unknown): x is ErrorReply {
  return typeof x === 'object' && x !== null && typeof (x as ErrorReply).error === 'string';
}

/** Every message type each receiver accepts: the runtime check behind the unions above. */
export const BACKGROUND_TYPES: ReadonlySet<string> = new Set<ToBackground['type']>([
  'page/hello',
  'page/extract',
  'page/analyze',
  'page/report',
  'page/add-highlight',
  'page/frame-register',
  'page/frame-show',
  'page/frame-card',
  'page/frame-hide',
  'ui/tab-state',
  'ui/reveal',
  'ui/analyze-anyway',
  'ui/analyze-whole-page',
  'ui/save-article',
  'ui/forget-article',
  'ui/correct-speaker',
  'ui/update-annotation',
  'ui/delete-annotation',
  'ui/list-trash',
  'ui/restore-trash',
  'ui/empty-trash',
  'ui/get-settings',
  'ui/set-site-enabled',
  'ui/set-setting',
  'library/list',
  'library/article',
  'library/search',
  'library/facets',
  'library/quotes-by-speaker',
  'library/saved-copy',
  'library/changed-articles',
  'library/copies-usage',
  'ui/quotes-elsewhere',
  'library/quotes-elsewhere',
  'library/export-page',
  'library/import',
  'library/import-begin',
  'library/import-batch',
  'library/import-end',
]);

export const PAGE_TYPES: ReadonlySet<string> = new Set<ToPage['type']>([
  'page/resend-report',
  'page/reveal',
  'page/analyze-anyway',
  'page/analyze-whole-page',
  'page/highlight-selection',
  'page/reader-changed',
  'page/settings-changed',
  'page/frame-resize',
  'page/frame-close',
]);

function hasType(x: unknown, types: ReadonlySet<string>): boolean {
  return typeof x === 'object' && x !== null && types.has((x as { type?: unknown }).type as string);
}

export const isToBackground = (x: unknown): x is ToBackground => hasType(x, BACKGROUND_TYPES);
export const isToPage = (x: unknown): x is ToPage => hasType(x, PAGE_TYPES);
