// Place words and well-known places that compromise's lexicon may miss.
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'peninsula', 'island', 'islands', 'isles', 'river', 'lake', 'mountain', 'mountains', 'mount', 'beach', 'harbour',
  'harbor', 'bay', 'gulf', 'sea', 'ocean', 'coast', 'valley', 'desert', 'street', 'avenue', 'road', 'square', 'park',
  'county', 'province', 'region', 'district', 'territory', 'territories', 'republic', 'kingdom', 'emirates', 'strait',
  'straits', 'canal', 'channel', 'falls', 'forest', 'plains', 'heights', 'hills', 'city', 'town', 'village', 'state',
  'states', 'oblast', 'krai', 'prefecture', 'borough', 'shire', 'bridge', 'port', 'cape', 'point', 'sound', 'creek',
]);

export const KNOWN_PLACES: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Middle East', 'Antarctica', 'Arctic',
  'Oceania', 'Australia', 'Balkans', 'Baltics', 'Caucasus', 'Scandinavia', 'Siberia', 'Crimea', 'Donbas', 'Kyiv', 'Kiev',
  'U.S.', 'US', 'USA', 'U.S.A.', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales',
  'Northern Ireland', 'Ireland', 'West', 'East', 'Gaza', 'West Bank', 'Ground Zero', 'Midwest', 'Silicon Valley',
  'Hong Kong', 'Taiwan', 'Tibet', 'Kashmir', 'Aotearoa',
];
