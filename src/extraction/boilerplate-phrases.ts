// The furniture phrases of lexicons/boilerplate.json, one pattern per kind for all languages at
// once: a page's language is often unstated or wrong, and a line of chrome in any language is chrome.
// Languages written with spaces match at word edges; Japanese and Chinese (no spaces) anywhere.
import lexicon from './lexicons/boilerplate.json';

type Kind = 'chromeLines' | 'lineStarts' | 'taxonomy' | 'prompts' | 'railLabels';
type Entry = Record<Kind, string[]>;

/** Written without spaces between words: no word edges to match at. */
const UNSPACED = new Set(['ja', 'zh']);
// Word edges of any script (\b knows only ASCII letters).
const START = '(?<![\\p{L}\\p{N}_])';
const END = '(?![\\p{L}\\p{N}_])';

const languages = Object.entries(lexicon).filter(([k]) => k !== '_about') as [string, Entry][];

/** The kind's entries of every language, each group in (?:…); `edge` adds a word edge after the spaced ones. */
function alternatives(kind: Kind, edge: boolean): string {
  return languages
    .flatMap(([lang, e]) => e[kind].map((x) => (edge && !UNSPACED.has(lang) ? `(?:${x})${END}` : `(?:${x})`)))
    .join('|');
}

const flags = 'iu';
/** A whole short line that is a control or label ("Share", "Teilen", "続きを読む"). */
export const CHROME_LINE = new RegExp(`^(?:${alternatives('chromeLines', false)})[^\\p{L}\\p{N}]*$`, flags);
/** A short line beginning like furniture ("Click here to …", "Klicken Sie hier …"). */
export const CHROME_START = new RegExp(`^(?:${alternatives('lineStarts', true)})`, flags);
/** A post's taxonomy line: "Tags: …", "Schlagwörter: …". */
export const TAXONOMY = new RegExp(`^(?:${alternatives('taxonomy', false)})\\s*[:：]`, flags);
/** The site's prompts to act (newsletters, cookies, apps, paywalls). */
export const CALL_TO_ACTION = new RegExp(
  languages
    .flatMap(([lang, e]) => e.prompts.map((x) => (UNSPACED.has(lang) ? `(?:${x})` : `${START}(?:${x})${END}`)))
    .join('|'),
  flags,
);
/** How the label of a list of other stories begins ("Read more", "Lesen Sie auch", "関連記事"). */
export const RAIL_LABEL = new RegExp(`^(?:${alternatives('railLabels', true)})`, flags);
