// The analysis worker: jobs in, replies out (analysis-job.ts). It also extracts articles from page
// snapshots, so the page's main thread never runs Readability.
import { runJob, type WorkerJob } from './analysis-job';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerJob>) => void) | null; postMessage(m: unknown): void };

// runJob never rejects: its errors come back as replies.
scope.onmessage = (e) => {
  void runJob(e.data).then((reply) => scope.postMessage(reply));
};
