// How a speaker is shown to people: the reader's correction wins; analysis marks
// anonymous sources as "unnamed: a senior official".
import { UNATTRIBUTED } from '../shared/speakers';

export { effectiveSpeaker } from '../shared/speakers';

export function speakerLabel(name: string | null): string {
  if (!name) return UNATTRIBUTED;
  const unnamed = /^unnamed:\s*(.+)$/i.exec(name);
  return unnamed ? `${unnamed[1]} (unnamed)` : name;
}

/** Epoch ms -> ISO 8601 (UTC). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
