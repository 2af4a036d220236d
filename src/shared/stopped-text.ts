// Why an analysis covers less than the page, in the reader's language. The analysis worker, which
// finds it out, has no i18n API: it sends the figures (StoppedEarly.parts) and the view words them.
import { t } from './i18n';
import type { StoppedEarly, StoppedPart } from './messages';

function partText(p: StoppedPart): string {
  switch (p.reason) {
    case 'too-long':
      return t('stopped_tooLong', p.limit, p.length);
    case 'too-many':
      return t('stopped_tooMany', p.quotes, p.mentions, p.shownQuotes, p.shownMentions);
    case 'time':
      return t('stopped_time', p.seconds);
  }
}

/** The sentence shown; a reply from before parts were sent keeps its English message. */
export function stoppedText(s: StoppedEarly): string {
  return s.parts?.length ? s.parts.map(partText).join(' ') : s.message;
}
