// "Is this an article?" measured: the refusal rate of the one verdict the extension and the CLI
// share (src/extraction/article-verdict.ts, through extractSnapshot as both call it) on real
// articles (every page of both extraction benchmarks and the dev, dev-recent and dev-intl sets: all
// are articles) and on the generated non-article pages (tests/fixtures/non-articles/). Also how
// often the "looks wrong" notice fires on the benchmark pages, and how good the extraction was where
// it fired (its recall against the benchmark's truth).
//
//   npx tsx scripts/eval/article-verdict.ts [--verbose]
//
// `verdictEval()` is the same in-process (npm run eval prints it; eval:check floors it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyText } from '../../src/extraction/extract-article';
import { snapshotOfHtml } from '../../src/extraction/page-snapshot';
import { extractSnapshot, type SnapshotExtraction } from '../../src/extraction/snapshot-extraction';
import { pageCounts, pageIds, readPage, recall } from './extraction';

const EVAL = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const NON_ARTICLES = fileURLToPath(new URL('../../tests/fixtures/non-articles/', import.meta.url));

interface Page {
  set: string;
  id: string;
  html: string;
  /** The benchmark's article body, where there is one. */
  truth?: string;
}

function benchmarkPages(set: string): Page[] {
  const dir = join(EVAL, set);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return pageIds(dir).map((id) => ({ set, id, html: readPage(id, dir), truth: truth[id]?.articleBody }));
}

function htmlPages(set: string, dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ set, id: f.slice(0, -5), html: readFileSync(join(dir, f), 'utf8') }));
}

export interface SetFigures {
  set: string;
  pages: number;
  refused: string[];
}

export interface VerdictEval {
  articles: SetFigures[];
  nonArticles: SetFigures;
  /** Real articles refused, over all article sets. */
  articlesRefused: number;
  articlePages: number;
  /** Share of the non-article pages refused. */
  nonArticleRefusal: number;
  /** Benchmark pages where the notice fired, with the extraction's recall there. */
  notices: { set: string; id: string; recall: number | null; articleWords: number; pageWords: number }[];
  /** Benchmark pages whose extraction recall is under 0.5 (what the notice is for). */
  poorExtractions: number;
  benchmarkPages: number;
}

function judge(p: Page): SnapshotExtraction {
  // The CLI's path: the saved HTML as a snapshot, through the worker's extraction.
  return extractSnapshot(snapshotOfHtml(p.html, `${p.id}.html`));
}

function figuresOf(set: string, pages: Page[], refusedWhen: (x: SnapshotExtraction) => boolean, onEach?: (p: Page, x: SnapshotExtraction) => void): SetFigures {
  const refused: string[] = [];
  for (const p of pages) {
    let x: SnapshotExtraction;
    try {
      x = judge(p);
    } catch (e) {
      // A page the extraction cannot read counts as refused: the reader gets no analysis either.
      process.stderr.write(`article verdict: ${set}/${p.id}: ${(e as Error).message.split('\n')[0]}\n`);
      refused.push(`${p.id} (error)`);
      continue;
    }
    if (refusedWhen(x)) refused.push(`${p.id} (${x.verdict.reason})`);
    onEach?.(p, x);
  }
  return { set, pages: pages.length, refused };
}

export function verdictEval(): VerdictEval {
  const notices: VerdictEval['notices'] = [];
  let poor = 0;
  let bench = 0;
  const onBenchmark = (p: Page, x: SnapshotExtraction) => {
    if (p.truth === undefined) return;
    bench++;
    const r = x.article ? recall(pageCounts(p.truth, bodyText(x.article))) : 0;
    if (r < 0.5) poor++;
    if (x.notice) notices.push({ set: p.set, id: p.id, recall: r, articleWords: x.notice.articleWords, pageWords: x.notice.pageWords });
  };
  const isRefused = (x: SnapshotExtraction) => !x.isArticle;
  const articles = [
    figuresOf('extraction', benchmarkPages('extraction'), isRefused, onBenchmark),
    figuresOf('extraction-fundus', benchmarkPages('extraction-fundus'), isRefused, onBenchmark),
    ...['dev', 'dev-recent', 'dev-intl'].map((s) => figuresOf(s, htmlPages(s, join(EVAL, s)), isRefused)),
  ];
  const nonArticles = figuresOf('non-articles', htmlPages('non-articles', NON_ARTICLES), isRefused);
  const articlesRefused = articles.reduce((s, a) => s + a.refused.length, 0);
  const articlePages = articles.reduce((s, a) => s + a.pages, 0);
  return {
    articles,
    nonArticles,
    articlesRefused,
    articlePages,
    nonArticleRefusal: nonArticles.refused.length / (nonArticles.pages || 1),
    notices,
    poorExtractions: poor,
    benchmarkPages: bench,
  };
}

/** One line for npm run eval. */
export function verdictLine(v: VerdictEval): string {
  const caught = v.notices.filter((n) => n.recall !== null && n.recall < 0.5).length;
  return (
    `article verdict: real articles refused ${v.articlesRefused}/${v.articlePages}; non-articles refused ${v.nonArticles.refused.length}/${v.nonArticles.pages} (${(v.nonArticleRefusal * 100).toFixed(0)}%); ` +
    `"looks wrong" notice on ${v.notices.length}/${v.benchmarkPages} benchmark pages (${caught} of them with extraction recall < 0.5; ${v.poorExtractions} pages have recall < 0.5)`
  );
}

function main(argv: string[]): void {
  const v = verdictEval();
  for (const a of [...v.articles, v.nonArticles]) {
    console.log(`${a.set.padEnd(18)} refused ${a.refused.length}/${a.pages}${a.refused.length ? `: ${a.refused.join(', ')}` : ''}`);
  }
  if (argv.includes('--verbose')) {
    for (const n of v.notices) console.log(`notice ${n.set}/${n.id}: ${n.articleWords} of ${n.pageWords} words, recall ${n.recall?.toFixed(2)}`);
  }
  console.log(verdictLine(v));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
