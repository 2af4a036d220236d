// The named actors of an article: the tagger reads each body sentence, its spans become
// clean mentions, and mentions merge into actors. Pure: the model is decoded once at load
// and never changes; everything else lives in the call.
import modelFile from '../models/ner.json';
import { documentContext } from '../ner/features';
import { decodeModel, type NerModel, type NerModelFile } from '../ner/model';
import { tagSentence } from '../ner/tagger';
import type { Entity, Mention } from '../aliases';
import type { Token } from '../tokens';
import type { TextBlock } from '../types';
import { creditRanges, isBodyBlock } from './body';
import { mergeMentions } from './merge';
import { mentionsOf, type RawMention } from './mentions';

const MODEL: NerModel = decodeModel(modelFile as NerModelFile);

export interface ActorInput {
  text: string;
  blocks: TextBlock[];
  sentences: { start: number; end: number; block: number; tokens: Token[] }[];
  /** True inside a quotation: a name that is a whole quotation is a nickname, not a mention. */
  inQuote: (pos: number) => boolean;
}

export function findActors(input: ActorInput, model: NerModel = MODEL): { entities: Entity[]; mentions: Mention[] } {
  const { text, blocks, sentences, inQuote } = input;
  const body = blocks.map((b) => isBodyBlock(text, b));
  const used = sentences.filter((s) => body[s.block]);
  const doc = documentContext(used.map((s) => s.tokens));
  const raw: RawMention[] = [];
  for (const s of used) {
    const heading = blocks[s.block]!.kind === 'heading';
    const credits = creditRanges(text, s.start, s.end);
    for (const m of mentionsOf({ tokens: s.tokens, heading, lowerForms: doc.lowerForms }, tagSentence(model, s.tokens, doc), text)) {
      if (credits.some(([a, b]) => m.start < b && m.end > a)) continue;
      if (isWholeQuotation(text, m, inQuote)) continue;
      raw.push(m);
    }
  }
  return mergeMentions(raw);
}

/** “Gucci Grace”: the quotation marks hug the name, so it is a nickname or a title. */
function isWholeQuotation(text: string, m: RawMention, inQuote: (pos: number) => boolean): boolean {
  const before = text[m.start - 1] ?? '';
  const after = text.slice(m.end).replace(/^['’]s/, '')[0] ?? '';
  return inQuote(m.start) && /["“‘'«]/.test(before) && /["”’'»]/.test(after);
}
