export { type AnchorAllResult, type AnchoredAnnotation, anchorAll } from './anchor-all';
export { type AnchorMethod, type AnchorSelectors, type Anchored, anchor } from './anchor';
export { codePointLength, countAstral, toCodePointOffset, toUtf16Offset } from './codepoints';
export { CONTEXT_LENGTH, describe } from './describe';
