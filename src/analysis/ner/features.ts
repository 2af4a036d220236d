// Features of each token for the named-entity tagger: the word, its shape and affixes, its
// neighbours, its place in the sentence, whether the document also writes it in lower case,
// and lexicon membership. Strings here; the model hashes them.
import type { Token } from '../tokens';
import type { ClusterIndex } from './clusters';
import { lexiconTags } from './lexicon-match';

export interface FeatureOptions {
  /** Lexicon membership features (off to measure the tagger alone). */
  lexicons: boolean;
  /** Membership of the place gazetteer (countries in five languages, large cities). */
  gazetteer?: boolean;
  /** Word clusters of the word and its neighbours, when the model has them. */
  clusters?: ClusterIndex | null;
}

/** What the whole document says about words: which ones it writes in lower case. */
export interface DocumentContext {
  lowerForms: ReadonlySet<string>;
}

const LOWER_LETTER = /\p{Ll}/u;

export function documentContext(sentences: readonly (readonly Token[])[]): DocumentContext {
  const lowerForms = new Set<string>();
  for (const toks of sentences)
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.word && !t.cap && LOWER_LETTER.test(t.text[0]!)) lowerForms.add(t.lower);
    }
  return { lowerForms };
}

/** "Peskov" → "Xx", "NATO" → "X", "U.S." → "X.X.", "2016" → "d", "al-Qaeda" → "x-Xx". */
export function shape(w: string): string {
  let out = '';
  let prev = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by code (the common case, and fast); everything else by Unicode class.
    const c =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X'
      : /\p{Ll}|\p{M}/u.test(ch) ? 'x'
      : /\p{N}/u.test(ch) ? 'd'
      : ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

const OPENERS = /^["“‘'([:—–-]$/;

/** True when the token starts its sentence, or follows an opening quote, bracket, colon or dash. */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const p = tokens[i - 1]!;
  return !p.word && OPENERS.test(p.text);
}

const wordAt = (tokens: readonly Token[], i: number): string =>
  i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i]!.lower;

/**
 * Receives feature `prefix + value + more…` of token i (the parts after `value` are optional, and
 * given only when present); split so a hashing sink need not build the string.
 */
export type FeatureSink = (i: number, prefix: string, value: string, more1?: string, more2?: string, more3?: string, more4?: string) => void;

const POSSESSIVE = /['’]s$/;

/**
 * Prefixes of the features that depend on the token's text alone, not on its neighbours or the
 * document: the tagger scores them once per distinct word of an article.
 */
export const WORD_ONLY_PREFIXES: ReadonlySet<string> = new Set(['b', 'w=', 's=', 'p3=', 'x3=', 'x4=', 'x2=', 'c=', 'poss', 'cl=', 'cc=']);

const CLUSTER_IDS = Array.from({ length: 256 }, (_, i) => String(i));

/**
 * Every feature of every token of one sentence, given to `emit`; for a token where `known(i)` is
 * true, the features with a WORD_ONLY_PREFIXES prefix are left out (the sink has their scores).
 */
export function visitFeatures(tokens: readonly Token[], doc: DocumentContext, opts: FeatureOptions, emit: FeatureSink, known?: (i: number) => boolean): void {
  const lex = opts.lexicons ? lexiconTags(tokens, { gazetteer: opts.gazetteer }) : null;
  const shapes = tokens.map((t) => shape(t.text));
  const shapeAt = (i: number): string => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : shapes[i]!);
  const clusters = opts.clusters;
  const cl = clusters ? tokens.map((t) => clusters.get(t.text) ?? -1) : null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const l = t.lower;
    const sh = shapes[i]!;
    const word = !known?.(i);
    if (word) {
      emit(i, 'b', '');
      emit(i, 'w=', l);
      emit(i, 's=', sh);
    }
    emit(i, 'w-1=', wordAt(tokens, i - 1));
    emit(i, 'w+1=', wordAt(tokens, i + 1));
    emit(i, 'w-2=', wordAt(tokens, i - 2));
    emit(i, 'w+2=', wordAt(tokens, i + 2));
    emit(i, 's-1=', shapeAt(i - 1));
    emit(i, 's+1=', shapeAt(i + 1));
    emit(i, 's-1s+1=', shapeAt(i - 1), '|', sh, '|', shapeAt(i + 1));
    emit(i, 'w-1w=', wordAt(tokens, i - 1), '|', l);
    emit(i, 'ww+1=', l, '|', wordAt(tokens, i + 1));
    if (t.word) {
      const n = l.length;
      if (word && n > 3) {
        emit(i, 'p3=', l.slice(0, 3));
        emit(i, 'x3=', l.slice(-3));
      }
      if (word && n > 4) emit(i, 'x4=', l.slice(-4));
      if (word && n > 2) emit(i, 'x2=', l.slice(-2));
      if (t.cap) {
        const init = sentenceInitial(tokens, i);
        emit(i, init ? 'init-cap' : 'mid-cap', '');
        if (word) emit(i, 'c=', t.text);
        if (doc.lowerForms.has(l.replace(POSSESSIVE, ''))) emit(i, init ? 'lower-elsewhere-init' : 'lower-elsewhere', '');
      }
      if (word && POSSESSIVE.test(l)) emit(i, 'poss', '');
    }
    if (cl) {
      const c = cl[i]!;
      if (word && c >= 0) {
        emit(i, 'cl=', CLUSTER_IDS[c & 255]!);
        emit(i, 'cc=', CLUSTER_IDS[c >> 8]!);
      }
      const p = i > 0 ? cl[i - 1]! : -1;
      const n = i + 1 < tokens.length ? cl[i + 1]! : -1;
      if (p >= 0) emit(i, 'cl-1=', CLUSTER_IDS[p & 255]!);
      if (n >= 0) emit(i, 'cl+1=', CLUSTER_IDS[n & 255]!);
    }
    if (lex) {
      for (const x of lex[i]!) emit(i, 'L=', x);
      if (i > 0) for (const x of lex[i - 1]!) emit(i, 'L-1=', x);
      if (i + 1 < tokens.length) for (const x of lex[i + 1]!) emit(i, 'L+1=', x);
      if (t.cap) for (const x of lex[i]!) emit(i, 'L=', x, '|cap');
    }
  }
}

/** Feature strings for every token of one sentence. */
export function sentenceFeatures(tokens: readonly Token[], doc: DocumentContext, opts: FeatureOptions): string[][] {
  const out: string[][] = tokens.map(() => []);
  visitFeatures(tokens, doc, opts, (i, prefix, value, more1, more2, more3, more4) => out[i]!.push(prefix + value + (more1 ?? '') + (more2 ?? '') + (more3 ?? '') + (more4 ?? '')));
  return out;
}
