// The page's JSON-LD (schema.org) objects, walked once per question a stage asks of them.

type JsonObject = Record<string, unknown>;

/**
 * Calls `onObject` on every object of the page's `application/ld+json` scripts, depth first, down to
 * `maxDepth` levels (arrays count as a level). `children` picks the values to walk into (all by
 * default). A malformed script is skipped: common on real pages, it only means the page says nothing.
 */
export function walkJsonLd(
  doc: Document,
  onObject: (o: JsonObject) => void,
  { maxDepth = 8, children = (o: JsonObject) => Object.values(o) }: { maxDepth?: number; children?: (o: JsonObject) => unknown[] } = {},
): void {
  const visit = (v: unknown, depth: number): void => {
    if (depth > maxDepth || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as JsonObject;
    onObject(o);
    for (const x of children(o)) if (typeof x === 'object') visit(x, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    visit(parsed, 0);
  }
}
