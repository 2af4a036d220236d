// The rule-based actor finder (compromise + lists), kept behind the same entry point the
// learned tagger takes: sentences in, entities and their mentions out.
import { findCandidates } from './actors';
import { buildEntities, type Entity, type Mention } from './aliases';
import type { Sentence } from './document';
import { appositionAfter, knownNames, type PhraseDoc, roleBefore } from './noun-phrases';
import type { TextBlock } from './types';

export interface ActorInput {
  text: string;
  blocks: TextBlock[];
  sentences: Sentence[];
  inQuote: (pos: number) => boolean;
  /** Quotations as spans: a name that is a whole quotation is a nickname, not a mention. */
  quotes?: readonly { start: number; end: number }[];
}

export function findActors(input: ActorInput): { entities: Entity[]; mentions: Mention[] } {
  const { text, blocks, sentences } = input;
  const quotedWhole = new Set((input.quotes ?? []).map((q) => `${q.start}:${q.end}`));
  const cands = sentences
    .flatMap((s) => findCandidates(s.tokens, text, blocks[s.block]!.kind === 'heading'))
    .filter((c) => !quotedWhole.has(`${c.start}:${c.end}`));
  const { entities, mentions } = buildEntities(cands);
  collectRoles(sentences, mentions, { text, known: knownNames(mentions) });
  return { entities, mentions };
}

/** Roles written around person mentions: "Kremlin spokesman Dmitry Peskov", "Ryabkov, deputy minister,". */
function collectRoles(sentences: Sentence[], mentions: Mention[], d: PhraseDoc): void {
  let si = 0;
  for (const m of mentions) {
    if (m.entity.type !== 'person') continue;
    while (si < sentences.length && sentences[si]!.end <= m.start) si++;
    const s = sentences[si];
    if (!s) break;
    const a = s.tokens.findIndex((t) => t.start === m.start);
    if (a < 0) continue;
    let b = a;
    while (b + 1 < s.tokens.length && s.tokens[b + 1]!.start < m.end) b++;
    const before = roleBefore(s.tokens, a, d);
    const after = appositionAfter(s.tokens, b, d);
    for (const r of [before, after?.role]) if (r && !m.entity.roles.includes(r)) m.entity.roles.push(r);
  }
}
