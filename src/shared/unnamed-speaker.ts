// Whether a speaker is an unnamed source. Today the analysis writes those as "unnamed: a senior
// official"; the speaker is becoming a typed value, and this is the one place to follow that change.
const PREFIX = 'unnamed: ';

export function isUnnamedSpeaker(speaker: string | null | undefined): boolean {
  return !!speaker?.startsWith(PREFIX);
}

/** How the source is described ("a senior official"), for an unnamed speaker. */
export function unnamedDescription(speaker: string): string {
  return speaker.slice(PREFIX.length);
}
