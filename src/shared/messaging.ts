// Typed wrappers over runtime/tabs messaging, so callers get the right reply type and errors as exceptions.
import browser from 'webextension-polyfill';
import { isErrorReply, type ReplyTo, type ToBackground, type ToPage } from './messages';

export async function sendToBackground<M extends ToBackground>(msg: M): Promise<ReplyTo<M>> {
  const reply: unknown = await browser.runtime.sendMessage(msg);
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as ReplyTo<M>;
}

export async function sendToTab<M extends ToPage>(tabId: number, msg: M): Promise<ReplyTo<M>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, msg);
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as ReplyTo<M>;
}

/**
 * For work nobody waits on (a repaint of another tab, a cache warm-up): the failure is logged with
 * what was being done. A tab that closed or navigated meanwhile is expected and logged quietly.
 */
export function logFailure(what: string): (e: unknown) => void {
  return (e) => {
    const gone = /Receiving end does not exist|No tab with id|Could not establish connection/i.test(String(e));
    (gone ? console.info : console.warn)(`Quotelight: ${what} failed${gone ? ' (the tab is gone or has no content script)' : ''}:`, e);
  };
}
