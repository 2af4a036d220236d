// A Web Worker as an AnalysisWorker: where the context can create one (Firefox's event page,
// Chrome's offscreen document). Vite bundles the worker from the URL below.
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import type { WorkerReply as Reply } from './analysis-job';
import type { AnalysisWorker } from './analysis-scheduler';

export function spawnWebWorker(): AnalysisWorker {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  let next = 0;
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; what: string }>();
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (e.data.error !== undefined) job?.reject(new Error(`${job.what} failed: ${e.data.error}`));
    else job?.resolve(e.data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const job of pending.values()) job.reject(new Error(`The analysis worker failed: ${e.message || 'it could not start'}`));
    pending.clear();
  };
  const post = (what: string, message: { article: ArticleText } | { snapshot: PageSnapshot }) => {
    const id = ++next;
    return new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject, what });
      worker.postMessage({ id, ...message });
    });
  };
  return {
    run: async (article) => (await post('Analysis', { article })).outcome!,
    extract: async (snapshot) => (await post('Extraction', { snapshot })).extracted!,
    terminate: () => worker.terminate(),
  };
}
