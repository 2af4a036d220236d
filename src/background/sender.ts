// Who may send what. The page itself cannot reach runtime messaging (no externally_connectable),
// but a message is still checked: page/* only from our content script in a tab's top frame,
// ui/* only from our own pages, and the frame we put on pages talks only over its own port (frames.ts).
import type { Runtime } from 'webextension-polyfill';
import type { ToBackground } from '../shared/messages';

export type SenderKind = 'content-script' | 'extension-page' | 'extension-frame';

/** The extension page that runs inside web pages (a web_accessible_resource). */
export const FRAME_PATH = '/src/frame/index.html';

const EXTENSION_URL = /^(chrome|moz)-extension:\/\/[^/]+\//;

/**
 * Whether an extension URL shows the frame page, however its path is spelled: a file server may
 * read `//`, `%2F` or another letter case as the same file, so none of them makes it another page.
 */
function isFramePage(url: string): boolean {
  if (!EXTENSION_URL.test(url)) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return true; // unreadable: not one of our pages either way, and never an extension page
  }
  return path.replace(/[/\\]+/g, '/').toLowerCase() === FRAME_PATH;
}

export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  const inSubframe = (sender.frameId ?? 0) !== 0;
  const inTab = sender.tab?.id !== undefined;
  // The frame page is ours where we put it, a sub-frame of a tab. Chrome serves it from a per-session
  // dynamic origin, so it is known by its path; anywhere else (a top-level tab, which in Firefox has
  // the extension's own origin) it is nobody: neither the frame nor one of our pages.
  if (isFramePage(url)) return inTab && inSubframe ? 'extension-frame' : null;
  if (url.startsWith(extensionOrigin)) return inSubframe && inTab ? null : 'extension-page';
  // Our content script runs in top frames only: a subframe claiming to be it is not.
  if (inTab && !inSubframe && /^https?:/.test(url)) return 'content-script';
  return null;
}

export function isAllowed(msg: ToBackground, kind: SenderKind | null): boolean {
  if (kind === null || kind === 'extension-frame') return false;
  return msg.type.startsWith('page/') ? kind === 'content-script' : kind === 'extension-page';
}
