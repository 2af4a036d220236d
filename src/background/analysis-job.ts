// One job of the analysis worker, as a plain function: an article in, its analysis cut to the
// per-page limits and packed for the wire (analysis-wire.ts) out; or a page snapshot in, its article out. Errors come back as messages.
import { analyze } from '../analysis/analyze';
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import { extractSnapshot, type SnapshotExtraction } from '../extraction/snapshot-extraction';
import { packAnalysis, type WireOutcome } from '../shared/analysis-wire';
import { capAnalysis } from './analysis-limits';

export type WorkerJob = { id: number; article: ArticleText } | { id: number; snapshot: PageSnapshot };
export type WorkerReply = { id: number; outcome?: WireOutcome; extracted?: SnapshotExtraction; error?: string };

export function runJob(job: WorkerJob): WorkerReply {
  try {
    if ('snapshot' in job) return { id: job.id, extracted: extractSnapshot(job.snapshot) };
    const { analysis, stopped } = capAnalysis(analyze(job.article));
    return { id: job.id, outcome: { analysis: packAnalysis(analysis, job.article.text), stopped } };
  } catch (err) {
    return { id: job.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
