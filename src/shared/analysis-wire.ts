// An Analysis as it travels between the extension's contexts (worker → background → page). A
// message costs the threads at both ends time in proportion to its bytes, and the background's
// thread is the one that answers saves: 5,000 quotations as objects were over 1 MB, mostly
// property names and quote texts both ends already have. Here a quotation is a tuple without its
// text (the receiver slices it from the article it holds; the popup, which holds none, gets each
// quotation's text) whose strings are indexes into one table
// (a page says "said" and "he" thousands of times), and mentions are flat offset pairs.
import type { Actor, ActorType, Analysis, Quote, Speaker } from '../analysis/types';
import type { StoppedEarly } from './analysis-outcome';

const SPEAKER_KINDS = ['named', 'unnamed', 'nobody'] as const;
const QUOTE_KINDS = ['direct', 'partial', 'other'] as const;
const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];

/**
 * start, end, speaker kind, then as indexes into `strings` (-1 for none): the speaker's name or
 * description, speaker mention, role, cue; quote kind, confidence, rule (index, -1 for none) and,
 * only when it is not the article's own slice, the quotation's text.
 */
export type WireQuote = [number, number, number, number, number, number, number, number, number, number, string?];
/** name, type, aliases, mentions as start₀, end₀, start₁, end₁, … */
export type WireActor = [string, number, string[], number[]];
export interface WireAnalysis {
  strings: string[];
  quotes: WireQuote[];
  actors: WireActor[];
}

/** An analysis as it leaves the worker: packed, and why it covers less than the page, if it does. */
export interface WireOutcome {
  analysis: WireAnalysis;
  stopped: StoppedEarly | null;
}

export const EMPTY_WIRE_ANALYSIS: WireAnalysis = { strings: [], quotes: [], actors: [] };

/** Gives each distinct string an index into `table`, in the order first seen. */
function stringTable() {
  const table: string[] = [];
  const index = new Map<string, number>();
  const of = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = table.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  return { table, of };
}

function stringAt(strings: readonly string[], i: number): string | null {
  if (i === -1) return null;
  const s = strings[i];
  if (s === undefined) throw new Error(`malformed analysis: string ${i}`);
  return s;
}

function speakerValue(s: Speaker): string | null {
  return s.kind === 'named' ? s.name : s.kind === 'unnamed' ? s.description : null;
}

function speakerOf(kind: number, value: string | null): Speaker {
  const k = SPEAKER_KINDS[kind];
  if (k === 'named') return { kind: 'named', name: value ?? '' };
  if (k === 'unnamed') return { kind: 'unnamed', description: value ?? '' };
  if (k === 'nobody') return { kind: 'nobody' };
  throw new Error(`malformed analysis: speaker kind ${kind}`);
}

/** `text`: the article text the analysis's offsets refer to; without it, each quotation keeps its own text. */
export function packAnalysis(analysis: Analysis, text?: string): WireAnalysis {
  const strings = stringTable();
  const quotes = analysis.quotes.map((q): WireQuote => {
    const wire: WireQuote = [
      q.start,
      q.end,
      SPEAKER_KINDS.indexOf(q.speaker.kind),
      strings.of(speakerValue(q.speaker)),
      strings.of(q.speakerMention),
      strings.of(q.speakerRole),
      strings.of(q.cue),
      QUOTE_KINDS.indexOf(q.kind),
      q.confidence,
      strings.of(q.rule),
    ];
    if (text === undefined || q.text !== text.slice(q.start, q.end)) wire.push(q.text);
    return wire;
  });
  const actors = analysis.actors.map((a): WireActor => {
    const mentions = new Array<number>(2 * a.mentions.length);
    a.mentions.forEach((m, i) => {
      mentions[2 * i] = m.start;
      mentions[2 * i + 1] = m.end;
    });
    return [a.name, ACTOR_TYPES.indexOf(a.type), a.aliases, mentions];
  });
  return { strings: strings.table, quotes, actors };
}

/** The Analysis `packAnalysis(analysis, text)` was made from, given the same `text` (or none). */
export function unpackAnalysis(wire: WireAnalysis, text = ''): Analysis {
  const str = (i: number) => stringAt(wire.strings, i);
  const quotes = wire.quotes.map(([start, end, speakerKind, speaker, mention, role, cue, kind, confidence, rule, own]): Quote => {
    const quoteKind = QUOTE_KINDS[kind];
    if (!quoteKind) throw new Error(`malformed analysis: quote kind ${kind}`);
    const q: Quote = {
      start,
      end,
      text: own ?? text.slice(start, end),
      speaker: speakerOf(speakerKind, str(speaker)),
      speakerMention: str(mention),
      speakerRole: str(role),
      cue: str(cue),
      kind: quoteKind,
      confidence,
    };
    if (rule !== -1) q.rule = str(rule)!;
    return q;
  });
  const actors = wire.actors.map(([name, type, aliases, flat]): Actor => {
    const actorType = ACTOR_TYPES[type];
    if (!actorType) throw new Error(`malformed analysis: actor type ${type}`);
    const mentions = new Array<{ start: number; end: number }>(flat.length >> 1);
    for (let i = 0; i < mentions.length; i++) mentions[i] = { start: flat[2 * i]!, end: flat[2 * i + 1]! };
    return { name, type: actorType, aliases, mentions };
  });
  return { quotes, actors };
}
