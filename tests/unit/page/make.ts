// Small builders for made-up analyses and reader annotations, shared by the page, popup and background tests.
import { annotationRecord } from '../support/records';
import type { Actor, ActorType, Analysis, Quote } from '../../../src/analysis/types';
import { describe as describeSelectors } from '../../../src/anchoring';
import type { PageMark } from '../../../src/shared/messages';
import type { AnnotationRecord } from '../../../src/shared/records';
import { parseSpeaker } from '../../../src/shared/speaker-value';

export function quote(start: number, end: number, speaker: string | null, extra: Partial<Quote> = {}): Quote {
  return {
    start,
    end,
    text: 'x'.repeat(end - start),
    speaker: parseSpeaker(speaker),
    speakerMention: speaker,
    speakerRole: null,
    cue: 'said',
    kind: 'direct',
    confidence: 0.8,
    ...extra,
  };
}

export function actor(name: string, type: ActorType, mentions: [number, number][]): Actor {
  return { name, type, aliases: [], mentions: mentions.map(([start, end]) => ({ start, end })) };
}

export const analysis = (quotes: Quote[], actors: Actor[] = []): Analysis => ({ quotes, actors });

let nextId = 0;

/** A stored annotation over text.slice(start, end), with real selectors. */
export function record(text: string, start: number, end: number, extra: Partial<AnnotationRecord> = {}): AnnotationRecord {
  nextId++;
  return annotationRecord({
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    articleId: 'https://news.example/story',
    kind: 'highlight',
    selectors: describeSelectors(text, start, end),
    text: text.slice(start, end),
    created: 1_000,
    updated: 1_000,
    ...extra,
  });
}

/** A reader's mark over [start, end) as the page knows it: place and colour, no note. */
export function mark(start: number, end: number, extra: { colour?: string | null } = {}): PageMark {
  nextId++;
  return { id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`, start, end, colour: extra.colour ?? null };
}
