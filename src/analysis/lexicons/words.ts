// Common English words and calendar words (common-words.json, exported from compromise's
// lexicon) and demonyms (demonyms.json): a capital on these says little about a name.
import common from './common-words.json';
import demonyms from './demonyms.json';

export const COMMON_WORDS: ReadonlySet<string> = new Set(common.common);
// Weekday abbreviations of datelines ("Tue, 5 Nov") that the exported list lacks.
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...common.calendar, 'tue', 'wed', 'thu', 'thur']);
export const DEMONYMS: ReadonlySet<string> = new Set(demonyms);
