// Every message between the extension's parts, as one discriminated union per direction.
// The background is the only receiver of ToBackground and checks who sent it (see background/sender.ts).
import type { Analysis, ArticleText } from '../analysis/types';
import type { ArticleMeta } from '../extraction/types';

/** What the page reports about itself; the popup reads this back through the background. */
export interface PageReport {
  url: string;
  meta: ArticleMeta;
  wordCount: number;
  isArticle: boolean;
}

/** The state of one tab, as the popup shows it. */
export type TabState =
  | { status: 'restricted' }
  | { status: 'no-content-script' }
  | { status: 'analysing'; report: PageReport | null }
  | { status: 'not-article'; report: PageReport }
  | { status: 'ready'; report: PageReport; analysis: Analysis };

/** Sent by content scripts. */
export type PageToBackground =
  | { type: 'page/analyze'; url: string; article: ArticleText }
  | { type: 'page/report'; report: PageReport; analysis: Analysis | null };

/** Sent by extension pages (popup, library). */
export type UiToBackground = { type: 'ui/tab-state'; tabId: number } | { type: 'ui/reveal'; tabId: number; start: number; end: number };

export type ToBackground = PageToBackground | UiToBackground;

/** Sent by the background to a tab's content script. */
export type ToPage =
  | { type: 'page/resend-report' }
  | { type: 'page/reveal'; start: number; end: number }
  | { type: 'page/analyze-anyway' }
  | { type: 'page/highlight-selection' };

/** The reply type of each request, keyed by its `type`. */
export interface Replies {
  'page/analyze': Analysis;
  'page/report': { ok: true };
  'ui/tab-state': TabState;
  'ui/reveal': { ok: boolean };
  'page/resend-report': { ok: boolean };
  'page/reveal': { ok: boolean };
  'page/analyze-anyway': { ok: boolean };
  'page/highlight-selection': { ok: boolean };
}

export type ReplyTo<M extends { type: keyof Replies }> = Replies[M['type']];

/** Errors cross the message boundary as data so the receiver can show a clear line. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(x: unknown): x is ErrorReply {
  return typeof x === 'object' && x !== null && typeof (x as ErrorReply).error === 'string';
}
