import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { unpackAnalysis } from '../shared/analysis-wire';
import type { TabState, TabStateOnWire } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { AnalysisView } from './AnalysisView';
import { ExtractionNotice } from './ExtractionNotice';
import { t } from '../shared/i18n';

const POLL_MS = 400;
/** How long after the popup opens a missing content script may still be starting (a busy machine's page). */
const CONTENT_SCRIPT_GRACE_MS = 10_000;

export function App({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (tabId === null) return;
    try {
      setState(shown(await sendToBackground({ type: 'ui/tab-state', tabId })));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [tabId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Keep asking while the page is still being analysed; and for a while when no content script
  // answered, since it starts only once the page is idle, a moment after the page has loaded.
  const [openedAt] = useState(() => Date.now());
  useEffect(() => {
    const waiting = state?.status === 'analysing' || (state?.status === 'no-content-script' && Date.now() - openedAt < CONTENT_SCRIPT_GRACE_MS);
    if (!waiting) return;
    const timer = setTimeout(() => void refresh(), POLL_MS);
    return () => clearTimeout(timer);
  }, [state, refresh, openedAt]);

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main class="popup" aria-busy={state?.status === 'analysing'}>
      <header class="brand">
        <img src="/assets/icon-32.png" alt="" width={20} height={20} />
        <h1>Quotelight</h1>
        <button type="button" class="link library-link" onClick={() => void openLibrary()}>
          {t('popup_library')}
        </button>
      </header>
      {error && (
        <p role="alert" class="state error">
          {error}
        </p>
      )}
      <StateView state={state} tabId={tabId} act={act} refresh={refresh} />
    </main>
  );
}

function shown(state: TabStateOnWire): TabState {
  return state.status === 'ready' ? { ...state, analysis: unpackAnalysis(state.analysis) } : state;
}

async function openLibrary() {
  await browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') });
}

interface StateProps {
  state: TabState | null;
  tabId: number | null;
  act: (run: () => Promise<unknown>) => Promise<void>;
  refresh: () => Promise<void>;
}

function StateView({ state, tabId, act, refresh }: StateProps) {
  if (tabId === null) return <p class="state">{t('popup_noTab')}</p>;
  if (state === null) return <p class="state">{t('loading')}</p>;
  switch (state.status) {
    case 'restricted':
      return <p class="state">{t('popup_restricted')}</p>;
    case 'no-content-script':
      return <p class="state">{t('popup_noContentScript')}</p>;
    case 'site-off':
      return (
        <div class="state">
          <p>{t('popup_siteOff', state.host)}</p>
          <button type="button" onClick={() => act(() => sendToBackground({ type: 'ui/set-site-enabled', host: state.host, enabled: true }))}>
            {t('popup_turnOnSite')}
          </button>
        </div>
      );
    case 'analysing':
      return (
        <div class="state" role="status">
          <progress aria-label={t('popup_analysingLabel')} />
          <p>{state.report?.meta.title ? t('popup_analysing', state.report.meta.title) : t('popup_analysingPage')}</p>
        </div>
      );
    case 'not-article':
      return (
        <div class="state">
          <p>
            {state.report.reason === 'too-large'
              ? t('popup_tooLarge')
              : state.report.reason === 'extraction-failed'
                ? t('popup_extractionFailed', state.report.error ?? t('popup_extractionFailedUnknown'))
                : t('popup_notArticle')}
          </p>
          <button type="button" class="analyse-anyway" onClick={() => act(() => sendToBackground({ type: 'ui/analyze-anyway', tabId }))}>
            {t('popup_analyseAnyway')}
          </button>
        </div>
      );
    case 'ready':
      return (
        <>
          <ExtractionNotice report={state.report} tabId={tabId} act={act} />
          <AnalysisView tabId={tabId} state={state} act={act} refresh={refresh} />
        </>
      );
  }
}
