// Training data for the named-entity tagger: PolNeAR articles with CoreNLP's NER tags,
// re-tokenised with our tokenizer and labelled by character offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { begin, type EntityType, inside } from '../../src/analysis/ner/labels';
import { splitSentences } from '../../src/analysis/sentences';
import { type Token, tokenize } from '../../src/analysis/tokens';

/** CoreNLP's token: [start, end, POS, NER]. */
export type CoreNlpToken = [number, number, string, string];

/** CoreNLP's NER classes mapped to ours; everything else (MISC, DATE, NUMBER, …) is O. */
const CORENLP_TYPES: Readonly<Record<string, EntityType>> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  CITY: 'LOC',
  COUNTRY: 'LOC',
  STATE_OR_PROVINCE: 'LOC',
};

export interface LabelledSentence {
  tokens: Token[];
  labels: Uint8Array;
}

/**
 * BIO labels for our tokens from CoreNLP's (IO-tagged) tokens: a token takes the type of the
 * CoreNLP token covering its first character; it begins an entity unless the token before it
 * has the same type and CoreNLP's run continues across the gap between them.
 */
export function projectLabels(tokens: readonly Token[], corenlp: readonly CoreNlpToken[]): Uint8Array {
  const typeAt = (pos: number): { type: EntityType | null; k: number } => {
    let lo = 0;
    let hi = corenlp.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = corenlp[mid]!;
      if (pos < c[0]) hi = mid - 1;
      else if (pos >= c[1]) lo = mid + 1;
      else return { type: CORENLP_TYPES[c[3]] ?? null, k: mid };
    }
    return { type: null, k: -1 };
  };
  const out = new Uint8Array(tokens.length);
  let prev: { type: EntityType | null; k: number } = { type: null, k: -1 };
  tokens.forEach((t, i) => {
    const cur = typeAt(t.start);
    if (cur.type) {
      // Same run when every CoreNLP token from the previous one to this one has this type.
      let same = prev.type === cur.type && i > 0;
      for (let k = prev.k + 1; same && k < cur.k; k++) if (CORENLP_TYPES[corenlp[k]![3]] !== cur.type) same = false;
      out[i] = same ? inside(cur.type) : begin(cur.type);
    }
    prev = cur;
  });
  return out;
}

/** Sentences of one article text (paragraphs are separated by blank lines), tokenised. */
export function articleSentences(text: string): Token[][] {
  const out: Token[][] = [];
  const para = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = para.exec(text); m; m = para.exec(text)) {
    for (const s of splitSentences(text, m.index, m.index + m[0].length, () => false)) {
      const toks = tokenize(text, s.start, s.end);
      if (toks.length) out.push(toks);
    }
  }
  return out;
}

export interface TrainingDocument {
  name: string;
  sentences: LabelledSentence[];
}

/** Every PolNeAR article of a folder that carries CoreNLP tokens, in file-name order. */
export function readPolnear(dir: string): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.attr.json')).sort()) {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; corenlp?: { tokens?: CoreNlpToken[] } | null };
    const cn = d.corenlp?.tokens;
    if (!cn?.length) continue;
    docs.push({ name: f, sentences: articleSentences(d.text).map((tokens) => ({ tokens, labels: projectLabels(tokens, cn) })) });
  }
  return docs;
}
