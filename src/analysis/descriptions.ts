// Descriptions as speakers ("the Kremlin spokesman", "the conservation department"):
// matched to an actor through the roles the article gave it, or left unnamed.
import type { Entity, Mention } from './aliases';
import { ORG_SUFFIXES } from './lexicons/organizations';

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'its', 'his', 'her', 'their', 'former', 'current', 'new', 'then', 'now']);
const contentWords = (s: string) =>
  s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}.-]+/u).filter((w) => w && !STOP.has(w));

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
  const lastMentionBefore = (e: Entity) => {
    let last = -1;
    for (const m of e.mentions) if (m.start < pos) last = m.start;
    return last;
  };
  if (ORG_SUFFIXES.has(head) || head === 'government' || head === 'administration') {
    // "the conservation department" → "New Zealand Department of Conservation"
    const orgs = entities.filter((e) => e.type === 'organization' && words.every((w) => contentWords([...e.forms].join(' ')).includes(w)));
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
  for (const m of mentions) {
    if (m.start >= pos) break;
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
