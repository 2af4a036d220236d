// The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// that Quotelight writes, plus its own `quotelight` extension fields for a lossless round trip.
import type { ActorType } from '../analysis/types';
import type { AnnotationKind } from '../shared/records';
import type { Speaker } from '../shared/speaker-value';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Quotelight's own vocabulary (the extension's id names the same domain). */
export const QL_VOCAB = 'https://quotelight.dev/ns#';

/**
 * The export's own terms beside the W3C context, so a JSON-LD processor keeps them: the
 * `quotelight` extension as a JSON literal (kept whole, as our import reads it) and the detected
 * speaker's probability as a typed number. Without them, expanding the file dropped both.
 */
export const QL_CONTEXT = {
  '@version': 1.1,
  ql: QL_VOCAB,
  quotelight: { '@id': 'ql:extension', '@type': '@json' },
  speakerConfidence: { '@id': 'ql:speakerConfidence', '@type': 'http://www.w3.org/2001/XMLSchema#double' },
} as const;

export const EXPORT_CONTEXT = [ANNO_CONTEXT, QL_CONTEXT] as const;
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
  /** The analysis's probability (0..1) that the detected speaker is right, on quotes that have one (ql:speakerConfidence). */
  speakerConfidence?: number;
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
  '@context': typeof EXPORT_CONTEXT;
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
