// The one line that says what changed, for the page's notice and the popup's heading.
import type { VersionChange } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function changeSummary(c: VersionChange): string {
  if (!c.changed) return 'Unchanged since you saved it.';
  const parts: string[] = [];
  const quotes = c.quotes.filter((q) => q.kind !== 'speaker').length;
  const speakers = c.quotes.length - quotes;
  if (quotes) parts.push(`${plural(quotes, 'quote')} changed or gone`);
  if (speakers) parts.push(`${plural(speakers, 'quote')} given to another speaker`);
  if (c.title) parts.push('the headline changed');
  const count = (op: string) => c.paragraphs.filter((p) => p.op === op).length;
  const paras = [
    [count('reworded'), 'reworded'],
    [count('removed'), 'removed'],
    [count('added'), 'added'],
  ].filter(([n]) => (n as number) > 0);
  if (paras.length) parts.push(paras.map(([n, what], i) => (i === 0 ? `${plural(n as number, 'paragraph')} ${what}` : `${n} ${what}`)).join(', '));
  return `Changed since you saved it: ${parts.join('; ')}.`;
}
