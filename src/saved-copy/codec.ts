// How a version is stored: its JSON, gzip-compressed with the browser's own CompressionStream
// (Chrome 80+, Firefox 113+, Node 18+; no library), and named by the SHA-256 of that JSON, so a
// version seen again is stored once. Where CompressionStream is missing the JSON is kept as it is.
import type { ArticleVersion } from './types';
import { checkVersion } from './validate';

export type Codec = 'gzip' | 'json';

export interface EncodedVersion {
  /** SHA-256 of the JSON, hex: two equal versions share one stored copy. */
  hash: string;
  codec: Codec;
  data: Uint8Array | string;
  /** Bytes stored. */
  bytes: number;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function encodeVersion(v: ArticleVersion): Promise<EncodedVersion> {
  const json = JSON.stringify(v);
  const raw = new TextEncoder().encode(json);
  const hash = await sha256(raw);
  if (typeof CompressionStream !== 'function') return { hash, codec: 'json', data: json, bytes: raw.length };
  const data = await pipe(raw, new CompressionStream('gzip'));
  return { hash, codec: 'gzip', data, bytes: data.length };
}

export async function decodeVersion(e: Pick<EncodedVersion, 'codec' | 'data'>): Promise<ArticleVersion> {
  let json: string;
  if (e.codec === 'json' && typeof e.data === 'string') json = e.data;
  else if (e.codec === 'gzip' && e.data instanceof Uint8Array) json = new TextDecoder().decode(await pipe(e.data, new DecompressionStream('gzip')));
  else throw new Error(`A saved copy is stored in an unknown form (${String(e.codec)}).`);
  return checkVersion(JSON.parse(json));
}
