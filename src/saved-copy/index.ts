// The saved copy of an article and what changed since (docs/saved-copy.md).
export { type Codec, decodeVersion, type EncodedVersion, encodeVersion } from './codec';
export { compareVersions } from './compare';
export { contentBlocks, isLayoutLine, normalizeText } from './layout';
export { changeSummary } from './summary';
export * from './types';
export { checkVersion } from './validate';
export { versionOf } from './version';
