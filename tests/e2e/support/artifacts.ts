import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Screenshots and logs from browser tests land in artifacts/<browser>/ (git-ignored, kept by CI). */
export function artifactPath(browser: string, name: string): string {
  const dir = join(new URL('../../../artifacts/', import.meta.url).pathname, browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** The popup's own box (it is 380 px wide) when it is opened as a tab. */
export const POPUP_CLIP = { x: 0, y: 0, width: 380, height: 600 };
