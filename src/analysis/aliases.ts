// An actor of the article and its mentions (built by actors/find-actors.ts), and the lookup of
// a written name among them.
import type { Gender } from './nlp';
import type { ActorType, Span } from './types';

export interface Entity {
  id: number;
  type: ActorType;
  /** Fullest form seen. */
  name: string;
  forms: Set<string>;
  mentions: Span[];
  roles: string[];
  gender: Gender | null;
  /** Offset of the first mention. */
  first: number;
}

export interface Mention extends Span {
  entity: Entity;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const key = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\./g, '');

/** Find the entity a written name refers to ("Peskov", "Mr. Peskov", "Dmitry Peskov"). */
export function lookupName(entities: Entity[], name: string): Entity | null {
  const k = key(name.replace(/^(the)\s+/i, ''));
  for (const e of entities) for (const f of e.forms) if (key(f) === k) return e;
  const ws = words(name);
  const last = ws.at(-1)?.toLowerCase();
  if (last) {
    const hit = entities.find((e) => e.type === 'person' && [...e.forms].some((f) => words(f).at(-1)?.toLowerCase() === last));
    if (hit) return hit;
    if (ws.length === 1) {
      const byFirst = entities.find((e) => e.type === 'person' && words(e.name).length > 1 && words(e.name)[0]?.toLowerCase() === last);
      if (byFirst) return byFirst;
    }
  }
  return null;
}
