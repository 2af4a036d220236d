// A Web Worker as an AnalysisWorker: where the context can create one (Firefox's event page,
// Chrome's offscreen document). Vite bundles the worker from the URL below.
import type { Analysis, ArticleText } from '../analysis/types';
import type { AnalysisWorker } from './analysis-scheduler';

export function spawnWebWorker(): AnalysisWorker {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  let next = 0;
  const pending = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<{ id: number; analysis?: Analysis; error?: string }>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (e.data.error !== undefined) job?.reject(new Error(`Analysis failed: ${e.data.error}`));
    else job?.resolve(e.data.analysis!);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const job of pending.values()) job.reject(new Error(`The analysis worker failed: ${e.message || 'it could not start'}`));
    pending.clear();
  };
  return {
    run(article: ArticleText) {
      const id = ++next;
      return new Promise<Analysis>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, article });
      });
    },
    terminate: () => worker.terminate(),
  };
}
