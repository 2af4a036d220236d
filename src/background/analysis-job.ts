// One job of the analysis worker, as a plain function: an article in, its analysis cut to the
// per-page limits out; or a page snapshot in, its article out. Errors come back as messages.
import { analyze } from '../analysis/analyze';
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import { extractSnapshot, type SnapshotExtraction } from '../extraction/snapshot-extraction';
import type { AnalysisOutcome } from '../shared/messages';
import { capAnalysis } from './analysis-limits';

export type WorkerJob = { id: number; article: ArticleText } | { id: number; snapshot: PageSnapshot };
export type WorkerReply = { id: number; outcome?: AnalysisOutcome; extracted?: SnapshotExtraction; error?: string };

export function runJob(job: WorkerJob): WorkerReply {
  try {
    if ('snapshot' in job) return { id: job.id, extracted: extractSnapshot(job.snapshot) };
    return { id: job.id, outcome: capAnalysis(analyze(job.article)) };
  } catch (err) {
    return { id: job.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
