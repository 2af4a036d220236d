// Honorifics and role words that stand before a person's name ("Deputy Secretary of
// State Wendy Sherman", "Mr Obama"). General English usage, no names.

/** Honorifics that mark a following name as a person, with the gender they imply. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = {
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', mx: null, sir: 'm', dame: 'f', lord: 'm', lady: 'f', dr: null,
  prof: null, rev: null, fr: 'm', sr: null, madam: 'f', madame: 'f', monsieur: 'm', mme: 'f', mlle: 'f', herr: 'm', frau: 'f',
  sen: null, rep: null, gov: null, gen: null, col: null, lt: null, capt: null, sgt: null, cpl: null, pvt: null, adm: null,
  maj: null, cmdr: null, supt: null, insp: null, det: null, hon: null, atty: null, pres: null, amb: null, messrs: null,
  del: null, reps: null, sens: null,
};

/** Title words, lower-case; a run of these before a name is a role, not part of the name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'assistant', 'under', 'undersecretary', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'pope', 'chief', 'judge', 'justice', 'mayor', 'governor', 'senator', 'representative',
  'congressman', 'congresswoman', 'ambassador', 'commissioner', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'spokesman', 'spokeswoman', 'spokesperson', 'inspector', 'detective', 'officer', 'constable', 'superintendent', 'sheriff',
  'attorney', 'general', 'admiral', 'marshal', 'sergeant', 'captain', 'colonel', 'major', 'lieutenant', 'corporal', 'private',
  'father', 'sister', 'brother', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'premier',
  'leader', 'speaker', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'treasury', 'executive', 'founder',
  'coach', 'manager', 'editor', 'professor', 'dean', 'nurse', 'doctor', 'lady', 'former', 'acting', 'interim',
  'senior', 'associate', 'national', 'security', 'adviser', 'advisor', 'counsel', 'solicitor', 'ceo', 'cfo', 'coo', 'cto',
  'chief', 'head', 'commander', 'envoy', 'diplomat', 'minority', 'majority', 'whip', 'house', 'senate', 'state', 'health',
  'education', 'labor', 'labour', 'energy', 'trade', 'commerce', 'agriculture', 'transport', 'transportation', 'economy',
  'economic', 'opposition', 'party', 'press', 'communications', 'campaign', 'team', 'elder', 'tribal', 'activist', 'lawmaker',
  'candidate', 'nominee', 'presidential', 'democratic', 'republican', 'democrat', 'libertarian', 'independent', 'gop', 'u.s.', 'us', 'uk', 'un', 'eu', 'state\'s', 'district',
  'county', 'city', 'police', 'fire', 'army', 'navy', 'air', 'force', 'dr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'rev',
  'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'supt', 'insp', 'det', 'hon', 'reverend', 'ranger', 'analyst',
  'economist', 'strategist', 'pollster', 'columnist', 'correspondent', 'reporter', 'anchor', 'host', 'author', 'writer',
  'photographer', 'veteran', 'lawyer', 'economist', 'scientist', 'researcher', 'expert', 'of', 'the', 'for',
]);

/** Role nouns that can head a description ("the Kremlin spokesman", "the minister"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'secretary', 'official', 'officials', 'diplomat',
  'ambassador', 'envoy', 'chancellor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'mayor', 'leader',
  'chief', 'director', 'chairman', 'chairwoman', 'chair', 'head', 'commander', 'general', 'officer', 'inspector', 'detective',
  'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'priest', 'bishop', 'pope', 'king', 'queen', 'prince', 'princess',
  'premier', 'candidate', 'nominee', 'executive', 'founder', 'ceo', 'manager', 'coach', 'editor', 'analyst', 'economist',
  'scientist', 'researcher', 'expert', 'professor', 'doctor', 'nurse', 'mother', 'father', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'widow', 'elder', 'ranger', 'source', 'sources', 'adviser', 'advisor', 'aide', 'aides',
  'strategist', 'pollster', 'veteran', 'activist', 'resident', 'witness', 'victim', 'owner', 'businessman', 'businesswoman',
  'billionaire', 'mogul', 'actor', 'actress', 'singer', 'star', 'player', 'student', 'teacher', 'tycoon', 'campaigner',
  'organiser', 'organizer', 'representative', 'delegate', 'negotiator', 'regulator', 'agency', 'department', 'ministry',
  'company', 'firm', 'government', 'administration', 'campaign', 'committee', 'council', 'police', 'military', 'army',
  'report', 'statement', 'study', 'survey', 'poll', 'nominee', 'republican', 'democrat', 'man', 'woman', 'boy', 'girl',
  'person', 'people', 'spokespeople', 'colleague', 'friend', 'neighbour', 'neighbor', 'partner', 'critic', 'critics',
  'supporter', 'supporters', 'opponent', 'opponents', 'observer', 'observers', 'insider', 'insiders', 'narrator',
  'questioner', 'poster', 'user', 'writer', 'author', 'columnist', 'correspondent', 'reporter', 'host', 'anchor',
  'secretary-general', 'vice-president', 'spokesmen', 'spokeswomen', 'generals', 'ministers', 'experts', 'analysts',
  'scientists', 'researchers', 'economists', 'lawmakers', 'diplomats', 'residents', 'witnesses', 'members', 'member',
]);
