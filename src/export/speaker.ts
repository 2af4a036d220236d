// How a speaker is shown to people: the reader's correction wins; unnamed sources read
// "a senior official (unnamed)" (see shared/speaker-value).
import { unattributed } from '../shared/speakers';

export { effectiveSpeaker } from '../shared/speakers';

export function speakerLabel(name: string | null): string {
  return name || unattributed();
}

/** Epoch ms -> ISO 8601 (UTC). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
