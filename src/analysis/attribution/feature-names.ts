// Feature names built by joining parts through a memo, for one analysis. The ranker looks every
// feature up by its string: a string built afresh for each candidate is flattened and hashed at
// each lookup, which made scoring the slowest stage on pages of many quotations. A name joined
// here is built once per analysis and keeps its hash, so its lookups are cheap.
export class FeatureNames {
  private readonly memo = new Map<string, Map<string, string>>();
  private readonly built = new Map<string, unknown>();

  /** `a + b`, the same string object every time for the same parts. */
  join(a: string, b: string): string {
    return FeatureNames.joinIn(this.startingWith(a), a, b);
  }

  /** The memo of names that start with `a`, for a caller joining many names onto one `a`. */
  startingWith(a: string): Map<string, string> {
    let byB = this.memo.get(a);
    if (!byB) {
      byB = new Map();
      this.memo.set(a, byB);
    }
    return byB;
  }

  /** `a + b` through the memo `startingWith(a)` returned: one lookup instead of two. */
  static joinIn(byB: Map<string, string>, a: string, b: string): string {
    let s = byB.get(b);
    if (s === undefined) {
      s = a + b;
      byB.set(b, s);
    }
    return s;
  }

  /** All parts joined left to right. */
  of(...parts: string[]): string {
    let s = parts[0] ?? '';
    for (let i = 1; i < parts.length; i++) s = this.join(s, parts[i]!);
    return s;
  }

  /** What `make` returns, built once per analysis for `key`: names shared by many quotations. */
  once<T>(key: string, make: () => T): T {
    if (!this.built.has(key)) this.built.set(key, make());
    return this.built.get(key) as T;
  }
}
