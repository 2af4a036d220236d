// How a speaker is shown to people: the reader's correction wins; analysis marks
// anonymous sources as "unnamed: a senior official".
import type { AnnotationRecord } from '../shared/records';

export function effectiveSpeaker(a: Pick<AnnotationRecord, 'speaker' | 'speakerCorrection'>): string | null {
  return a.speakerCorrection ?? a.speaker;
}

export function speakerLabel(name: string | null): string {
  if (!name) return 'Unattributed';
  const unnamed = /^unnamed:\s*(.+)$/i.exec(name);
  return unnamed ? `${unnamed[1]} (unnamed)` : name;
}

/** Epoch ms -> ISO 8601 (UTC). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
