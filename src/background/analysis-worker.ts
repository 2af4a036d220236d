// The analysis worker: one article in, its Analysis (or the error's message) out.
import { analyze } from '../analysis/analyze';
import type { ArticleText } from '../analysis/types';

interface Job {
  id: number;
  article: ArticleText;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Job>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const { id, article } = e.data;
  try {
    scope.postMessage({ id, analysis: analyze(article) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
