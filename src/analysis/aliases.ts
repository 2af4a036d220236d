// Merges the forms one actor takes in an article (Dmitry Peskov = Peskov = Mr. Peskov;
// North Atlantic Treaty Organization = NATO) and names it by its fullest form.
import type { Candidate } from './actors';
import { firstNameGender, type Gender, isKnownFirstName } from './nlp';
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

function initials(name: string): string {
  return words(name)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(of|and|for|the|in|on|&)$/i.test(w))
    .map((w) => w[0])
    .join('');
}

/** Build entities from candidates in text order; returns entities and every mention. */
export function buildEntities(cands: Candidate[]): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = [];
  const byForm = new Map<string, Entity>();
  const mentions: Mention[] = [];
  let nextId = 0;

  const create = (c: Candidate, type: ActorType): Entity => {
    const e: Entity = {
      id: nextId++,
      type,
      name: c.name,
      forms: new Set([c.name]),
      mentions: [],
      roles: [],
      gender: null,
      first: c.start,
    };
    entities.push(e);
    return e;
  };
  const addForm = (e: Entity, form: string) => {
    e.forms.add(form);
    if (!byForm.has(key(form))) byForm.set(key(form), e);
    if (words(form).length > words(e.name).length) e.name = form;
  };

  // Pass 1: multi-word names of known type create entities.
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const persons = () => entities.filter((e) => e.type === 'person');
  for (const c of sorted) {
    if (c.type === 'unknown') continue;
    const k = key(c.name);
    let e = byForm.get(k);
    if (e && e.type !== c.type && c.type === 'person' && e.type === 'place' && c.honorificGender === null && !c.role) e = undefined;
    if (!e && c.type === 'person') {
      const ws = words(c.name);
      if (ws.length === 1) {
        // "Peskov", "Mr Obama", "Fiona": surname or first name of a person already named.
        const w = ws[0]!.toLowerCase();
        e = persons().find((p) => [...p.forms].some((f) => words(f).length > 1 && words(f).at(-1)?.toLowerCase() === w));
        e ??= persons().find((p) => [...p.forms].some((f) => words(f).length > 1 && words(f)[0]?.toLowerCase() === w));
      } else {
        // "Hillary Clinton" after "Clinton": the longer form names the same person.
        const last = ws.at(-1)!.toLowerCase();
        const firstName = ws[0]!.toLowerCase();
        e = persons().find((p) => [...p.forms].every((f) => words(f).length === 1 && f.toLowerCase() === last));
        // "Fiona" before "Fiona Parry": a lone first name met its full name.
        e ??= persons().find((p) => [...p.forms].every((f) => words(f).length === 1 && f.toLowerCase() === firstName) && isKnownFirstName(firstName));
      }
    }
    if (!e && c.type === 'organization') {
      const ini = c.name.replace(/\./g, '');
      e = entities.find(
        (o) => o.type === 'organization' && (initials(o.name) === ini || initials(c.name) === o.name.replace(/\./g, '') ||
          // "Foreign Ministry" within "Russian Foreign Ministry"
          (words(o.name).length > words(c.name).length && key(o.name).endsWith(` ${key(c.name)}`)) ||
          (words(c.name).length > words(o.name).length && key(c.name).endsWith(` ${key(o.name)}`))),
      );
    }
    if (!e) e = create(c, c.type);
    addForm(e, c.name);
    if (c.written !== c.name && e.type === 'person') e.forms.add(c.written);
    if (c.role && !e.roles.includes(c.role)) e.roles.push(c.role);
    if (e.type === 'person' && !e.gender) e.gender = c.honorificGender ?? firstNameGender(words(c.name)[0] ?? '') ?? null;
    e.mentions.push({ start: c.start, end: c.end });
    mentions.push({ start: c.start, end: c.end, entity: e });
  }

  // Pass 2: unknown single words that are forms of a known actor ("Parata" after "Hori Parata").
  for (const c of sorted) {
    if (c.type !== 'unknown') continue;
    const k = key(c.name);
    let e = byForm.get(k);
    if (!e && words(c.name).length === 1) {
      const w = c.name.toLowerCase();
      e = persons()
        .filter((p) => p.first <= c.start || true)
        .find((p) => [...p.forms].some((f) => words(f).length > 1 && words(f).at(-1)?.toLowerCase() === w));
      if (!e && isKnownFirstName(c.name))
        e = persons().find((p) => [...p.forms].some((f) => words(f).length > 1 && words(f)[0]?.toLowerCase() === w));
    }
    if (!e) continue;
    addForm(e, c.name);
    e.mentions.push({ start: c.start, end: c.end });
    mentions.push({ start: c.start, end: c.end, entity: e });
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

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
