// One saved page through the same extraction and analysis the extension uses, as the CLI prints it.
// The page is read as the extension's worker reads the content script's snapshot (extractSnapshot),
// so the CLI refuses what the extension refuses and warns where it warns.
import { type AnalyzeOptions, analyze, prepareAnalysis } from '../analysis/analyze';
import { noticeText } from '../extraction/article-verdict';
import { bodyText } from '../extraction/extract-article';
import { htmlDocument } from '../extraction/html-document';
import { type ReadScope, snapshotOfHtml } from '../extraction/page-snapshot';
import { extractSnapshot, type SnapshotExtraction } from '../extraction/snapshot-extraction';
import { speakerString } from '../shared/speaker-value';

export interface PageOptions extends AnalyzeOptions {
  /** Analyse a page the verdict refuses (the extension's "Analyse anyway"). */
  force?: boolean;
  /** 'page': the page's whole text (the extension's "Analyse the whole page"). */
  scope?: ReadScope;
}

/** The analysis of one page as the CLI prints it. */
export async function analyzePage(html: string, path: string, options: PageOptions = {}): Promise<Record<string, unknown>> {
  const { force = false, scope = 'article', ...analyzeOptions } = options;
  let extracted: SnapshotExtraction | null = null;
  let result: ReturnType<typeof analyze> = { quotes: [], actors: [] };
  try {
    extracted = extractSnapshot(snapshotOfHtml(html, path, force, scope));
    if (extracted.article) {
      await prepareAnalysis(extracted.article, analyzeOptions);
      result = analyze(extracted.article, analyzeOptions);
    }
  } catch (e) {
    // A page that breaks extraction or analysis is a bug to report, but the run still yields JSON.
    process.stderr.write(`analyze: ${path}: ${(e as Error).message.split('\n')[0]}\n`);
    result = { quotes: [], actors: [] };
  }
  const article = extracted?.article ?? null;
  // What the extension would tell the reader: whether it is an article, and whether the text looks wrong.
  const verdict = extracted ? { isArticle: extracted.isArticle, reason: extracted.verdict.reason, scope: extracted.scope } : null;
  const notice = extracted?.notice ? { ...extracted.notice, message: noticeText(extracted.notice) } : null;
  // Nothing extracted: the title the reader's tab shows (one more parse, on refused pages only).
  if (!article) return { title: htmlDocument(html).title ?? '', verdict, notice, text: '', quotes: [], actors: [], blocks: [] };
  // `text` is the body as the reader reads it; `blocks` are every block the analysis saw, with its kind.
  const blocks = article.blocks.map((b) => ({ ...b, text: article.text.slice(b.start, b.end) }));
  // The scorer's JSON keeps speakers as strings: a name, "unnamed: …", or null.
  const quotes = result.quotes.map((q) => ({ ...q, speaker: speakerString(q.speaker) }));
  return { title: article.title, meta: article.meta, verdict, notice, fallback: article.fallback ?? null, text: bodyText(article), quotes, actors: result.actors, blocks };
}
