// Article-body extraction scored in-process with the metric of ../shared/eval/extraction/score.mjs
// (scrapinghub/article-extraction-benchmark: word 4-gram shingles, per-page precision and recall
// averaged over pages, F1 of the averages). Same pages, same text as `npm run analyze` prints, so the
// figures equal score.mjs's; this runs in seconds instead of one process per page.
//
//   npx tsx scripts/eval/extraction.ts [--verbose] [--half even|odd] [--min-f1 F] [DIR]
//
// `--min-f1 F` exits 1 when F1 is below F (a floor for CI); `scoreExtraction()` is the same in-process.
// `--half even|odd` scores the pages at even/odd indexes of the sorted ids (a fixed development /
// held-out split). The last line is machine-read: "extraction: pages=N F1=… P=… R=…".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { bodyText } from '../../src/extraction/extract-article';
import { snapshotOfHtml } from '../../src/extraction/page-snapshot';
import { ALL_ON, type RulesOff } from '../../src/extraction/rules';
import { extractSnapshot } from '../../src/extraction/snapshot-extraction';

export const DEFAULT_DIR = fileURLToPath(new URL('../../../shared/eval/extraction', import.meta.url));
/** The second benchmark: recent news pages in 14 languages, fundus's per-publisher parsers as ground truth. */
export const FUNDUS_DIR = fileURLToPath(new URL('../../../shared/eval/extraction-fundus', import.meta.url));

/** [tp, fp, fn] of one page, each divided by their sum. */
export type PageCounts = [number, number, number];

const words = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const t = words(text);
  const bag = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join(' ');
    if (k) bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

export function pageCounts(trueText: string, predText: string): PageCounts {
  const a = shingles(trueText);
  const b = shingles(predText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export const precision = ([tp, fp, fn]: PageCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
export const recall = ([tp, fp, fn]: PageCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));

export interface Figures {
  f1: number;
  p: number;
  r: number;
}

export function overall(rows: PageCounts[]): Figures {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  const p = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const formatFigures = (o: Figures): string => `F1=${o.f1.toFixed(3)} P=${o.p.toFixed(3)} R=${o.r.toFixed(3)}`;

export interface PageResult {
  id: string;
  url: string;
  p: number;
  r: number;
  counts: PageCounts;
  /** Readability.js's F1 on this page, from the set's reference outputs (null when not given). */
  readabilityF1: number | null;
}

export const pageF1 = (x: { p: number; r: number }): number => (x.p + x.r ? (2 * x.p * x.r) / (x.p + x.r) : 0);

/** Pages below 0.5 F1, and those of them where Readability.js scores above 0.8: the "never far worse" guard. */
export function failures(pages: PageResult[]): { below: number; belowWhereReadabilityOk: number } {
  const low = pages.filter((x) => pageF1(x) < 0.5);
  return { below: low.length, belowWhereReadabilityOk: low.filter((x) => (x.readabilityF1 ?? 0) > 0.8).length };
}

export interface ExtractionScore extends Figures {
  pages: PageResult[];
  /** The published extractors' figures on the same pages. */
  references: Record<string, Figures>;
}

/** The article text the CLI prints for this HTML ("" when it finds none, or refuses the page): the same snapshot path. */
export function articleTextOf(html: string, path = '', off: RulesOff = ALL_ON): string {
  const { article } = extractSnapshot(snapshotOfHtml(html, path), { off });
  return article ? bodyText(article) : '';
}

export function pageIds(dir = DEFAULT_DIR, half?: 'even' | 'odd'): string[] {
  const ids = readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -8))
    .sort();
  return half ? ids.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1)) : ids;
}

export function readPage(id: string, dir = DEFAULT_DIR): string {
  return gunzipSync(readFileSync(join(dir, 'pages', `${id}.html.gz`))).toString('utf8');
}

export function scoreExtraction(opts: { dir?: string; half?: 'even' | 'odd'; off?: RulesOff } = {}): ExtractionScore {
  const dir = opts.dir ?? DEFAULT_DIR;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const refs = JSON.parse(readFileSync(join(dir, 'reference-outputs.json'), 'utf8')) as Record<string, Record<string, string>>;
  const ids = pageIds(dir, opts.half);
  const pages: PageResult[] = [];
  for (const id of ids) {
    const t = truth[id]!;
    let text = '';
    try {
      // score.mjs gives the CLI a temporary file named ID.html: the same path-derived URL here.
      text = articleTextOf(readPage(id, dir), `${id}.html`, opts.off);
    } catch (e) {
      process.stderr.write(`extraction eval: ${id}: ${(e as Error).message.split('\n')[0]}\n`);
    }
    const counts = pageCounts(t.articleBody, text);
    const ref = refs.readability_js?.[id];
    const refCounts = ref === undefined ? null : pageCounts(t.articleBody, ref);
    const readabilityF1 = refCounts && pageF1({ p: precision(refCounts), r: recall(refCounts) });
    pages.push({ id, url: t.url, p: precision(counts), r: recall(counts), counts, readabilityF1 });
  }
  const references: Record<string, Figures> = {};
  for (const [name, out] of Object.entries(refs)) references[name] = overall(ids.map((id) => pageCounts(truth[id]!.articleBody, out[id] ?? '')));
  return { ...overall(pages.map((x) => x.counts)), pages, references };
}

/** Figures per page language (the set's meta.json `language`, its primary subtag), when the set has one. */
export function byLanguage(score: ExtractionScore, dir = DEFAULT_DIR): Record<string, Figures & { pages: number }> {
  const metaPath = join(dir, 'meta.json');
  if (!existsSync(metaPath)) return {};
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, { language?: string }>;
  const groups = new Map<string, PageCounts[]>();
  for (const x of score.pages) {
    const lang = (meta[x.id]?.language ?? '?').toLowerCase().split(/[-_]/)[0]!;
    groups.set(lang, [...(groups.get(lang) ?? []), x.counts]);
  }
  return Object.fromEntries([...groups].sort((a, b) => b[1].length - a[1].length).map(([k, rows]) => [k, { ...overall(rows), pages: rows.length }]));
}

export const languageLine = (langs: Record<string, Figures & { pages: number }>): string =>
  Object.entries(langs)
    .map(([k, f]) => `${k}(${f.pages}) ${f.f1.toFixed(3)}`)
    .join(', ');

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const flagValue = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const half = flagValue('--half') as 'even' | 'odd' | undefined;
  if (half !== undefined && half !== 'even' && half !== 'odd') throw new Error('--half takes even or odd');
  const floor = flagValue('--min-f1') === undefined ? null : Number(flagValue('--min-f1'));
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--half' && argv[i - 1] !== '--min-f1') ?? DEFAULT_DIR;
  const score = scoreExtraction({ dir, half });
  if (verbose) {
    const worst = [...score.pages].sort((a, b) => a.p + a.r - (b.p + b.r)).slice(0, 15);
    for (const x of worst) console.log(`${x.id}  P=${x.p.toFixed(2)} R=${x.r.toFixed(2)}  readability F1=${x.readabilityF1?.toFixed(2) ?? '-'}  ${x.url}`);
  }
  const f = failures(score.pages);
  console.log(`pages below 0.5 F1: ${f.below} (${f.belowWhereReadabilityOk} where Readability.js is above 0.8)`);
  const langs = byLanguage(score, dir);
  if (Object.keys(langs).length) console.log(`by language: ${languageLine(langs)}`);
  for (const [name, f] of Object.entries(score.references)) console.log(`${name.padEnd(16)} ${formatFigures(f)}`);
  console.log(`extraction: pages=${score.pages.length} ${formatFigures(score)}`);
  if (floor !== null && !(score.f1 >= floor)) {
    console.error(`extraction F1 ${score.f1.toFixed(3)} is below the floor ${floor}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
