// Runs analyses in workers, off the thread that answers saves and searches. A newer request for
// the same tab cancels the older one (its worker is stopped: a synchronous analysis cannot be
// interrupted any other way), and a page that takes longer than the budget is stopped too; the
// reader is told either way. One idle worker is kept warm for the next page.
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import type { SnapshotExtraction } from '../extraction/snapshot-extraction';
import { EMPTY_WIRE_ANALYSIS, type WireOutcome } from '../shared/analysis-wire';
import type { StoppedEarly } from '../shared/messages';
import { bothStopped, clipArticle } from './analysis-limits';

/** Longer than any real article takes (a 1 MB article analyses in well under a second). */
export const ANALYSIS_BUDGET_MS = 20_000;

export interface AnalysisWorker {
  /** The article's analysis, cut to the per-page limits (`stopped` says when it was) and packed. */
  run(article: ArticleText): Promise<WireOutcome>;
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

/** What the reader is told when reading a page's article took longer than the budget. */
export function extractionTimeMessage(budgetMs: number): string {
  return `Quotelight stopped reading this page after ${budgetMs / 1000} s, its time limit per page.`;
}

export function timeStopped(budgetMs: number): StoppedEarly {
  return {
    reason: 'time',
    message: `Quotelight stopped analysing this page after ${budgetMs / 1000} s, its time limit per page, so no quotes or actors are shown. Your highlights and notes still work.`,
    parts: [{ reason: 'time', seconds: budgetMs / 1000 }],
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
  analyse(key: string, article: ArticleText): Promise<WireOutcome> {
    const clipped = clipArticle(article);
    return this.schedule(
      key,
      async (w) => {
        const { analysis, stopped } = await w.run(clipped.article);
        return { analysis, stopped: bothStopped(clipped.stopped, stopped) };
      },
      (resolve) => resolve({ analysis: EMPTY_WIRE_ANALYSIS, stopped: timeStopped(this.budgetMs) }),
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
