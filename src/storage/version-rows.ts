// The rows of the saved copies' two tables (schema v8). Their own module: the schema (db.ts) and
// the saved copies' logic (saved-copies.ts) both need them, and neither should import the other.
import type { Codec, VersionChange } from '../saved-copy';

export interface VersionRow {
  seq?: number;
  articleId: string;
  /** The version's text (versionTexts' key). */
  hash: string;
  /** Compressed bytes of that text. */
  bytes: number;
  /** When this version was first read, and when a visit last found the article still so (epoch ms). */
  saved: number;
  checked: number;
  /** What changed from the version before; null for the first. */
  change: VersionChange | null;
}

export interface VersionTextRow {
  hash: string;
  codec: Codec;
  data: Uint8Array | string;
  bytes: number;
}
