// Mentions to actors: aliases merged across the article (same form; surname or first name of
// a fuller name; acronym and full name, "Federal Bureau of Investigation" = "FBI"; a name
// within a longer one, "Foreign Ministry" in "Russian Foreign Ministry"), one type per actor
// by vote over its mentions, and the fullest form as its name.
import type { Entity, Mention } from '../aliases';
import { ORG_SUFFIXES } from '../lexicons/organizations';
import { PLACE_SUFFIXES } from '../lexicons/places';
import type { EntityType } from '../ner/labels';
import { firstNameGender, isDemonym, isKnownFirstName, isKnownOrganization, isKnownPlace } from '../nlp';
import type { ActorType } from '../types';
import type { RawMention } from './mentions';

const TYPE_NAMES: Record<EntityType, ActorType> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const key = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\./g, '');
const CONNECTIVES = /^(of|and|for|the|in|on|at|to|de|du|des|la|le|&)$/i;

/** "People's Liberation Army" → "PLA"; "Federal Bureau of Investigation" → "FBI". */
export function initials(name: string): string {
  return words(name.replace(/-/g, ' '))
    .filter((w) => !CONNECTIVES.test(w) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** "FBI", "U.N.", "NATO": written in capitals with at most seven letters. */
export function isAcronym(name: string): boolean {
  const bare = name.replace(/\./g, '');
  return /^[\p{Lu}&]{2,7}$/u.test(bare) && !/\s/.test(name);
}

interface Cluster {
  mentions: RawMention[];
  forms: Set<string>;
  votes: Record<EntityType, number>;
}

const type = (c: Cluster): EntityType => {
  const { PER, ORG, LOC } = c.votes;
  return PER >= ORG && PER >= LOC ? 'PER' : ORG >= LOC ? 'ORG' : 'LOC';
};
const multiWordForms = (c: Cluster) => [...c.forms].filter((f) => words(f).length > 1);

function vote(c: Cluster, m: RawMention): void {
  // A title or honorific makes a person; a longer name says more about its type than a surname.
  c.votes[m.type] += words(m.name).length > 1 ? 2 : 1;
  if (m.titled && m.type === 'PER') c.votes.PER += 2;
  // The words around the name ("the X group", "eastern X") count as much as general knowledge.
  if (m.cue) c.votes[m.cue] += 3;
  // What general knowledge says of the name weighs as much as a few mentions, no more.
  const last = words(m.name).at(-1)!.toLowerCase();
  if (isKnownPlace(m.name)) c.votes.LOC += 3;
  else if (isKnownOrganization(m.name)) c.votes.ORG += 3;
  else if (words(m.name).length > 1 && ORG_SUFFIXES.has(last)) c.votes.ORG += 3;
  else if (words(m.name).length > 1 && PLACE_SUFFIXES.has(last)) c.votes.LOC += 3;
}

/**
 * The short names of an organisation's name: "Big Machine" of "Big Machine Records" and of
 * "Big Machine Label Group" (the same name with only organisation words after it). "Hong Kong"
 * of "Hong Kong police" is the place the body is named for, not a short name.
 */
export function shortOrgNames(name: string): string[] {
  const ws = words(name);
  const out: string[] = [];
  for (let k = ws.length - 1; k >= 1 && ORG_SUFFIXES.has(ws[k]!.toLowerCase()); k--) {
    const short = ws.slice(0, k).join(' ');
    if (!isKnownPlace(short)) out.push(short);
  }
  return out;
}

/** Clusters by form, by the short names of their organisation forms, and by their names without a place before them. */
interface ClusterIndex {
  byForm: Map<string, Cluster>;
  byShortName: Map<string, Cluster>;
  /** "Statehouse" of "Indiana Statehouse", "Foreign Ministry" of "Russian Foreign Ministry". */
  byPlaceless: Map<string, Cluster>;
}

/** The name without the place or nationality it starts with: "Indiana Statehouse" → "Statehouse". */
export function placelessName(name: string): string | null {
  const ws = words(name);
  return ws.length > 1 && (isKnownPlace(ws[0]!) || isDemonym(ws[0]!)) && !isKnownPlace(name) ? ws.slice(1).join(' ') : null;
}

/** The cluster a mention belongs to, if any. */
function findCluster(clusters: readonly Cluster[], index: ClusterIndex, m: RawMention): Cluster | undefined {
  const { byForm } = index;
  const exact = byForm.get(key(m.name));
  if (exact) return exact;
  // Map lookups, not a scan of every cluster: a page listing thousands of names stays linear.
  const longer = index.byShortName.get(key(m.name));
  if (longer && type(longer) !== 'LOC') return longer;
  if (m.type !== 'PER') {
    for (const s of shortOrgNames(m.name)) {
      const shorter = byForm.get(key(s));
      if (shorter && type(shorter) !== 'LOC') return shorter;
    }
  }
  const ws = words(m.name);
  const lower = ws.map((w) => w.toLowerCase());
  if (m.type !== 'PER') {
    const placed = index.byPlaceless.get(key(m.name));
    if (placed && type(placed) !== 'PER') return placed;
  }
  if (ws.length === 1) {
    const w = lower[0]!;
    // A single word that is also a known place or organisation names a person only when tagged so.
    const mayBePerson = m.type === 'PER' || !(isKnownPlace(w) || isKnownOrganization(w));
    if (mayBePerson) {
      const people = clusters.filter((c) => type(c) === 'PER');
      const bySurname = people.find((c) => multiWordForms(c).some((f) => words(f).at(-1)!.toLowerCase() === w));
      if (bySurname) return bySurname;
      if (m.type === 'PER' || isKnownFirstName(w)) {
        const byFirst = people.find((c) => multiWordForms(c).some((f) => words(f)[0]!.toLowerCase() === w));
        if (byFirst) return byFirst;
      }
    }
    if (isAcronym(m.name)) {
      const bare = m.name.replace(/\./g, '');
      const full = clusters.find((c) => type(c) !== 'PER' && [...c.forms].some((f) => words(f).length > 1 && initials(f) === bare));
      if (full) return full;
    }
    return undefined;
  }
  if (m.type === 'PER') {
    // "Hillary Clinton" after "Clinton" (or after "Hillary"): the fuller form of a person met before.
    const last = lower.at(-1)!;
    const first = lower[0]!;
    // By map, not by scanning every cluster: the one whose every form is that one word.
    const singleWord = (c: Cluster | undefined, w: string) => c !== undefined && [...c.forms].every((f) => words(f).length === 1 && f.toLowerCase() === w);
    const bySurname = byForm.get(key(last));
    if (singleWord(bySurname, last)) return bySurname;
    const byFirst = isKnownFirstName(first) ? byForm.get(key(first)) : undefined;
    if (singleWord(byFirst, first)) return byFirst;
    return undefined;
  }
  // An organisation's acronym met before its full name, or its name within a longer one.
  const ini = initials(m.name);
  const k = key(m.name);
  return clusters.find(
    (c) =>
      type(c) !== 'PER' &&
      [...c.forms].some((f) => {
        if (isAcronym(f)) return ini.length > 1 && f.replace(/\./g, '') === ini;
        if (m.type !== 'ORG' || words(f).length < 2) return false;
        const kf = key(f);
        return kf.endsWith(` ${k}`) || k.endsWith(` ${kf}`);
      }),
  );
}

/** Actors and their mentions in text order; heading mentions only join actors named in the body. */
export function mergeMentions(raw: readonly RawMention[]): { entities: Entity[]; mentions: Mention[] } {
  const clusters: Cluster[] = [];
  const byForm = new Map<string, Cluster>();
  const byShortName = new Map<string, Cluster>();
  const byPlaceless = new Map<string, Cluster>();
  const index: ClusterIndex = { byForm, byShortName, byPlaceless };
  const assigned: [RawMention, Cluster][] = [];
  const sorted = [...raw].sort((a, b) => Number(a.heading) - Number(b.heading) || a.start - b.start);
  for (const m of sorted) {
    let c = findCluster(clusters, index, m);
    if (!c) {
      // Title case misleads the tagger: a heading creates an actor only when general knowledge agrees.
      if (m.heading && !(m.type === 'ORG' ? isKnownOrganization(m.name) : m.type === 'LOC' && isKnownPlace(m.name))) continue;
      c = { mentions: [], forms: new Set(), votes: { PER: 0, ORG: 0, LOC: 0 } };
      clusters.push(c);
    }
    c.mentions.push(m);
    c.forms.add(m.name);
    if (!byForm.has(key(m.name))) byForm.set(key(m.name), c);
    for (const short of shortOrgNames(m.name)) if (!byShortName.has(key(short))) byShortName.set(key(short), c);
    const placeless = m.type === 'PER' ? null : placelessName(m.name);
    if (placeless && !byPlaceless.has(key(placeless))) byPlaceless.set(key(placeless), c);
    vote(c, m);
    assigned.push([m, c]);
  }

  const entities = new Map<Cluster, Entity>();
  let id = 0;
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    const t = TYPE_NAMES[type(c)];
    // The fullest form: most words, then the first written.
    const name = c.mentions.map((m) => m.name).reduce((best, n) => (words(n).length > words(best).length ? n : best));
    const forms = new Set([name, ...c.mentions.map((m) => m.name)]);
    if (t === 'person') for (const m of c.mentions) if (m.written !== m.name) forms.add(m.written);
    const roles: string[] = [];
    for (const m of c.mentions) if (m.role && !roles.includes(m.role)) roles.push(m.role);
    const honorific = c.mentions.find((m) => m.honorific)?.honorific ?? null;
    const gender = t !== 'person' ? null : (honorific ?? (words(name).length > 1 ? firstNameGender(words(name)[0]!) : null));
    entities.set(c, {
      id: id++,
      type: t,
      name,
      forms,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end })),
      roles,
      gender,
      first: c.mentions[0]!.start,
    });
  }
  const mentions: Mention[] = assigned.map(([m, c]) => ({ start: m.start, end: m.end, entity: entities.get(c)! })).sort((a, b) => a.start - b.start);
  return { entities: [...entities.values()].sort((a, b) => a.first - b.first), mentions };
}
