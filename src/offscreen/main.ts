// Chrome's offscreen document (reason WORKERS): hosts the analysis (and extraction) workers for the service worker,
// which cannot start a Worker itself. Only the extension's own background connects to it.
import browser, { type Runtime } from 'webextension-polyfill';
import { ANALYSIS_PORT, type PortReply, type PortRequest } from '../background/analysis-port';
import { AnalysisCancelled, AnalysisScheduler } from '../background/analysis-scheduler';
import { spawnWebWorker } from '../background/analysis-workers';

const scheduler = new AnalysisScheduler(spawnWebWorker);

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== ANALYSIS_PORT || port.sender?.id !== browser.runtime.id) return;
  port.onMessage.addListener(async (raw: unknown) => {
    const m = raw as PortRequest;
    let reply: PortReply;
    try {
      reply =
        'snapshot' in m
          ? { id: m.id, extracted: await scheduler.extract(m.key, m.snapshot) }
          : { id: m.id, outcome: await scheduler.analyse(m.key, m.article) };
    } catch (e) {
      reply = { id: m.id, error: e instanceof Error ? e.message : String(e), cancelled: e instanceof AnalysisCancelled };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      // The service worker stopped meanwhile: it asks again when it restarts.
      console.warn('Quotelight: an analysis finished after the background stopped', e);
    }
  });
  // A stopped service worker takes its requests with it: stop their workers too.
  port.onDisconnect.addListener(() => scheduler.cancelAll());
  port.postMessage({ ready: true });
});
