// A tab's quotes compared with every other saved article's (the live index in src/storage): for the
// popup (all of them) and for one quote's hover card (checked to be a quote of that tab's analysis).
import type { CardElsewhere } from '../shared/frame-protocol';
import type { QuotesElsewhere } from '../shared/quotes-elsewhere';
import { quoteKey } from '../shared/quotes-elsewhere';
import { getLibrary } from '../storage';
import { quotesElsewhere } from '../storage/quotes-elsewhere';
import { articleIdOfTab, type TabRecord } from './tab-states';

/** Every quote of the tab's analysis (scare quotes and titles aside), keyed `start-end`. */
export async function tabQuotesElsewhere(t: TabRecord | undefined): Promise<QuotesElsewhere> {
  if (!t?.analysis) return {};
  // The tab's own article's quotes are not "elsewhere".
  const quotes = t.analysis.quotes.filter((q) => q.kind !== 'other').map((q) => ({ key: quoteKey(q), text: q.text }));
  return quotesElsewhere(getLibrary(), quotes, articleIdOfTab(t));
}

/** One quote's matches and speaker, when the span is a quote of the tab's analysis; otherwise none. */
export async function quoteElsewhere(t: TabRecord, span: { start: number; end: number }): Promise<CardElsewhere | undefined> {
  const q = t.analysis?.quotes.find((x) => x.start === span.start && x.end === span.end && x.kind !== 'other');
  if (!q) return undefined;
  // A hover card shows at once: while the index is still being built after a restart, without matches.
  const found = await quotesElsewhere(getLibrary(), [{ key: 'q', text: q.text }], articleIdOfTab(t), { wait: false });
  return found.q ? { matches: found.q, speaker: q.speaker } : undefined;
}
