/** The element the fallback painter wraps text in where the Highlight API is missing (page and background agree on it). */
export const WRAP_TAG = 'ql-mark';
