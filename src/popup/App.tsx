import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/messaging';
import { AnalysisView } from './AnalysisView';

const POLL_MS = 400;

export function App({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await sendToBackground({ type: 'ui/tab-state', tabId });
        if (stop) return;
        setState(s);
        // Keep asking while the page is still being analysed.
        if (s.status === 'analysing') timer = setTimeout(poll, POLL_MS);
      } catch (e) {
        if (!stop) setError(e instanceof Error ? e.message : String(e));
      }
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const analyseAnyway = async () => {
    if (tabId === null) return;
    setState({ status: 'analysing', report: state && 'report' in state ? state.report : null });
    await sendToTab(tabId, { type: 'page/analyze-anyway' }).catch(() => undefined);
    setState(await sendToBackground({ type: 'ui/tab-state', tabId }));
  };

  return (
    <main class="popup" aria-busy={state?.status === 'analysing'}>
      <header class="brand">
        <img src="/assets/icon-32.png" alt="" width={20} height={20} />
        <h1>Quotelight</h1>
      </header>
      {error ? (
        <p role="alert" class="state error">
          {error}
        </p>
      ) : (
        <StateView state={state} tabId={tabId} onAnalyseAnyway={analyseAnyway} />
      )}
    </main>
  );
}

function StateView({ state, tabId, onAnalyseAnyway }: { state: TabState | null; tabId: number | null; onAnalyseAnyway: () => void }) {
  if (tabId === null) return <p class="state">No tab to look at.</p>;
  if (state === null) return <p class="state">Loading…</p>;
  switch (state.status) {
    case 'restricted':
      return <p class="state">The browser does not let extensions read this page (browser pages and add-on stores).</p>;
    case 'no-content-script':
      return <p class="state">This page was open before Quotelight started: reload it to analyse it.</p>;
    case 'analysing':
      return (
        <div class="state" role="status">
          <progress aria-label="Analysing the article" />
          <p>Analysing {state.report?.meta.title ?? 'the page'}…</p>
        </div>
      );
    case 'not-article':
      return (
        <div class="state">
          <p>This page does not look like an article.</p>
          <button type="button" class="analyse-anyway" onClick={onAnalyseAnyway}>
            Analyse anyway
          </button>
        </div>
      );
    case 'ready':
      return <AnalysisView tabId={tabId} report={state.report} analysis={state.analysis} />;
  }
}
