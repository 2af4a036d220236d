// The popup's word on the article text itself: when the text found looks wrong (far shorter than the
// page's own text: a print footer, one box of a long page), the reader is told and can have the
// whole page analysed instead; once that is done, the popup says what it shows.
import type { PageReport } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { t } from '../shared/i18n';

interface Props {
  report: PageReport;
  tabId: number;
  act: (run: () => Promise<unknown>) => Promise<void>;
}

export function ExtractionNotice({ report, tabId, act }: Props) {
  if (report.scope === 'page') {
    return (
      <p class="extraction-notice whole-page" role="status">
        {t('popup_wholePageShown')}
      </p>
    );
  }
  if (!report.notice) return null;
  return (
    <div class="extraction-notice" role="alert">
      <p>{t('popup_extractionNotice', report.notice.articleWords, report.notice.pageWords)}</p>
      <button type="button" class="analyse-whole-page" onClick={() => act(() => sendToBackground({ type: 'ui/analyze-whole-page', tabId }))}>
        {t('popup_analyseWholePage')}
      </button>
    </div>
  );
}
