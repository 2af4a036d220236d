// Who may send what. The page itself cannot reach runtime messaging (no externally_connectable),
// but a message is still checked: page/* only from our content script in a tab's top frame,
// ui/* only from our own pages, and the frame we put on pages talks only over its own port (frames.ts).
import type { Runtime } from 'webextension-polyfill';
import type { ToBackground } from '../shared/messages';

export type SenderKind = 'content-script' | 'extension-page' | 'extension-frame';

/** The extension page that runs inside web pages (a web_accessible_resource). */
export const FRAME_PATH = '/src/frame/index.html';

export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  const inSubframe = (sender.frameId ?? 0) !== 0;
  // Chrome serves web-accessible pages from a per-session dynamic origin, so the frame is known by its path.
  if (sender.tab?.id !== undefined && inSubframe && /^(chrome|moz)-extension:\/\/[^/]+\/src\/frame\/index\.html([?#]|$)/.test(url)) {
    return 'extension-frame';
  }
  if (url.startsWith(extensionOrigin)) return inSubframe && sender.tab ? null : 'extension-page';
  // Our content script runs in top frames only: a subframe claiming to be it is not.
  if (sender.tab?.id !== undefined && !inSubframe && /^https?:/.test(url)) return 'content-script';
  return null;
}

export function isAllowed(msg: ToBackground, kind: SenderKind | null): boolean {
  if (kind === null || kind === 'extension-frame') return false;
  return msg.type.startsWith('page/') ? kind === 'content-script' : kind === 'extension-page';
}
