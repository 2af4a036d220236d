// 32-bit FNV-1a of a feature string: the model stores hashes, not feature names.
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a continued from `h` over `s`: fnv1a(a + b) === fnv1aFrom(fnv1a(a), b). */
export function fnv1aFrom(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

export function fnv1a(s: string): number {
  return fnv1aFrom(FNV_OFFSET, s);
}
