// Who may send what. The page itself cannot reach runtime messaging (no externally_connectable),
// but a message is still checked: page/* only from our content scripts in a tab, ui/* only from our own pages.
import type { Runtime } from 'webextension-polyfill';
import type { ToBackground } from '../shared/messages';

export type SenderKind = 'content-script' | 'extension-page';

export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:/.test(url)) return 'content-script';
  return null;
}

export function isAllowed(msg: ToBackground, kind: SenderKind | null): boolean {
  if (kind === null) return false;
  return msg.type.startsWith('page/') ? kind === 'content-script' : kind === 'extension-page';
}
