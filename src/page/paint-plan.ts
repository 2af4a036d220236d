// Which article spans go into which highlight group. Pure, so the rules are tested without a page.
import { speakerString } from '../shared/speaker-value';
import type { Analysis } from '../analysis/types';
import type { PageMark } from '../shared/messages';
import type { SettingsMap } from '../shared/records';

export interface SpanGroup {
  group: string;
  spans: { start: number; end: number }[];
}

export const QUOTE_TINTS = 8;
export const MARK_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type MarkColour = (typeof MARK_COLOURS)[number];

export const markColour = (c: string | null): MarkColour => (MARK_COLOURS as readonly string[]).includes(c ?? '') ? (c as MarkColour) : 'yellow';

/** A tint per speaker, in order of first appearance, so one speaker keeps one colour on the page. */
export function speakerTints(analysis: Analysis): Map<string, number> {
  const tints = new Map<string, number>();
  for (const q of analysis.quotes) {
    const key = speakerString(q.speaker) ?? '';
    if (q.kind !== 'other' && !tints.has(key)) tints.set(key, tints.size % QUOTE_TINTS);
  }
  return tints;
}

export function paintPlan(
  analysis: Analysis | null,
  marks: readonly PageMark[],
  settings: Pick<SettingsMap, 'showQuotes' | 'showActors' | 'showHighlights'>,
): SpanGroup[] {
  const groups = new Map<string, SpanGroup>();
  const add = (group: string, span: { start: number; end: number }) => {
    const g = groups.get(group) ?? { group, spans: [] };
    groups.set(group, g);
    g.spans.push({ start: span.start, end: span.end });
  };
  if (analysis && settings.showQuotes) {
    const tints = speakerTints(analysis);
    for (const q of analysis.quotes) if (q.kind !== 'other') add(`quote-${tints.get(speakerString(q.speaker) ?? '') ?? 0}`, q);
  }
  if (analysis && settings.showActors) {
    for (const a of analysis.actors) for (const m of a.mentions) add(a.type, m);
  }
  if (settings.showHighlights) {
    for (const m of marks) add(`mark-${markColour(m.colour)}`, m);
  }
  return [...groups.values()];
}

/** Every group name the painter may hold, so a repaint can clear the ones no longer used. */
export function allGroupNames(): string[] {
  return [
    ...Array.from({ length: QUOTE_TINTS }, (_, i) => `quote-${i}`),
    'person',
    'organization',
    'place',
    ...MARK_COLOURS.map((c) => `mark-${c}`),
  ];
}
