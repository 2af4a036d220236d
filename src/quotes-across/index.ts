// Quotes across articles: the same words elsewhere, worded differently, or put in another mouth.
export { type Comparison, compareQuotes, type DiffPart, MIN_FUZZY_WORDS, type MatchKind } from './compare';
export { type IndexedQuote, type QuoteMatch, QuoteMatchIndex } from './match-index';
export { foldWord, type QuoteWords, quoteWords } from './normalize';
