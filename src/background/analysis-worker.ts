// The analysis worker: one article in, its Analysis (or the error's message) out. It also extracts
// articles from page snapshots, so the page's main thread never runs Readability.
import { analyze } from '../analysis/analyze';
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import { extractSnapshot } from '../extraction/snapshot-extraction';

type Job = { id: number; article: ArticleText } | { id: number; snapshot: PageSnapshot };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Job>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const job = e.data;
  try {
    if ('snapshot' in job) scope.postMessage({ id: job.id, extracted: extractSnapshot(job.snapshot) });
    else scope.postMessage({ id: job.id, analysis: analyze(job.article) });
  } catch (err) {
    scope.postMessage({ id: job.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
