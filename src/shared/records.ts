// Record types of the Quotelight database (src/storage). Other parts of the app import
// these to read what storage returns; only src/storage writes them.
import type { ActorType, Speaker } from '../analysis/types';

export type AnnotationKind = 'quote' | 'actor' | 'highlight' | 'note';

/** W3C TextQuoteSelector: the passage plus up to 32 chars of context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector. Inside the app offsets are UTF-16 code units (JS string indexes). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /**
   * Surrogate pairs (astral characters) in the article text before position.start.
   * Lets export give W3C code-point offsets without keeping the whole article text.
   */
  astralBefore: number;
}

export interface ArticleCounts {
  quotes: number;
  actors: number;
  highlights: number;
  notes: number;
}

export interface ArticleRecord {
  /** Normalized URL (tracking params and fragment dropped, canonical preferred). */
  id: string;
  /** Every normalized URL this article was seen under (page URL and canonical), for lookup. */
  urls: string[];
  title: string;
  /** Site name the page states, else its host. */
  site: string;
  byline: string | null;
  /** As the page states it (usually ISO 8601); null when unknown. */
  published: string | null;
  lang: string | null;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
  counts: ArticleCounts;
}

export interface AnnotationRecord {
  /** UUID. Detected items get a name-based UUID so re-saving an article updates them. */
  id: string;
  articleId: string;
  kind: AnnotationKind;
  selectors: AnnotationSelectors;
  /** The passage (quote/highlight/note) or the canonical actor name. */
  text: string;
  /** Speaker found by analysis (quotes; nobody for other kinds). Typed since schema v5. */
  speaker: Speaker;
  speakerRole: string | null;
  /**
   * The analysis's probability (0..1) that `speaker` is right (quotes; see shared/confidence.ts).
   * Absent on quotes saved before it was kept, null where there is none; not indexed, so no schema change.
   */
  speakerConfidence?: number | null;
  /** The reader's correction; wins over `speaker` everywhere. */
  speakerCorrection: string | null;
  /** Lower-cased effective speaker (correction, else speaker); indexed for quotesBySpeaker. */
  speakerKey: string | null;
  actorType: ActorType | null;
  colour: string | null;
  note: string | null;
  tags: string[];
  /** Epoch milliseconds. */
  created: number;
  updated: number;
}

/** Per-site off switch and highlight toggles; values are plain JSON. */
export interface SettingsMap {
  /** Hosts (lower-case) on which the extension does nothing. */
  disabledSites: string[];
  showQuotes: boolean;
  showActors: boolean;
  showHighlights: boolean;
}

export type SettingKey = keyof SettingsMap;

export interface SettingRecord<K extends SettingKey = SettingKey> {
  key: K;
  value: SettingsMap[K];
}

/** A library's records as an export carries them and an import writes them. */
export interface LibraryData {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
}
