// Word clusters as the tagger reads them: each clustered word form → its fine and coarse
// cluster (learned by scripts/train/ner-clusters.ts from unlabelled text, shipped in the model).

export interface WordClusters {
  words: string[];
  fine: number[];
  coarse: number[];
}

/** The shipped form: word forms joined by "\n", and per word one fine then one coarse byte, base64. */
export interface ClusterFile {
  words: string;
  ids: string;
}

/** Word form → fine cluster | coarse cluster << 8. */
export type ClusterIndex = ReadonlyMap<string, number>;

export function encodeClusters(c: WordClusters): ClusterFile {
  if (c.fine.some((x) => x > 255) || c.coarse.some((x) => x > 255)) throw new Error('at most 256 clusters per level');
  const bytes = new Uint8Array(2 * c.words.length);
  c.words.forEach((_, i) => {
    bytes[2 * i] = c.fine[i]!;
    bytes[2 * i + 1] = c.coarse[c.fine[i]!]!;
  });
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { words: c.words.join('\n'), ids: btoa(s) };
}

export function decodeClusters(f: ClusterFile): ClusterIndex {
  const words = f.words.split('\n');
  const bin = atob(f.ids);
  if (bin.length !== 2 * words.length) throw new Error('NER cluster data is truncated or corrupt');
  const out = new Map<string, number>();
  for (let i = 0; i < words.length; i++) out.set(words[i]!, bin.charCodeAt(2 * i) | (bin.charCodeAt(2 * i + 1) << 8));
  return out;
}
