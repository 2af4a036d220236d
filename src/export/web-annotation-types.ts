// The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// that Quotelight writes, plus its own `quotelight` extension fields for a lossless round trip.
import type { ActorType } from '../analysis/types';
import type { AnnotationKind } from '../shared/records';
import type { Speaker } from '../shared/speaker-value';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const WEB_ANNOTATION_MIME = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'identifying' | 'classifying';

export interface WaTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets in Unicode code points, as the model requires. */
export interface WaTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WaTextualBody {
  type: 'TextualBody';
  value: string;
  purpose?: Motivation;
  format?: string;
}

export interface WaSoftware {
  type: 'Software';
  name: string;
  homepage?: string;
}

/** Fields the model has no place for; other tools ignore them. */
export interface QuotelightAnnotationExtra {
  kind: AnnotationKind;
  /** Typed (named / unnamed / nobody); files written before v5 hold a string, read back alike. */
  speaker: Speaker;
  speakerRole: string | null;
  speakerCorrection: string | null;
  actorType: ActorType | null;
  colour: string | null;
  /** Astral characters before the passage: turns code-point offsets back into UTF-16 exactly. */
  astralBefore: number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation | Motivation[];
  created: string;
  modified: string;
  generator?: WaSoftware;
  body?: WaTextualBody[];
  target: {
    source: string;
    selector: [WaTextQuoteSelector, WaTextPositionSelector] | WaTextQuoteSelector[];
  };
  quotelight?: QuotelightAnnotationExtra;
}

export interface ExportedArticle {
  id: string;
  urls: string[];
  title: string;
  site: string;
  byline: string | null;
  published: string | null;
  lang: string | null;
  firstSeen: string;
  lastSeen: string;
}

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: WaSoftware;
  generated: string;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: WebAnnotation[];
  };
  /** Article metadata so an import can recreate the library, not just bare URLs. */
  quotelight: { version: 1; articles: ExportedArticle[] };
}
