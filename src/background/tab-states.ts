// What the background knows about each tab, in memory only: a restarted service worker asks the
// tab to report again (page/resend-report) rather than persisting page content anywhere.
import type { Analysis, ArticleText } from '../analysis/types';
import type { SnapshotExtraction } from '../extraction/snapshot-extraction';
import { packAnalysis } from '../shared/analysis-wire';
import type { PageReport, ReaderItems, StoppedEarly, TabStateOnWire } from '../shared/messages';
import { articleIdFor } from '../storage/article-id';
import type { VisitResult } from '../storage/saved-copies';
import { hostOf } from '../storage/url';

export interface TabRecord {
  url: string;
  report: PageReport | null;
  /** The article text analysis offsets refer to; needed to save the article or a highlight. */
  article: ArticleText | null;
  analysis: Analysis | null;
  /** The analysis as found, before the reader's corrections: the article's own attribution, kept in its saved copy. */
  found: Analysis | null;
  /** Set when the analysis covers less than the page (too long, or out of time). */
  stopped: StoppedEarly | null;
  reader: ReaderItems;
  saved: boolean;
  siteOff: boolean;
  /** What the last extraction of this tab's page said beyond its article (the "looks wrong" notice), until page/analyze reports it. */
  extracted: Pick<SnapshotExtraction, 'notice' | 'scope'> | null;
  /** This visit of a saved article: what changed since its last saved version. */
  visit: VisitResult | null;
}

const tabs = new Map<number, TabRecord>();

const EMPTY_READER: ReaderItems = { placed: [], notFound: [] };

export function tabRecord(tabId: number, url: string): TabRecord {
  let t = tabs.get(tabId);
  if (!t || t.url !== url) {
    t = { url, report: null, article: null, analysis: null, found: null, stopped: null, reader: EMPTY_READER, saved: false, siteOff: false, extracted: null, visit: null };
    tabs.set(tabId, t);
  }
  return t;
}

export function existingTab(tabId: number): TabRecord | undefined {
  return tabs.get(tabId);
}

/** Every tab this background has a record of, with its id. */
export function knownTabs(): [number, TabRecord][] {
  return [...tabs];
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}

/** The article the tab shows, as saveArticle would store it. */
export function articleIdOfTab(t: TabRecord): string {
  return articleIdFor(t.url, t.report?.meta.canonicalUrl);
}

export function stateOf(t: TabRecord): TabStateOnWire {
  if (t.siteOff) return { status: 'site-off', host: hostOf(t.url) };
  if (!t.report) return { status: 'analysing', report: null };
  if (!t.report.isArticle && !t.analysis) return { status: 'not-article', report: t.report };
  if (!t.analysis) return { status: 'analysing', report: t.report };
  return { status: 'ready', report: t.report, analysis: packAnalysis(t.analysis), reader: t.reader, saved: t.saved, stopped: t.stopped, visit: t.visit };
}
