// Descriptions as speakers ("the Kremlin spokesman", "the conservation department"):
// matched to an actor through the roles the article gave it, or left unnamed.
import type { Entity, Mention } from './aliases';
import { INSTITUTION_HEADS } from './lexicons/description-heads';
import { ORG_SUFFIXES } from './lexicons/organizations';
import { isDemonym, isKnownPlace } from './nlp';
import { stripPossessive } from './tokens';

const DETERMINERS = new Set(['a', 'an', 'one', 'some', 'another', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'its', 'his', 'her', 'their', 'former', 'current', 'new', 'then', 'now']);
const contentWords = (s: string) =>
  s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}.-]+/u).filter((w) => w && !STOP.has(w));

/** "production" ~ "productions", "conservation" = "conservation": one word, inflected. */
const sameStem = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 2);

const isPlural = (w: string) => /[^s]s$/.test(w) && !/(ss|us|is)$/.test(w);

/**
 * Resolve a definite description at `pos` to an actor, or null. Backwards first
 * (an earlier apposition); then forwards within `aheadLimit` (a lede that names
 * its speaker in the next paragraph).
 */
export function resolveDescription(
  desc: string,
  pos: number,
  entities: Entity[],
  mentions: Mention[],
  aheadLimit: number,
): Entity | null {
  const words = contentWords(desc);
  const head = words[words.length - 1];
  if (!head || isPlural(head)) return null;
  // Binary search: an actor may have thousands of mentions in a long page.
  const lastMentionBefore = (e: Entity) => {
    let lo = 0;
    let hi = e.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (e.mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? e.mentions[lo - 1]!.start : -1;
  };
  if (ORG_SUFFIXES.has(head) || head === 'government' || head === 'administration') {
    // "the conservation department" → "New Zealand Department of Conservation"
    // "the production company" → "… Productions": every modifier shares a stem with the name;
    // a bare "the company" only matches a name with that word.
    const modifiers = words.slice(0, -1);
    const names = (e: Entity) => contentWords([...e.forms].join(' '));
    const orgs = entities.filter((e) => {
      if (e.type !== 'organization') return false;
      const ws = names(e);
      return modifiers.length ? modifiers.every((w) => ws.some((n) => sameStem(w, n))) : ws.includes(head);
    });
    orgs.sort((a, b) => lastMentionBefore(b) - lastMentionBefore(a));
    return orgs[0] ?? null;
  }
  const byRole = (e: Entity) => e.type === 'person' && e.roles.some((r) => contentWords(r).includes(head));
  const before = entities.filter((e) => byRole(e) && lastMentionBefore(e) >= 0);
  before.sort((a, b) => lastMentionBefore(b) - lastMentionBefore(a));
  if (before[0]) return before[0];
  const after = mentions.find((m) => m.start > pos && m.start <= aheadLimit && byRole(m.entity));
  return after?.entity ?? null;
}

/** The person the article is about so far: most mentions before `pos` (at least two). */
export function mostSalientPerson(pos: number, mentions: Mention[], desc = ''): Entity | null {
  const head = contentWords(desc).at(-1) ?? '';
  const gender = /(man|king|prince|father|son|husband|brother)$/.test(head) ? 'm' : /(woman|queen|princess|mother|daughter|wife|sister|actress)$/.test(head) ? 'f' : null;
  const counts = new Map<Entity, number>();
  // The last few hundred mentions say who the article is about by now; a bound keeps long pages linear.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(0, lo - 300); k < lo; k++) {
    const m = mentions[k]!;
    if (m.entity.type !== 'person') continue;
    if (gender && m.entity.gender && m.entity.gender !== gender) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | null = null;
  let n = 1;
  for (const [e, c] of counts) if (c > n) [best, n] = [e, c];
  return best;
}

const PERSON_HEADS = /^(president|nominee|candidate|businessman|businesswoman|mogul|billionaire|senator|governor|mayor|secretary|minister|leader|chairman|chairwoman|executive|ceo|founder|star|actor|actress|singer|tycoon|congressman|congresswoman|lawmaker|premier|chancellor|king|queen|prince|princess|pope|general|commander|coach|author|veteran|activist|politician|official|spokesman|spokeswoman|spokesperson)$/;

/** A singular, definite description of a person ("the Republican nominee"). */
export function isPersonDescription(desc: string): boolean {
  const words = contentWords(desc);
  const head = words[words.length - 1] ?? '';
  return /^the\s/i.test(desc.trim()) && PERSON_HEADS.test(head);
}

/**
 * "the French foreign ministry", "Russia's embassy": a country or nationality before an
 * institution's head names one body, which the reader can look up — an organization, not
 * an unnamed source. Returns its name as written without the article, or null.
 */
export function institutionName(desc: string): string | null {
  const ws = desc.trim().split(/\s+/);
  if (/^the$/i.test(ws[0] ?? '')) ws.shift();
  if (ws.length < 2 || ws.length > 5) return null;
  const head = ws.at(-1)!.toLowerCase();
  if (!INSTITUTION_HEADS.has(head)) return null;
  const modifiers = ws.slice(0, -1);
  if (modifiers.some((w) => DETERMINERS.has(w.toLowerCase()))) return null;
  const national = modifiers.some((w) => {
    const bare = stripPossessive(w);
    return /^\p{Lu}/u.test(w) && (isDemonym(bare) || isKnownPlace(bare));
  });
  return national ? ws.join(' ') : null;
}
