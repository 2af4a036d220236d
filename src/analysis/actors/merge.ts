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
  /** Position in creation order: where a scan of every cluster would have met it. */
  order: number;
  mentions: RawMention[];
  forms: Set<string>;
  votes: Record<EntityType, number>;
}

const type = (c: Cluster): EntityType => {
  const { PER, ORG, LOC } = c.votes;
  return PER >= ORG && PER >= LOC ? 'PER' : ORG >= LOC ? 'ORG' : 'LOC';
};

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
  /** Clusters by a word of their forms of two words or more (lower case): the last, the first. */
  byLastWord: Map<string, Cluster[]>;
  byFirstWord: Map<string, Cluster[]>;
  /** Clusters by the initials of their forms of two words or more ("FBI"). */
  byInitials: Map<string, Cluster[]>;
  /** Clusters by their acronym forms, dots dropped. */
  byAcronym: Map<string, Cluster[]>;
  /** Clusters by their forms of two words or more (as keys), and by every end of those after a space. */
  byMultiWordKey: Map<string, Cluster[]>;
  bySuffix: Map<string, Cluster[]>;
  /** Forms added since the word indexes above were last brought up to date: many pages never ask them. */
  pending: [Cluster, string][];
}

/** A cluster listed twice under one key does no harm (the lookups take the first by order), so no check. */
function addTo(map: Map<string, Cluster[]>, k: string, c: Cluster): void {
  const list = map.get(k);
  if (!list) map.set(k, [c]);
  else if (list.at(-1) !== c) list.push(c);
}

/** Bring the word indexes up to date before a lookup in them. */
function flush(index: ClusterIndex): ClusterIndex {
  for (const [c, f] of index.pending) indexForm(index, c, f);
  index.pending.length = 0;
  return index;
}

/** Index a form new to its cluster, for the lookups that once scanned every cluster. */
function indexForm(index: ClusterIndex, c: Cluster, f: string): void {
  const ws = words(f);
  if (ws.length > 1) {
    addTo(index.byLastWord, ws.at(-1)!.toLowerCase(), c);
    addTo(index.byFirstWord, ws[0]!.toLowerCase(), c);
    addTo(index.byInitials, initials(f), c);
    const kf = key(f);
    addTo(index.byMultiWordKey, kf, c);
    for (let i = kf.indexOf(' '); i >= 0; i = kf.indexOf(' ', i + 1)) addTo(index.bySuffix, kf.slice(i + 1), c);
  }
  if (isAcronym(f)) addTo(index.byAcronym, f.replace(/\./g, ''), c);
}

/** The first cluster in creation order among `lists` that passes `ok`. */
function firstOf(lists: (Cluster[] | undefined)[], ok: (c: Cluster) => boolean): Cluster | undefined {
  let best: Cluster | undefined;
  for (const list of lists) if (list) for (const c of list) if ((!best || c.order < best.order) && ok(c)) best = c;
  return best;
}

/** The name without the place or nationality it starts with: "Indiana Statehouse" → "Statehouse". */
export function placelessName(name: string): string | null {
  const ws = words(name);
  return ws.length > 1 && (isKnownPlace(ws[0]!) || isDemonym(ws[0]!)) && !isKnownPlace(name) ? ws.slice(1).join(' ') : null;
}

/** The cluster a mention belongs to, if any. */
function findCluster(index: ClusterIndex, m: RawMention): Cluster | undefined {
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
    if (mayBePerson || isAcronym(m.name)) flush(index);
    if (mayBePerson) {
      // The first person with a fuller form ending (or else starting) with this word.
      const bySurname = firstOf([index.byLastWord.get(w)], (c) => type(c) === 'PER');
      if (bySurname) return bySurname;
      if (m.type === 'PER' || isKnownFirstName(w)) {
        const byFirst = firstOf([index.byFirstWord.get(w)], (c) => type(c) === 'PER');
        if (byFirst) return byFirst;
      }
    }
    if (isAcronym(m.name)) {
      const full = firstOf([index.byInitials.get(m.name.replace(/\./g, ''))], (c) => type(c) !== 'PER');
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
  flush(index);
  const ini = initials(m.name);
  const k = key(m.name);
  const lists = [ini.length > 1 ? index.byAcronym.get(ini) : undefined];
  if (m.type === 'ORG') {
    // A form that ends with this name after a space, or that this name ends with after a space.
    lists.push(index.bySuffix.get(k));
    for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) lists.push(index.byMultiWordKey.get(k.slice(i + 1)));
  }
  return firstOf(lists, (c) => type(c) !== 'PER');
}

/** Actors and their mentions in text order; heading mentions only join actors named in the body. */
export function mergeMentions(raw: readonly RawMention[]): { entities: Entity[]; mentions: Mention[] } {
  const clusters: Cluster[] = [];
  const byForm = new Map<string, Cluster>();
  const byShortName = new Map<string, Cluster>();
  const byPlaceless = new Map<string, Cluster>();
  const index: ClusterIndex = { byForm, byShortName, byPlaceless, byLastWord: new Map(), byFirstWord: new Map(), byInitials: new Map(), byAcronym: new Map(), byMultiWordKey: new Map(), bySuffix: new Map(), pending: [] };
  const assigned: [RawMention, Cluster][] = [];
  const sorted = [...raw].sort((a, b) => Number(a.heading) - Number(b.heading) || a.start - b.start);
  for (const m of sorted) {
    let c = findCluster(index, m);
    if (!c) {
      // Title case misleads the tagger: a heading creates an actor only when general knowledge agrees.
      if (m.heading && !(m.type === 'ORG' ? isKnownOrganization(m.name) : m.type === 'LOC' && isKnownPlace(m.name))) continue;
      c = { order: clusters.length, mentions: [], forms: new Set(), votes: { PER: 0, ORG: 0, LOC: 0 } };
      clusters.push(c);
    }
    c.mentions.push(m);
    if (!c.forms.has(m.name)) {
      c.forms.add(m.name);
      index.pending.push([c, m.name]);
    }
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
