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
