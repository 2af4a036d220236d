// The contract of the pure analysis core: text blocks in, an Analysis out.
// No DOM and no extension APIs may be imported anywhere under src/analysis/.

/**
 * What a block of the page is. Body kinds: heading, paragraph, blockquote, list-item. The rest are
 * kept for the analysis to know and skip (their names are not the article's actors): a picture's
 * caption, its credit ("Photo: …"), the author line and the date line.
 */
export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'blockquote' | 'list-item' | 'byline' | 'credit' | 'dateline';

/** One block of article text. `start`/`end` are UTF-16 offsets into ArticleText.text. */
export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

/** The article as plain text: blocks joined by "\n\n", so offsets are stable and cheap. */
export interface ArticleText {
  title: string;
  text: string;
  blocks: TextBlock[];
  /** The article's language (ISO 639-1, "und" when unknown), decided once by extraction from the
   * page's claims and its text (lang/detect.ts); absent means English, as before languages. */
  lang?: string;
}

export type ActorType = 'person' | 'organization' | 'place';

export interface Span {
  start: number;
  end: number;
}

/**
 * Who said a quotation: a named actor, a source the article leaves unnamed (kept with its
 * description, "a senior official"), or nobody (a title, a scare quote, or no speaker found).
 */
export type Speaker = { kind: 'named'; name: string } | { kind: 'unnamed'; description: string } | { kind: 'nobody' };

export interface Quote extends Span {
  /** Exactly text.slice(start, end): the characters between the quotation marks. */
  text: string;
  /** The speaker: a named actor by its canonical (fullest) name, an unnamed source, or nobody. */
  speaker: Speaker;
  /** The words that attribute it in the text: "he", "the Kremlin spokesman", "Peskov". */
  speakerMention: string | null;
  /** The role the article gives the speaker ("Kremlin spokesman"), when it gives one. */
  speakerRole: string | null;
  /** The speech verb or phrase: "said", "told", "according to". */
  cue: string | null;
  /** direct speech, a partial quoted fragment, or other (title, scare quote, term). */
  kind: 'direct' | 'partial' | 'other';
  /** 0..1, from the sieve rule that attributed it. */
  confidence: number;
  /** Name of the sieve rule that attributed it (for debugging and explanations). */
  rule?: string;
}

export interface Actor {
  /** Canonical, fullest name in the article. */
  name: string;
  type: ActorType;
  /** Every other form the article uses: "Peskov", "Mr. Peskov". */
  aliases: string[];
  mentions: Span[];
}

export interface Analysis {
  quotes: Quote[];
  actors: Actor[];
}
