// Runs analyses in workers, off the thread that answers saves and searches. A newer request for
// the same tab cancels the older one (its worker is stopped: a synchronous analysis cannot be
// interrupted any other way), and a page that takes longer than the budget is stopped too; the
// reader is told either way. One idle worker is kept warm for the next page.
import type { Analysis, ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import type { SnapshotExtraction } from '../extraction/snapshot-extraction';
import { LIMITS } from '../shared/limits';
import type { AnalysisOutcome, StoppedEarly } from '../shared/messages';

/** Longer than any real article takes (a 1 MB article analyses in well under a second). */
export const ANALYSIS_BUDGET_MS = 20_000;

export interface AnalysisWorker {
  run(article: ArticleText): Promise<Analysis>;
  /** The article of a page snapshot (extraction runs here, off the page's main thread). */
  extract(snapshot: PageSnapshot): Promise<SnapshotExtraction>;
  terminate(): void;
}

export class AnalysisCancelled extends Error {
  override readonly name = 'AnalysisCancelled';
  constructor() {
    super('A newer read of this page replaced this analysis.');
  }
}

const EMPTY: Analysis = { quotes: [], actors: [] };

/** The article cut to the size limit, and what the reader is told when it was cut. */
export function clipArticle(article: ArticleText): { article: ArticleText; stopped: StoppedEarly | null } {
  if (typeof article?.text !== 'string' || !Array.isArray(article.blocks)) throw new Error('malformed article text');
  const max = LIMITS.article;
  if (article.text.length <= max) return { article, stopped: null };
  const text = article.text.slice(0, max);
  const blocks = article.blocks.filter((b) => b.end <= max);
  const stopped: StoppedEarly = {
    reason: 'too-long',
    message: `Quotelight analysed only the first ${max.toLocaleString('en')} characters of this article (it has ${article.text.length.toLocaleString('en')}): that is its limit on article text.`,
  };
  return { article: { ...article, text, blocks }, stopped };
}

/**
 * Quotations and actor mentions sent on per page. A long article has a few hundred; a page of
 * 100,000 tiny quotations would otherwise send tens of megabytes through every message that
 * carries its analysis (the browser relays each one), holding up the library's saves for seconds.
 */
export const MAX_QUOTES = 5_000;
export const MAX_MENTIONS = 20_000;

/** The analysis cut to the first MAX_QUOTES quotations and MAX_MENTIONS mentions, and what the reader is told. */
export function capAnalysis(analysis: Analysis): { analysis: Analysis; stopped: StoppedEarly | null } {
  const mentionCount = analysis.actors.reduce((n, a) => n + a.mentions.length, 0);
  if (analysis.quotes.length <= MAX_QUOTES && mentionCount <= MAX_MENTIONS) return { analysis, stopped: null };
  const quotes = analysis.quotes.slice(0, MAX_QUOTES);
  let actors = analysis.actors;
  if (mentionCount > MAX_MENTIONS) {
    // The first mentions in the text are kept, whichever actors they belong to.
    const starts = analysis.actors.flatMap((a) => a.mentions.map((m) => m.start)).sort((x, y) => x - y);
    const cutoff = starts[MAX_MENTIONS]!;
    actors = analysis.actors.map((a) => ({ ...a, mentions: a.mentions.filter((m) => m.start < cutoff) })).filter((a) => a.mentions.length > 0);
  }
  const n = (x: number) => x.toLocaleString('en');
  return {
    analysis: { quotes, actors },
    stopped: {
      reason: 'too-many',
      message: `This page has ${n(analysis.quotes.length)} quotations and ${n(mentionCount)} mentions of names: Quotelight shows the first ${n(Math.min(MAX_QUOTES, analysis.quotes.length))} and ${n(Math.min(MAX_MENTIONS, mentionCount))}, its limit per page.`,
    },
  };
}

/** Both reasons an analysis covers less than the page, as one. */
export function bothStopped(a: StoppedEarly | null, b: StoppedEarly | null): StoppedEarly | null {
  return a && b ? { reason: a.reason, message: `${a.message} ${b.message}` } : (a ?? b);
}

/** An analysis of the clipped article (`stopped`: why it was clipped), within the per-page limits. */
export function cappedOutcome(analysis: Analysis, stopped: StoppedEarly | null): AnalysisOutcome {
  const capped = capAnalysis(analysis);
  return { analysis: capped.analysis, stopped: bothStopped(stopped, capped.stopped) };
}

/** What the reader is told when reading a page's article took longer than the budget. */
export function extractionTimeMessage(budgetMs: number): string {
  return `Quotelight stopped reading this page after ${budgetMs / 1000} s, its time limit per page.`;
}

export function timeStopped(budgetMs: number): StoppedEarly {
  return {
    reason: 'time',
    message: `Quotelight stopped analysing this page after ${budgetMs / 1000} s, its time limit per page, so no quotes or actors are shown. Your highlights and notes still work.`,
  };
}

export class AnalysisScheduler {
  private idle: AnalysisWorker | null = null;
  private readonly running = new Map<string, () => void>();

  constructor(
    private readonly spawn: () => AnalysisWorker,
    private readonly budgetMs = ANALYSIS_BUDGET_MS,
  ) {}

  /** Analyses `article` for `key` (a tab); rejects with AnalysisCancelled when a newer request for `key` comes. */
  analyse(key: string, article: ArticleText): Promise<AnalysisOutcome> {
    const clipped = clipArticle(article);
    return this.schedule(
      key,
      async (w) => cappedOutcome(await w.run(clipped.article), clipped.stopped),
      (resolve) => resolve({ analysis: EMPTY, stopped: timeStopped(this.budgetMs) }),
    );
  }

  /**
   * Extracts the article of a page snapshot for `key`; a newer snapshot of the same page cancels it
   * (AnalysisCancelled), and one that takes longer than the budget fails with a message that says so.
   */
  extract(key: string, snapshot: PageSnapshot): Promise<SnapshotExtraction> {
    return this.schedule(
      `${key}/extract`,
      (w) => w.extract(snapshot),
      (_resolve, reject) => reject(new Error(extractionTimeMessage(this.budgetMs))),
    );
  }

  /** Runs `job` on the warm worker (or a new one); the worker that ran it stays warm unless it was stopped. */
  private schedule<T>(key: string, job: (w: AnalysisWorker) => Promise<T>, onTimeout: (resolve: (v: T) => void, reject: (e: Error) => void) => void): Promise<T> {
    this.cancel(key);
    const worker = this.idle ?? this.spawn();
    this.idle = null;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (keepWorker: boolean) => {
        settled = true;
        clearTimeout(timer);
        if (this.running.get(key) === cancel) this.running.delete(key);
        if (keepWorker && !this.idle) this.idle = worker;
        else worker.terminate();
      };
      const cancel = () => {
        if (settled) return;
        settle(false);
        reject(new AnalysisCancelled());
      };
      const timer = setTimeout(() => {
        if (settled) return;
        settle(false);
        onTimeout(resolve, reject);
      }, this.budgetMs);
      this.running.set(key, cancel);
      job(worker).then(
        (value) => {
          if (settled) return;
          settle(true);
          resolve(value);
        },
        (e: unknown) => {
          if (settled) return;
          settle(false);
          reject(e);
        },
      );
    });
  }

  cancel(key: string): void {
    this.running.get(key)?.();
  }

  cancelAll(): void {
    for (const cancel of [...this.running.values()]) cancel();
  }
}
