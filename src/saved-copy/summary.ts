// The one line that says what changed, for the page's notice and the popup's heading, in the
// reader's language (the background writes the page's line, so it goes through t() there too).
import { t, tn } from '../shared/i18n';
import type { VersionChange } from './types';

/** The first paragraph count names the noun ("2 paragraphs reworded"), the others only the change ("1 removed"). */
const PARAS = [
  ['reworded', 'change_parasReworded', 'change_alsoReworded'],
  ['removed', 'change_parasRemoved', 'change_alsoRemoved'],
  ['added', 'change_parasAdded', 'change_alsoAdded'],
] as const;

export function changeSummary(c: VersionChange): string {
  if (!c.changed) return t('change_unchanged');
  const parts: string[] = [];
  const quotes = c.quotes.filter((q) => q.kind !== 'speaker').length;
  const speakers = c.quotes.length - quotes;
  if (quotes) parts.push(tn('change_quotesGone', quotes));
  if (speakers) parts.push(tn('change_quotesSpeaker', speakers));
  if (c.title) parts.push(t('change_headlineChanged'));
  const paras = PARAS.map(([op, first, also]) => ({ n: c.paragraphs.filter((p) => p.op === op).length, first, also })).filter((p) => p.n > 0);
  if (paras.length) parts.push(paras.map((p, i) => tn(i === 0 ? p.first : p.also, p.n)).join(', '));
  return t('change_summary', parts.join('; '));
}
