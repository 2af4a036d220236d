// The pure analysis core: article text in, quotes with speakers and named actors out.
// No DOM, no extension APIs. Pipeline: quote spans → sentences and tokens → actors
// (tagger, mentions, aliases: actors/find-actors.ts) → attribution sieve → kinds and canonical speakers.
import { findActors } from './actors/find-actors';
import { type Entity, lookupName, type Mention } from './aliases';
import { attributeInSentence, type QuoteContext, type RuleHit, speechSubjects } from './attribution-sieve';
import { isPersonDescription, mostSalientPerson, resolveDescription } from './descriptions';
import { type SpeakerRef, setKnownNames } from './noun-phrases';
import { type Discourse, resolvePronoun } from './pronouns';
import { quoteKind } from './quote-kind';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { spanAt, splitSentences } from './sentences';
import { isSpeechVerb } from './speech-verbs';
import { hasPossessive, type Token, tokenize } from './tokens';
import type { Actor, Analysis, ArticleText, Quote, Span } from './types';

interface Sentence extends Span {
  block: number;
  tokens: Token[];
}

function makeInQuote(spans: QuoteSpan[]): (pos: number) => boolean {
  const starts = spans.map((s) => s.start);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 && pos < spans[best]!.end;
  };
}

interface Resolved {
  speaker: string | null;
  entity: Entity | null;
  role: string | null;
}

export function analyze(article: ArticleText): Analysis {
  const { text, blocks } = article;
  const spans = findQuoteSpans(article);
  const inQuote = makeInQuote(spans);

  // Sentences and tokens, block by block.
  const sentences: Sentence[] = [];
  const blockSentences: Sentence[][] = blocks.map(() => []);
  blocks.forEach((b, bi) => {
    for (const s of splitSentences(text, b.start, b.end, inQuote)) {
      const sent: Sentence = { ...s, block: bi, tokens: tokenize(text, s.start, s.end) };
      sentences.push(sent);
      blockSentences[bi]!.push(sent);
    }
  });

  // Actors.
  const { entities, mentions } = findActors({ text, blocks, sentences, inQuote });
  // The lede: the first two substantial paragraphs, where a description may name its speaker later.
  const lede = new Set(
    blocks
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => b.kind === 'paragraph' && b.end - b.start > 120)
      .slice(0, 2)
      .map(({ i }) => i),
  );
  setKnownNames(mentions);

  const discourse: Discourse = {
    mentions,
    sentences,
    inQuote,
    isPossessive: (m) => hasPossessive(text.slice(m.start, m.end + 2)),
  };

  const sentenceOf = (pos: number): Sentence | undefined => {
    const at = spanAt(sentences, pos);
    return at.inside ? sentences[at.index] : undefined;
  };

  const resolveRef = (ref: SpeakerRef, pos: number, block: number): Resolved => {
    switch (ref.kind) {
      case 'name': {
        const known = lookupName(entities, ref.name ?? ref.text);
        // Shouted headline words ("CONGRESS HAS INVESTIGATED HIM") are not a speaker's name.
        const words = (ref.name ?? ref.text).split(/\s+/);
        if (!known && words.length > 1 && words.every((w) => w === w.toUpperCase() && /\p{L}/u.test(w))) return { speaker: null, entity: null, role: null };
        const e = known ?? addSpeakerEntity(entities, mentions, ref);
        if (ref.role && !e.roles.includes(ref.role)) e.roles.push(ref.role);
        return { speaker: e.name, entity: e, role: ref.role ?? e.roles[0] ?? null };
      }
      case 'pronoun': {
        const e = resolvePronoun(discourse, ref.text, pos);
        return { speaker: e?.name ?? null, entity: e, role: e?.roles[0] ?? null };
      }
      case 'description': {
        const named = lookupExactForm(entities, ref.text);
        if (named) return { speaker: named.name, entity: named, role: null };
        const ahead = blocks[Math.min(blocks.length - 1, block + 2)]!.end;
        let e = resolveDescription(ref.text, pos, entities, mentions, ahead);
        if (!e && lede.has(block)) e = ledeCataphora(sentences, mentions, pos, ahead);
        // Last resort for "the Republican nominee": the person the article is about.
        if (!e && isPersonDescription(ref.text)) e = mostSalientPerson(pos, mentions, ref.text);
        if (e) return { speaker: e.name, entity: e, role: ref.text.replace(/^(the|this|that)\s+/i, '') };
        return { speaker: `unnamed: ${ref.text}`, entity: null, role: null };
      }
      default: {
        const named = lookupExactForm(entities, ref.text);
        if (named) return { speaker: named.name, entity: named, role: null };
        return { speaker: `unnamed: ${ref.text}`, entity: null, role: null };
      }
    }
  };

  const quotes: Quote[] = [];
  const hits: (RuleHit | null)[] = [];
  // Speaker of the last attributed quote, or of the last speech verb, per block.
  const blockSpeaker: (Resolved & { mention: string | null } | null)[] = blocks.map(() => null);

  spans.forEach((q, qi) => {
    const sentOpen = sentenceOf(Math.max(0, q.start - 1)) ?? sentenceOf(q.start);
    const sentClose = sentenceOf(q.end) ?? sentenceOf(Math.max(0, q.end - 1));
    const prevQ = spans[qi - 1];
    const nextQ = spans[qi + 1];
    const preFrom = sentOpen?.start ?? blocks[q.block]!.start;
    const pre = (sentOpen?.tokens ?? []).filter((t) => t.start >= preFrom && t.end <= q.start - 1 && !inQuote(t.start) && !isMark(t));
    // After the closing mark: the rest of its sentence, or, when the quotation ends the
    // sentence (“…?” Vitter asked.), the next sentence of the same block.
    let postSent = sentClose;
    if (sentClose && sentClose.end <= q.end + 1) {
      const nx = sentences[sentences.indexOf(sentClose) + 1];
      postSent = nx && nx.block === q.block ? nx : undefined;
    }
    const nextStart = nextQ && nextQ.block === q.block ? nextQ.start - 1 : Number.POSITIVE_INFINITY;
    const postEnd = Math.min(postSent?.end ?? q.end + 1, nextStart);
    const post = (postSent?.tokens ?? []).filter((t) => t.start > q.end && t.end <= postEnd && !isMark(t));
    void prevQ;
    const ctx: QuoteContext = {
      pre,
      post,
      text,
      postIsNextSentence: postSent !== sentClose,
      postCutByQuote: postSent !== undefined && nextStart < postSent.end,
    };
    const hit = attributeInSentence(ctx);
    hits.push(hit);
    const blk = blocks[q.block]!;
    const inner = text.slice(q.start, q.end);
    const before = text.slice(preFrom, Math.max(preFrom, q.start - 1));
    const after = text.slice(Math.min(q.end + 1, postEnd), Math.max(q.end + 1, postEnd));
    const kind = quoteKind({ inner, before, after, attributed: hit !== null || q.continuation || q.continues, headingLike: blk.kind === 'heading' });
    let resolved: Resolved | null = null;
    let mention: string | null = null;
    let cue: string | null = null;
    let confidence = 0;
    if (hit) {
      resolved = resolveRef(hit.ref, hit.ref.start, q.block);
      mention = hit.ref.text;
      cue = hit.cue;
      confidence = hit.confidence;
    }
    quotes.push({
      start: q.start,
      end: q.end,
      text: inner,
      speaker: kind === 'other' ? null : (resolved?.speaker ?? null),
      speakerMention: kind === 'other' ? null : mention,
      speakerRole: kind === 'other' ? null : (resolved?.role ?? null),
      cue: kind === 'other' ? null : cue,
      kind,
      confidence: kind === 'other' ? 0 : confidence,
      rule: hit && kind !== 'other' ? hit.rule : undefined,
    });
    if (resolved?.speaker && kind !== 'other') blockSpeaker[q.block] = { ...resolved, mention };
  });

  // Blocks with no attributed quote: the subject of their last speech verb speaks next.
  blocks.forEach((_, bi) => {
    if (blockSpeaker[bi]) return;
    const toks = blockSentences[bi]!.flatMap((s) => s.tokens).filter((t) => !inQuote(t.start));
    const subjects = speechSubjects(toks, text);
    const last = subjects[subjects.length - 1];
    if (last && last.kind !== 'unnamed') {
      const r = resolveRef(last, last.start, bi);
      if (r.speaker) blockSpeaker[bi] = { ...r, mention: null };
    }
  });

  // Weaker rules: same paragraph, then the paragraph before (quote-only paragraphs and
  // multi-paragraph quotations continue the previous speaker).
  let lastSpeaker: (Resolved & { mention: string | null }) | null = null;
  quotes.forEach((quote, qi) => {
    const q = spans[qi]!;
    if (quote.speaker) {
      lastSpeaker = { speaker: quote.speaker, entity: null, role: quote.speakerRole, mention: quote.speakerMention };
      return;
    }
    if (quote.kind === 'other') return;
    const sameBlock = quotes.filter((x, k) => k !== qi && spans[k]!.block === q.block && x.speaker && hits[k]);
    const prevSame = sameBlock.filter((x) => x.start < quote.start).pop();
    const nextSame = sameBlock.find((x) => x.start > quote.start);
    const blockText = text.slice(blocks[q.block]!.start, q.start - 1);
    const startsBlock = blockText.trim() === '';
    let from: { speaker: string | null; role: string | null } | null = null;
    let conf = 0;
    if (prevSame ?? nextSame) {
      from = { speaker: (prevSame ?? nextSame)!.speaker, role: (prevSame ?? nextSame)!.speakerRole };
      conf = 0.6;
    } else if (!startsBlock && blockSpeaker[q.block]) {
      from = blockSpeaker[q.block]!;
      conf = 0.5;
    } else if (startsBlock || q.continuation) {
      for (let b = q.block - 1; b >= 0 && q.block - b <= 2; b--) {
        const prevQuotes = quotes.filter((x, k) => spans[k]!.block === b && x.speaker && x.kind !== 'other');
        const pq = prevQuotes[prevQuotes.length - 1];
        if (pq) {
          from = { speaker: pq.speaker, role: pq.speakerRole };
          break;
        }
        if (blockSpeaker[b]) {
          from = blockSpeaker[b]!;
          break;
        }
        // No speaker there, but a person it is about: the subject carries over.
        const bb = blocks[b]!;
        const about = mentions.find((m) => m.start >= bb.start && m.end <= bb.end && m.entity.type === 'person' && !inQuote(m.start));
        if (about) {
          from = { speaker: about.entity.name, role: about.entity.roles[0] ?? null };
          break;
        }
        if (blocks[b]!.kind !== 'caption') break;
      }
      conf = 0.5;
    }
    if (!from && lastSpeaker) {
      from = lastSpeaker;
      conf = 0.2;
    }
    if (from?.speaker) {
      quote.speaker = from.speaker;
      quote.speakerRole = from.role;
      quote.confidence = conf;
      quote.rule = conf >= 0.6 ? 'same-paragraph' : conf >= 0.5 ? 'previous-paragraph' : 'last-speaker';
    }
  });

  setKnownNames([]); // drop this article's spans; the next call sets its own
  return { quotes, actors: toActors(entities) };
}

function isMark(t: Token): boolean {
  return !t.word && /["“”„«»‘’']/.test(t.text);
}

/** A lede's "the spokesman said" names its speaker in the next paragraphs: the first person who speaks there. */
function ledeCataphora(sentences: Sentence[], mentions: Mention[], pos: number, limit: number): Entity | null {
  for (const m of mentions) {
    if (m.start <= pos || m.start > limit || m.entity.type !== 'person') continue;
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!s) continue;
    const i = s.tokens.findIndex((t) => t.start >= m.end);
    const next = s.tokens[i];
    const next2 = s.tokens[i + 1];
    if ((next && isSpeechVerb(next.text)) || (next2 && isSpeechVerb(next2.text))) return m.entity;
  }
  return null;
}

/** "the Food Standards Agency", "West Mercia police": a description that is an actor's name. */
function lookupExactForm(entities: Entity[], phrase: string): Entity | null {
  const k = phrase.replace(/^(the|a|an)\s+/i, '').toLowerCase();
  return entities.find((e) => [...e.forms].some((f) => f.toLowerCase() === k)) ?? null;
}

function addSpeakerEntity(entities: Entity[], mentions: Mention[], ref: SpeakerRef): Entity {
  const name = ref.name ?? ref.text;
  const e: Entity = {
    id: entities.length + 1000,
    type: 'person',
    name,
    forms: new Set([name]),
    mentions: [{ start: ref.start, end: ref.start + name.length }],
    roles: ref.role ? [ref.role] : [],
    gender: null,
    first: ref.start,
  };
  entities.push(e);
  mentions.push({ start: ref.start, end: ref.start + name.length, entity: e });
  mentions.sort((a, b) => a.start - b.start);
  return e;
}

function toActors(entities: Entity[]): Actor[] {
  return entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: [...e.forms].filter((f) => f !== e.name),
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
}
