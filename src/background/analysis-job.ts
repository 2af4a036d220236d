// One job of the analysis worker, as a plain function: an article in, its analysis cut to the
// per-page limits and packed for the wire (analysis-wire.ts) out; or a page snapshot in, its article out. Errors come back as messages.
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import { extractSnapshot, type SnapshotExtraction } from '../extraction/snapshot-extraction';
import type { WireOutcome } from '../shared/analysis-wire';
import { analysisOutcome } from './analysis-outcome';

export type WorkerJob = { id: number; article: ArticleText } | { id: number; snapshot: PageSnapshot };
export type WorkerReply = { id: number; outcome?: WireOutcome; extracted?: SnapshotExtraction; error?: string };

export async function runJob(job: WorkerJob): Promise<WorkerReply> {
  try {
    if ('snapshot' in job) return { id: job.id, extracted: extractSnapshot(job.snapshot) };
    return { id: job.id, outcome: await analysisOutcome(job.article) };
  } catch (err) {
    return { id: job.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
