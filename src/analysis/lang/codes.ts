// The languages the analysis reads, by ISO 639-1 code; kept apart from detect.ts so a stage that
// only asks "is this language supported?" does not load the language detector.
/** The languages the analysis has lexicons for; any other gets quotes but no speakers' words. */
export const SUPPORTED = ['en', 'fr', 'es', 'de', 'pt'] as const;
export type Supported = (typeof SUPPORTED)[number];

/** The supported language the analysis reads a text as, or null for any other. */
export function supportedLanguage(lang: string | null | undefined): Supported | null {
  const l = (lang ?? '').toLowerCase().slice(0, 2);
  return (SUPPORTED as readonly string[]).includes(l) ? (l as Supported) : null;
}
