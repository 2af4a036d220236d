// Tags every sentence of one document with one shared document context: the entry point the
// actors stage and the scorers share, so what is judged is what runs. Then one name, one type:
// the tagger reads a sentence at a time and may type "Kroger" ORG in one and PER in another; the
// mentions of the same written name vote, and a clear majority retypes the rest. A name (or a
// person's surname) the document tags somewhere and leaves untagged elsewhere is tagged there
// too, unless the document also writes it in lower case.
import type { Token } from '../tokens';
import { type DocumentContext, documentContext } from './features';
import type { EntityType, TaggedSpan } from './labels';
import type { NerModel } from './model';
import { tagSentence } from './tagger';

export interface TagDocumentOptions {
  /** The vote across mentions of one name (off to measure the tagger alone). */
  consistency?: boolean;
  /** Sentences that cannot hold a name are left untagged (they still inform the document context). */
  skip?: (tokens: readonly Token[]) => boolean;
  /** The document context when the caller has made it already. */
  context?: DocumentContext;
}

const POSSESSIVE = /['’]s$/;

const nameOf = (tokens: readonly Token[], s: TaggedSpan): string =>
  tokens
    .slice(s.from, s.to)
    .map((t) => t.text)
    .join(' ')
    .replace(POSSESSIVE, '');

export function tagDocument(model: NerModel, sentences: readonly (readonly Token[])[], opts: TagDocumentOptions = {}): TaggedSpan[][] {
  const doc = opts.context ?? documentContext(sentences);
  const spans = sentences.map((s) => (opts.skip?.(s) ? [] : tagSentence(model, s, doc)));
  if (opts.consistency === false) return spans;
  const votes = new Map<string, Map<EntityType, number>>();
  spans.forEach((ss, k) => {
    for (const s of ss) {
      const name = nameOf(sentences[k]!, s);
      const v = votes.get(name) ?? new Map<EntityType, number>();
      v.set(s.type, (v.get(s.type) ?? 0) + 1);
      votes.set(name, v);
    }
  });
  const winner = new Map<string, EntityType>();
  for (const [name, v] of votes) {
    const ranked = [...v].sort((a, b) => b[1] - a[1]);
    // A clear majority only: a tie says the name is ambiguous in this document, and stays so.
    if (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) winner.set(name, ranked[0]![0]);
  }
  // Surnames of people named in full, where the surname is not itself a name of another type.
  const known = new Map(winner);
  for (const [name, type] of winner) {
    const parts = name.split(' ');
    if (type === 'PER' && parts.length > 1 && !known.has(parts.at(-1)!)) known.set(parts.at(-1)!, 'PER');
  }
  const retyped = spans.map((ss, k) =>
    ss.map((s) => {
      const w = winner.get(nameOf(sentences[k]!, s));
      return w && w !== s.type ? { ...s, type: w } : s;
    }),
  );
  return retyped.map((ss, k) => (opts.skip?.(sentences[k]!) ? ss : withMissed(sentences[k]!, ss, known, doc)));
}

const MAX_NAME = 4;

/** The sentence's spans, plus every untagged run of capitalised words that is a known name. */
function withMissed(tokens: readonly Token[], spans: TaggedSpan[], known: ReadonlyMap<string, EntityType>, doc: DocumentContext): TaggedSpan[] {
  if (!known.size) return spans;
  const taken = new Uint8Array(tokens.length);
  for (const s of spans) taken.fill(1, s.from, s.to);
  const added: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokens[i]!.cap || doc.lowerForms.has(tokens[i]!.lower)) continue;
    // Longest first: shorten from the right until a known name remains.
    for (let j = Math.min(tokens.length, i + MAX_NAME); j > i; j--) {
      if (taken.subarray(i, j).some((x) => x)) continue;
      const form = tokens
        .slice(i, j)
        .map((t) => t.text)
        .join(' ')
        .replace(POSSESSIVE, '');
      const type = known.get(form);
      if (!type) continue;
      added.push({ type, from: i, to: j });
      i = j - 1;
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.from - b.from) : spans;
}
