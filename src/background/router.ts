// Dispatches each checked message to its handler. Handlers return the reply; thrown errors become ErrorReply.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ErrorReply, Replies, TabState, ToBackground } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { runAnalysis } from './analysis-runner';
import { isAllowed, isToBackground, senderKind } from './sender';
import { getState, setReport } from './tab-states';

type Handler<T extends ToBackground['type']> = (
  msg: Extract<ToBackground, { type: T }>,
  sender: Runtime.MessageSender,
) => Promise<Replies[T]>;

type Handlers = { [T in ToBackground['type']]: Handler<T> };

const RESTRICTED_HOSTS = /^(chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org)$/;

async function tabState(tabId: number): Promise<TabState> {
  const tab = await browser.tabs.get(tabId);
  // Without host access the URL is hidden: that is exactly the set of pages we cannot run on.
  if (!tab.url || !/^https?:/.test(tab.url) || RESTRICTED_HOSTS.test(new URL(tab.url).hostname)) {
    return { status: 'restricted' };
  }
  const known = getState(tabId);
  if (known) return known;
  try {
    await sendToTab(tabId, { type: 'page/resend-report' });
  } catch {
    return { status: 'no-content-script' };
  }
  return getState(tabId) ?? { status: 'analysing', report: null };
}

const handlers: Handlers = {
  'page/analyze': async (msg) => runAnalysis(msg.article),
  'page/report': async (msg, sender) => {
    setReport(sender.tab!.id!, msg.report, msg.analysis);
    return { ok: true };
  },
  'ui/tab-state': async (msg) => tabState(msg.tabId),
  'ui/reveal': async (msg) => sendToTab(msg.tabId, { type: 'page/reveal', start: msg.start, end: msg.end }),
};

export function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isToBackground(raw)) return undefined; // not ours: let other listeners answer
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (!isAllowed(raw, kind)) {
    return Promise.resolve<ErrorReply>({ error: `refused ${raw.type} from ${sender.url ?? 'unknown sender'}` });
  }
  const handler = handlers[raw.type] as Handler<typeof raw.type>;
  return handler(raw as never, sender).catch((e: unknown): ErrorReply => ({ error: e instanceof Error ? e.message : String(e) }));
}
