import type { ToPage } from '../shared/messages';

const TYPES = new Set<string>(['page/resend-report', 'page/reveal', 'page/analyze-anyway', 'page/highlight-selection']);

export function isToPage(x: unknown): x is ToPage {
  return typeof x === 'object' && x !== null && TYPES.has((x as { type?: unknown }).type as string);
}
