// Where the background's analyses run. Firefox's event page can start a Worker itself; Chrome's
// service worker cannot, so there the workers live in an offscreen document (reason WORKERS)
// reached over a runtime port. Only where neither exists (unit tests) does analysis run in-process.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import type { SnapshotExtraction } from '../extraction/snapshot-extraction';
import type { WireOutcome } from '../shared/analysis-wire';
import { ANALYSIS_PORT, OFFSCREEN_PATH, type PortReply, type PortRequest } from './analysis-port';
import { bothStopped, clipArticle } from './analysis-limits';
import { analysisOutcome } from './analysis-outcome';
import { AnalysisCancelled, AnalysisScheduler } from './analysis-scheduler';
import { spawnWebWorker } from './analysis-workers';

export interface AnalysisBackend {
  /** Analyses a tab's article (packed: unpack it with the article's text); rejects with AnalysisCancelled when a newer request for the tab replaced it. */
  analyse(key: string, article: ArticleText): Promise<WireOutcome>;
  /** Extracts a tab's article from its page snapshot; a newer snapshot of the tab cancels it (AnalysisCancelled). */
  extract(key: string, snapshot: PageSnapshot): Promise<SnapshotExtraction>;
}

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

const offscreenApi = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

class OffscreenBackend implements AnalysisBackend {
  private port: Promise<Runtime.Port> | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: PortReply) => void; reject: (e: Error) => void }>();

  constructor(private readonly api: OffscreenApi) {}

  async analyse(key: string, article: ArticleText): Promise<WireOutcome> {
    return (await this.ask({ id: 0, key, article })).outcome!;
  }

  async extract(key: string, snapshot: PageSnapshot): Promise<SnapshotExtraction> {
    return (await this.ask({ id: 0, key, snapshot })).extracted!;
  }

  private async ask(request: PortRequest): Promise<PortReply> {
    const port = await this.connect();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      port.postMessage({ ...request, id } satisfies PortRequest);
    });
  }

  private connect(): Promise<Runtime.Port> {
    this.port ??= this.open().catch((e: unknown) => {
      this.port = null;
      throw e;
    });
    return this.port;
  }

  private async open(): Promise<Runtime.Port> {
    try {
      await this.api.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Analyses articles in a worker so the extension keeps answering while a long page is analysed.',
      });
    } catch (e) {
      // Only one offscreen document may exist: an earlier service worker made it.
      if (!/single offscreen|already/i.test(String(e))) throw e;
    }
    // The document's listener may not be up the moment it is created: try a few times.
    for (let attempt = 0; ; attempt++) {
      const port = browser.runtime.connect({ name: ANALYSIS_PORT });
      const ok = await new Promise<boolean>((resolve) => {
        const lost = () => resolve(false);
        port.onDisconnect.addListener(lost);
        port.onMessage.addListener((m: unknown) => {
          if (!(m as { ready?: boolean }).ready) return;
          port.onDisconnect.removeListener(lost);
          resolve(true);
        });
      });
      if (ok) {
        port.onMessage.addListener((m: unknown) => this.reply(m as PortReply));
        port.onDisconnect.addListener(() => this.lost());
        return port;
      }
      if (attempt >= 20) throw new Error('The analysis document did not answer.');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private reply(m: PortReply): void {
    const job = this.pending.get(m.id);
    if (!job) return;
    this.pending.delete(m.id);
    if (m.outcome || m.extracted) job.resolve(m);
    else job.reject(m.cancelled ? new AnalysisCancelled() : new Error(m.error ?? 'Analysis failed.'));
  }

  private lost(): void {
    this.port = null;
    for (const job of this.pending.values()) job.reject(new Error('The analysis document closed; reload the page to analyse it again.'));
    this.pending.clear();
  }
}

/** In-process: blocks the caller. Only for contexts with neither Worker nor offscreen documents. */
const inProcess: AnalysisBackend = {
  analyse: async (_key, article) => {
    const { article: cut, stopped } = clipArticle(article);
    const outcome = await analysisOutcome(cut);
    return { analysis: outcome.analysis, stopped: bothStopped(stopped, outcome.stopped) };
  },
  // The extractor (Readability and an HTML parser) stays out of the background's bundle: it runs in the worker.
  extract: async () => {
    throw new Error('Quotelight cannot read pages here: this browser context has neither workers nor an offscreen document.');
  },
};

let backend: AnalysisBackend | null = null;

export function analysisBackend(): AnalysisBackend {
  if (backend) return backend;
  const offscreen = offscreenApi();
  if (typeof Worker === 'function') backend = new AnalysisScheduler(spawnWebWorker);
  else if (offscreen) backend = new OffscreenBackend(offscreen);
  else backend = inProcess;
  return backend;
}

/** For tests: the backend the router uses. */
export function setAnalysisBackend(b: AnalysisBackend | null): void {
  backend = b;
}
