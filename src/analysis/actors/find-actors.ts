// The named actors of an article: the tagger reads each body sentence, its spans become
// clean mentions, and mentions merge into actors. Pure: the model is decoded once at load
// and never changes; everything else lives in the call.
import { documentContext } from '../ner/features';
import type { NerModel } from '../ner/model';
import { nerModelLoaded, votesAcrossMentions } from '../ner/models';
import { supportedLanguage } from '../lang/codes';
import { tagDocument } from '../ner/tag-document';
import type { Entity, Mention } from '../aliases';
import type { Token } from '../tokens';
import type { TextBlock } from '../types';
import { creditRanges, isBodyBlock } from './body';
import { mergeMentions } from './merge';
import { mayHoldName, mentionsOf, type RawMention } from './mentions';
import { withCuedSpans } from './type-cues';

export interface ActorInput {
  text: string;
  blocks: TextBlock[];
  sentences: { start: number; end: number; block: number; tokens: Token[] }[];
  /** True inside a quotation: a name that is a whole quotation is a nickname, not a mention. */
  inQuote: (pos: number) => boolean;
  /**
   * The article's language (default English). A language with no tagger gets no actors rather
   * than wrong ones; for any but English the caller first awaits `loadNerModel(lang)`.
   */
  lang?: string;
}

/** The tagger for the article's language ("fr-CA" → French), null when the language has none. */
function modelFor(lang: string): NerModel | null {
  const code = supportedLanguage(lang);
  if (!code) return null;
  const model = nerModelLoaded(code);
  if (!model) throw new Error(`the ${code} NER model is not loaded: await loadNerModel('${code}') before analysing`);
  return model;
}

export function findActors(input: ActorInput, given?: NerModel): { entities: Entity[]; mentions: Mention[] } {
  const { text, blocks, sentences, inQuote } = input;
  const model = given ?? modelFor(input.lang ?? 'en');
  if (!model) return { entities: [], mentions: [] };
  const body = blocks.map((b) => isBodyBlock(text, b));
  const used = sentences.filter((s) => body[s.block]);
  const doc = documentContext(used.map((s) => s.tokens));
  const tagged = tagDocument(
    model,
    used.map((s) => s.tokens),
    { skip: (tokens) => !mayHoldName(tokens), context: doc, consistency: votesAcrossMentions(input.lang ?? 'en') },
  );
  const raw: RawMention[] = [];
  for (const [k, s] of used.entries()) {
    if (!mayHoldName(s.tokens)) continue;
    const heading = blocks[s.block]!.kind === 'heading';
    const credits = creditRanges(text, s.start, s.end);
    for (const m of mentionsOf({ tokens: s.tokens, heading, lowerForms: doc.lowerForms }, withCuedSpans(s.tokens, tagged[k]!), text)) {
      if (credits.some(([a, b]) => m.start < b && m.end > a)) continue;
      if (isWholeQuotation(text, m, inQuote)) continue;
      raw.push(m);
    }
  }
  const first = mergeMentions(raw);
  const missed = missedForms(used, raw, first.entities, text);
  return missed.length ? mergeMentions([...raw, ...missed]) : first;
}

const TYPE_LABEL = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

/**
 * The tagger reads one sentence at a time and may miss a surname or an acronym that the article
 * has already named ("Later Lindqvist left."): a capitalised word equal to a one-word form of an
 * actor, or to a person's surname, is one more mention of that actor.
 */
function missedForms(sentences: ActorInput['sentences'], raw: readonly RawMention[], entities: readonly Entity[], text: string): RawMention[] {
  const known = new Map<string, Entity>();
  for (const e of entities)
    for (const f of e.forms) {
      const ws = f.split(/\s+/);
      if (ws.length === 1) known.set(f.toLowerCase(), e);
      else if (e.type === 'person' && !/^(mr|mrs|ms|dr)\.?$/i.test(ws[0]!)) known.set(ws.at(-1)!.toLowerCase(), e);
    }
  // Sentences and mentions are both in text order: one pointer tells whether a token is covered.
  const spans = [...raw].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  const covered = (t: Token) => {
    while (k < spans.length && spans[k]!.start <= t.start) reach = Math.max(reach, spans[k++]!.end);
    return t.start < reach;
  };
  const out: RawMention[] = [];
  for (const s of sentences)
    s.tokens.forEach((t) => {
      if (!t.word || !t.cap || covered(t)) return;
      const name = t.text.replace(/['’]s$/, '');
      const e = known.get(name.toLowerCase());
      if (!e) return;
      out.push({ type: TYPE_LABEL[e.type], name, start: t.start, end: t.start + name.length, written: text.slice(t.start, t.start + name.length), role: null, honorific: null, titled: false, heading: false });
    });
  return out;
}

/** “Gucci Grace”: the quotation marks hug the name, so it is a nickname or a title. */
function isWholeQuotation(text: string, m: RawMention, inQuote: (pos: number) => boolean): boolean {
  const before = text[m.start - 1] ?? '';
  const after = text.slice(m.end).replace(/^['’]s/, '')[0] ?? '';
  return inQuote(m.start) && /["“‘'«]/.test(before) && /["”’'»]/.test(after);
}
