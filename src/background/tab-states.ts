// What each tab's content script last reported. Kept in memory: a restarted service worker
// asks the tab to report again (page/resend-report) instead of persisting page data.
import type { Analysis } from '../analysis/types';
import type { PageReport, TabState } from '../shared/messages';

const states = new Map<number, TabState>();

export function setReport(tabId: number, report: PageReport, analysis: Analysis | null): void {
  states.set(
    tabId,
    analysis
      ? { status: 'ready', report, analysis }
      : report.isArticle
        ? { status: 'analysing', report }
        : { status: 'not-article', report },
  );
}

export function getState(tabId: number): TabState | undefined {
  return states.get(tabId);
}

export function forgetTab(tabId: number): void {
  states.delete(tabId);
}
