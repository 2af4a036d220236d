// The popup's word on the article text itself: when the text found looks wrong (far shorter than the
// page's own text: a print footer, one box of a long page), the reader is told and can have the
// whole page analysed instead; once that is done, the popup says what it shows.
import { noticeText } from '../extraction/article-verdict';
import type { PageReport } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';

interface Props {
  report: PageReport;
  tabId: number;
  act: (run: () => Promise<unknown>) => Promise<void>;
}

export function ExtractionNotice({ report, tabId, act }: Props) {
  if (report.scope === 'page') {
    return (
      <p class="extraction-notice whole-page" role="status">
        Showing the whole page’s text, not only the article found.
      </p>
    );
  }
  if (!report.notice) return null;
  return (
    <div class="extraction-notice" role="alert">
      <p>{noticeText(report.notice)}</p>
      <button type="button" class="analyse-whole-page" onClick={() => act(() => sendToBackground({ type: 'ui/analyze-whole-page', tabId }))}>
        Analyse the whole page
      </button>
    </div>
  );
}
