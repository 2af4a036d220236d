// The typed speaker (named / unnamed / nobody) and its two string forms: the one people read
// ("a senior official (unnamed)") and the compact one of the CLI's JSON and of files written
// before speakers were typed ("unnamed: a senior official"), which is also how they are read back.
import type { Speaker } from '../analysis/types';

export type { Speaker };

export const NOBODY: Speaker = { kind: 'nobody' };

export function namedSpeaker(name: string): Speaker {
  return name.trim() ? { kind: 'named', name: name.trim() } : NOBODY;
}

/** From the compact string form: a name, "unnamed: description", or null / blank for nobody. */
export function parseSpeaker(s: string | null | undefined): Speaker {
  const t = s?.trim();
  if (!t) return NOBODY;
  const unnamed = /^unnamed:\s*(.*)$/i.exec(t);
  if (unnamed) return unnamed[1]!.trim() ? { kind: 'unnamed', description: unnamed[1]!.trim() } : NOBODY;
  return { kind: 'named', name: t };
}

/** The compact string form (the scorer's JSON, CSV's detected speaker): name, "unnamed: …", or null. */
export function speakerString(sp: Speaker): string | null {
  return sp.kind === 'named' ? sp.name : sp.kind === 'unnamed' ? `unnamed: ${sp.description}` : null;
}

/** As a reader sees it: the name, "a senior official (unnamed)", or null for nobody. */
export function speakerDisplay(sp: Speaker): string | null {
  return sp.kind === 'named' ? sp.name : sp.kind === 'unnamed' ? `${sp.description} (unnamed)` : null;
}

/** A stored or imported value of any era: a typed speaker, a legacy string, or null. */
export function toSpeaker(v: unknown): Speaker {
  if (typeof v === 'string' || v == null) return parseSpeaker(v as string | null | undefined);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.kind === 'named' && typeof o.name === 'string') return namedSpeaker(o.name);
    if (o.kind === 'unnamed' && typeof o.description === 'string' && o.description.trim()) return { kind: 'unnamed', description: o.description.trim() };
    if (o.kind === 'nobody') return NOBODY;
  }
  throw new TypeError('not a speaker: expected a name, "unnamed: …", null, or {kind: "named" | "unnamed" | "nobody"}');
}

export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return speakerString(a) === speakerString(b);
}
