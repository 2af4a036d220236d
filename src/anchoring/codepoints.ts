// UTF-16 <-> Unicode code point offsets. JS strings index UTF-16 code units, while the
// W3C Web Annotation model counts code points; they differ by one per astral character.

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Number of surrogate pairs wholly inside text[from, to). */
export function countAstral(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      n++;
      i++;
    }
  }
  return n;
}

/** Code point offset of a UTF-16 offset in `text`. */
export function toCodePointOffset(text: string, utf16: number): number {
  return utf16 - countAstral(text, 0, utf16);
}

/** UTF-16 offset of a code point offset in `text` (clamped to the text length). */
export function toUtf16Offset(text: string, codePoints: number): number {
  let i = 0;
  let cp = 0;
  while (i < text.length && cp < codePoints) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    cp++;
  }
  return i;
}

/** Length of `text` in code points. */
export function codePointLength(text: string): number {
  return text.length - countAstral(text);
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}
