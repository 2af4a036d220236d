// What leaving hidden text out of the snapshot (src/extraction/invisible-text.ts) costs and changes,
// on the extraction benchmark's pages in Chromium: the main-thread time of the visibility walk and
// the filtered snapshot against the plain snapshot, the extraction F1 against the ground truth with
// and without the filter, and, page by page, the article text the filter took out (to read: none
// of it may be text the reader sees). The pages load as fetched with their scripts held off and no
// subresources, so only inline styles apply: a page's external CSS can hide more in real use.
//   npx tsx bench/hidden-text-browser.ts [PAGES=90] [RUNS=3]
import { readFileSync } from 'node:fs';
import { bundleForPage, median, onEachPage } from './extraction-pages';
import { DEFAULT_DIR, formatFigures, overall, type PageCounts, pageCounts, pageIds, readPage } from '../scripts/eval/extraction';

const PAGES = Number(process.argv[2] ?? 90);
const RUNS = Number(process.argv[3] ?? 3);

interface Result {
  plain: string;
  filtered: string;
  hiddenNodes: number;
  plainMs: number[];
  filteredMs: number[];
  /** The visibility walk alone (invisibleNodes), of filteredMs. */
  walkMs: number[];
}

/** Runs in the page: both snapshots, timed, and the article text each gives. */
function measure(runs: number): Result {
  type Snap = { html: string; url: string; force: boolean };
  type Api = {
    takeSnapshot(d: Document, f?: boolean, s?: string, h?: Set<Node>): Snap;
    invisibleNodes(d: Document): Set<Node>;
    extractSnapshot(s: Snap): { article: unknown };
    bodyText(a: unknown): string;
  };
  const api = (globalThis as unknown as { qlHidden: Api }).qlHidden;
  const r: Result = { plain: '', filtered: '', hiddenNodes: 0, plainMs: [], filteredMs: [], walkMs: [] };
  let plain = api.takeSnapshot(document);
  let filtered = plain;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    plain = api.takeSnapshot(document);
    r.plainMs.push(performance.now() - t0);
    t0 = performance.now();
    const hidden = api.invisibleNodes(document);
    r.walkMs.push(performance.now() - t0);
    filtered = api.takeSnapshot(document, false, 'article', hidden);
    r.filteredMs.push(performance.now() - t0);
    r.hiddenNodes = hidden.size;
  }
  // No named inner functions: this is serialised into the page, without tsx's helpers.
  const [a, b] = [plain, filtered].map((s) => api.extractSnapshot(s).article);
  r.plain = a ? api.bodyText(a) : '';
  r.filtered = b ? api.bodyText(b) : '';
  return r;
}

/** Words of `a` not in `b` (as a multiset), in order: the text the filter took out. */
function lostWords(a: string, b: string): string[] {
  const left = new Map<string, number>();
  for (const w of b.split(/\s+/)) left.set(w, (left.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const w of a.split(/\s+/)) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else if (w) out.push(w);
  }
  return out;
}

async function main(): Promise<void> {
  const code = await bundleForPage(
    "import { bodyText } from './src/extraction/extract-article'; import { invisibleNodes } from './src/extraction/invisible-text'; import { takeSnapshot } from './src/extraction/page-snapshot'; import { extractSnapshot } from './src/extraction/snapshot-extraction'; (globalThis as any).qlHidden = { bodyText, invisibleNodes, takeSnapshot, extractSnapshot };",
  );
  const truth = JSON.parse(readFileSync(`${DEFAULT_DIR}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  const only = process.env.PAGE;
  const ids = only ? [only] : pageIds().slice(0, PAGES);
  const before: PageCounts[] = [];
  const after: PageCounts[] = [];
  const costs: { id: string; plain: number; filtered: number; walk: number; hidden: number; kb: number }[] = [];
  await onEachPage(
    ids.map((id) => ({ id, html: readPage(id) })),
    code,
    async (page, { id, html }) => {
      const r = await page.evaluate(measure, RUNS);
      const gold = truth[id]!.articleBody;
      before.push(pageCounts(gold, r.plain));
      after.push(pageCounts(gold, r.filtered));
      costs.push({ id, plain: median(r.plainMs), filtered: median(r.filteredMs), walk: median(r.walkMs), hidden: r.hiddenNodes, kb: Math.round(html.length / 1024) });
      const lost = lostWords(r.plain, r.filtered);
      const gained = lostWords(r.filtered, r.plain);
      if (lost.length || gained.length)
        console.log(`${id}: ${r.hiddenNodes} hidden nodes; article lost ${lost.length} words${lost.length ? ` («${lost.slice(0, 40).join(' ')}»)` : ''}, gained ${gained.length}${gained.length ? ` («${gained.slice(0, 20).join(' ')}»)` : ''}`);
    },
  );
  console.log(`extraction without the filter: ${formatFigures(overall(before))}`);
  console.log(`extraction with the filter:    ${formatFigures(overall(after))}`);
  const worst = [...costs].sort((a, b) => b.filtered - b.plain - (a.filtered - a.plain)).slice(0, 5);
  console.log(`snapshot main thread, median over ${costs.length} pages: plain ${median(costs.map((c) => c.plain)).toFixed(1)} ms, with the visibility walk ${median(costs.map((c) => c.filtered)).toFixed(1)} ms`);
  for (const c of worst) console.log(`  most added: ${c.id} (${c.kb} KB html) plain ${c.plain.toFixed(1)} ms, filtered ${c.filtered.toFixed(1)} ms (walk ${c.walk.toFixed(1)} ms, ${c.hidden} hidden nodes)`);
}

await main();
