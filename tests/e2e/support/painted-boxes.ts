// Functions evaluated inside test pages (page world) to find where a highlight is painted: they must
// be self-contained. Names are `<random prefix>-<group>` (see page-probes.ts).

export interface PaintedBox {
  /** Viewport box (CSS px, whole pixels) inside one line of the range, to screenshot. */
  clip: { x: number; y: number; width: number; height: number };
  text: string;
  /** The page's own colours there: the nearest opaque background, and the text colour. */
  background: string;
  color: string;
}

/** How many ranges each Quotelight group has, e.g. {'quote-0': 3, person: 5}. */
export function paintedGroups(): Record<string, number> {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const out: Record<string, number> = {};
  reg.forEach((h, name) => {
    const group = /^[a-z][a-z0-9]*-(quote-\d+|person|organization|place|mark-[a-z]+|flash)$/.exec(name)?.[1];
    if (group) out[group] = h.size;
  });
  return out;
}

/**
 * Scrolls range `index` of `group` to the middle of the window and returns a box inside its widest
 * line (1 px in from each edge, clear of anti-aliased borders); null if there is no such range.
 */
export function paintedBox(arg: { group: string; index: number }): PaintedBox | null {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  let range: Range | undefined;
  reg.forEach((h, name) => {
    if (/^[a-z][a-z0-9]*-/.exec(name) && name.replace(/^[a-z][a-z0-9]*-/, '') === arg.group) range = [...h][arg.index];
  });
  if (!range) return null;
  const host = (range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : (range.startContainer as Element))!;
  host.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const lines = [...range.getClientRects()].filter((r) => r.width >= 12 && r.height >= 8 && r.height <= 80);
  const line = lines.sort((a, b) => b.width - a.width)[0];
  if (!line) return null;
  const x = Math.ceil(line.left) + 1;
  const y = Math.ceil(line.top) + 1;
  let background = 'rgb(255, 255, 255)';
  for (let el: Element | null = host; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  return {
    clip: { x, y, width: Math.floor(line.right) - 1 - x, height: Math.floor(line.bottom) - 1 - y },
    text: range.toString(),
    background,
    color: getComputedStyle(host).color,
  };
}
