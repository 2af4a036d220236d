// The saved copy of an article: what extraction and analysis made of it, text only, and what changed
// between two such copies. Pure data: src/saved-copy/ imports no DOM and no extension API.
import type { ActorType, BlockKind, Speaker } from '../analysis/types';

/** One version of an article as it was read: the ArticleText (text, typed blocks) plus its metadata and the analysis' findings. */
export interface ArticleVersion {
  title: string;
  byline: string | null;
  published: string | null;
  lang: string | null;
  /** The article's plain text (blocks joined by "\n\n"): the reader's notes are anchored in it. */
  text: string;
  /** UTF-16 spans of `text`, with their kind (heading, paragraph, caption…). */
  blocks: { kind: BlockKind; start: number; end: number }[];
  /** The analysis' quotes: their span in `text` and speaker. */
  quotes: { start: number; end: number; speaker: Speaker }[];
  /** The analysis' actors, each mention as a [start, end] span of `text` (the copy underlines them). */
  actors: { name: string; type: ActorType; mentions: [number, number][] }[];
}

/** One word-level step of a paragraph's difference, in the order of the new paragraph. */
export type WordPart = { op: 'same' | 'added' | 'removed'; text: string };

export type ParagraphChange =
  | { op: 'added'; text: string }
  | { op: 'removed'; text: string }
  | { op: 'reworded'; from: string; to: string; words: WordPart[] };

export type QuoteChangeKind = 'gone' | 'reworded' | 'speaker';

export interface QuoteChange {
  kind: QuoteChangeKind;
  /** The quote as the saved copy had it, and whom it gave it to. */
  text: string;
  speaker: Speaker;
  /** Reworded: the quote now, and its word-level difference (saved → now). */
  now?: string;
  words?: WordPart[];
  /** Given to another speaker: the one the article now names. */
  nowSpeaker?: Speaker;
}

/** What changed from one version to the next; `changed` is false when only layout did. */
export interface VersionChange {
  changed: boolean;
  title: { from: string; to: string } | null;
  paragraphs: ParagraphChange[];
  quotes: QuoteChange[];
}

export const NO_CHANGE: VersionChange = { changed: false, title: null, paragraphs: [], quotes: [] };
