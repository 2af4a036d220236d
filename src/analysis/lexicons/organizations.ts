// Well-known organisations that lack an organisational suffix, from general knowledge
// (international bodies, governments' metonyms, news agencies and networks, platforms).
// compromise's own lexicon adds several hundred companies on top.
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'NATO', 'OSCE', 'UN', 'United Nations', 'UNESCO', 'UNICEF', 'UNHCR', 'WHO', 'WTO', 'IMF', 'World Bank', 'OPEC', 'OECD',
  'EU', 'European Union', 'European Commission', 'European Parliament', 'Council of Europe', 'African Union', 'ASEAN',
  'Arab League', 'G7', 'G20', 'Interpol', 'Europol', 'Red Cross', 'Red Crescent', 'Amnesty International', 'Human Rights Watch',
  'Greenpeace', 'Oxfam', 'Kremlin', 'White House', 'Pentagon', 'Congress', 'Senate', 'Capitol Hill', 'Downing Street',
  'Whitehall', 'Parliament', 'Bundestag', 'Duma', 'State Duma', 'Knesset', 'Supreme Court', 'Navy', 'Army', 'Air Force',
  'Marines', 'Marine Corps', 'Coast Guard', 'National Guard', 'Secret Service', 'FBI', 'CIA', 'NSA', 'DHS', 'EPA', 'FDA',
  'CDC', 'NASA', 'IRS', 'Interfax', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'TASS', 'RIA Novosti',
  'Xinhua', 'Bloomberg', 'Al Jazeera', 'BBC', 'CNN', 'NBC', 'CBS', 'ABC', 'Fox News', 'MSNBC', 'NPR', 'PBS', 'Sky News',
  'ITV', 'Channel 4', 'Politico', 'Axios', 'Breitbart', 'Facebook', 'Twitter', 'Instagram', 'YouTube', 'TikTok', 'Google',
  'Apple', 'Amazon', 'Microsoft', 'WhatsApp', 'Telegram', 'Snapchat', 'LinkedIn', 'Reddit', 'Wikipedia', 'WikiLeaks',
  'Hamas', 'Hezbollah', 'Taliban', 'Islamic State', 'ISIS', 'ISIL', 'al-Qaeda', 'Al Qaeda', 'Vatican', 'Scotland Yard',
  'Met Office', 'Treasury', 'Fed', 'Federal Reserve', 'Bank of England', 'European Central Bank', 'Wall Street',
  'Democrats', 'Republicans', 'GOP', 'Labour', 'Tories', 'Conservatives', 'Liberal Democrats', 'Ofcom', 'Ofsted', 'NHS',
];

/** Words that end an organisation's name: "Foreign Ministry", "Food Standards Agency". */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'ministry', 'agency', 'party', 'council', 'department', 'police', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co',
  'co.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'university', 'college', 'institute', 'institution', 'association',
  'committee', 'commission', 'bank', 'court', 'times', 'post', 'news', 'journal', 'herald', 'tribune', 'gazette',
  'telegraph', 'guardian', 'observer', 'network', 'group', 'union', 'organization', 'organisation', 'foundation', 'centre',
  'center', 'federation', 'league', 'administration', 'service', 'services', 'army', 'navy', 'force', 'forces', 'corps',
  'office', 'bureau', 'authority', 'board', 'trust', 'fund', 'society', 'club', 'team', 'company', 'companies', 'industries',
  'airlines', 'airways', 'motors', 'press', 'media', 'magazine', 'broadcasting', 'caucus', 'assembly', 'parliament',
  'senate', 'congress', 'cabinet', 'government', 'coalition', 'alliance', 'movement', 'front', 'brigade', 'regiment',
  'school', 'academy', 'hospital', 'clinic', 'church', 'mosque', 'synagogue', 'temple', 'museum', 'library', 'orchestra',
  'festival', 'exchange', 'reserve', 'labs', 'laboratory', 'laboratories', 'systems', 'technologies', 'pharmaceuticals',
  'holdings', 'partners', 'capital', 'securities', 'insurance', 'energy', 'oil', 'airport', 'railway', 'railways', 'fc',
  'house', 'station', 'studios', 'records', 'entertainment', 'watch', 'project', 'initiative', 'program', 'programme',
  'tribunal', 'directorate', 'secretariat', 'inspectorate', 'constabulary', 'command', 'unit', 'squad', 'division',
]);

/** Words that start an organisation's name: "University of …", "Bank of …". */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  'university', 'bank', 'department', 'ministry', 'office', 'institute', 'college', 'council', 'house', 'church', 'order',
  'league', 'federation', 'union', 'board', 'bureau', 'court', 'school', 'museum', 'commission', 'committee',
]);
