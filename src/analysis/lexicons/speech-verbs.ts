// Verbs of saying (reporting verbs), after the communication/statement verb classes
// of Levin (1993, classes 37.x "say", "tell", "complain", "advise", "manner of speaking")
// and the reporting-verb lists used in quotation attribution work (e.g. Pareti 2015).
// Base forms only; inflections are generated in ../speech-verbs.ts.
export const SPEECH_VERB_BASES: readonly string[] = [
  // 'read' as in "the statement read": a document speaking for its author.
  'read', 'weigh',
  'say', 'tell', 'add', 'warn', 'argue', 'insist', 'note', 'tweet', 'write', 'acknowledge', 'explain', 'claim',
  'declare', 'state', 'announce', 'reply', 'respond', 'ask', 'urge', 'caution', 'recall', 'concede', 'admit',
  'suggest', 'predict', 'vow', 'promise', 'complain', 'contend', 'assert', 'maintain', 'remark', 'comment',
  'observe', 'report', 'confirm', 'deny', 'reiterate', 'repeat', 'stress', 'emphasize', 'emphasise', 'point',
  'continue', 'conclude', 'describe', 'call', 'mention', 'exclaim', 'shout', 'scream', 'yell', 'whisper', 'mutter',
  'murmur', 'cry', 'sigh', 'laugh', 'joke', 'quip', 'snap', 'retort', 'counter', 'object', 'protest', 'lament',
  'grumble', 'groan', 'moan', 'boast', 'brag', 'proclaim', 'pronounce', 'allege', 'charge', 'accuse', 'blame',
  'criticise', 'criticize', 'condemn', 'decry', 'denounce', 'slam', 'blast', 'praise', 'hail', 'welcome', 'thank',
  'tell', 'inform', 'advise', 'recommend', 'propose', 'demand', 'plead', 'beg', 'implore', 'pray', 'wonder',
  'question', 'query', 'inquire', 'enquire', 'answer', 'testify', 'swear', 'pledge', 'guarantee', 'assure',
  'reassure', 'threaten', 'predict', 'forecast', 'estimate', 'speculate', 'theorize', 'hypothesize', 'believe',
  'think', 'feel', 'reckon', 'recount', 'relate', 'narrate', 'describe', 'detail', 'disclose', 'reveal', 'divulge',
  'confess', 'concur', 'agree', 'disagree', 'dispute', 'rebut', 'refute', 'reject', 'dismiss', 'signal', 'indicate',
  'imply', 'hint', 'specify', 'clarify', 'elaborate', 'summarize', 'summarise', 'quote', 'cite', 'posit', 'assert',
  'affirm', 'aver', 'avow', 'contest', 'challenge', 'chide', 'scold', 'rebuke', 'berate', 'lash', 'fire', 'hit',
  'caution', 'alert', 'notify', 'announce', 'broadcast', 'post', 'blog', 'text', 'email', 'message', 'write',
  'pen', 'scrawl', 'sign', 'reason', 'muse', 'ponder', 'reflect', 'acknowledge', 'grant', 'allow', 'own', 'recollect',
  'remember', 'reminisce', 'stammer', 'stutter', 'gasp', 'sob', 'wail', 'bellow', 'roar', 'thunder', 'growl', 'hiss',
  'chuckle', 'giggle', 'smile', 'grin', 'nod', 'shrug', 'interject', 'interrupt', 'chime', 'begin', 'start', 'go',
  'concede', 'insist', 'underline', 'underscore', 'highlight', 'assess', 'judge', 'rule', 'find', 'conclude',
  'declare', 'certify', 'vouch', 'attest', 'profess', 'preach', 'lecture', 'teach', 'instruct', 'order', 'command',
  'direct', 'request', 'appeal', 'petition', 'call', 'speak', 'talk', 'chat', 'gush', 'rave', 'rant', 'fume',
  'seethe', 'rail', 'thunder', 'bristle', 'scoff', 'sneer', 'mock', 'taunt', 'tease', 'jibe', 'gloat', 'crow',
  'enthuse', 'marvel', 'exult', 'rejoice', 'concur', 'echo', 'recap', 'conclude', 'surmise', 'deduce', 'infer',
  'admonish', 'counsel', 'suggest', 'opine', 'editorialize', 'tout', 'trumpet', 'crow', 'vent', 'confide', 'pose',
  // Verbs of naming and characterising: the subject owns the quoted term ("likened them to a “snake”").
  'liken', 'rate', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'portray', 'refer', 'compare',
  // Verbs of judging aloud (Levin 33): "lauded X for helping develop “…”".
  'laud', 'applaud', 'commend', 'extol', 'fault', 'castigate', 'lambaste', 'excoriate', 'ridicule', 'deride',
];

/** Irregular past tense and past participle: base → [past, participle]. */
export const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  say: ['said', 'said'],
  read: ['read', 'read'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  think: ['thought', 'thought'],
  feel: ['felt', 'felt'],
  swear: ['swore', 'sworn'],
  find: ['found', 'found'],
  teach: ['taught', 'taught'],
  begin: ['began', 'begun'],
  go: ['went', 'gone'],
  hit: ['hit', 'hit'],
  forecast: ['forecast', 'forecast'],
  broadcast: ['broadcast', 'broadcast'],
  own: ['owned', 'owned'],
  cry: ['cried', 'cried'],
  reply: ['replied', 'replied'],
  query: ['queried', 'queried'],
  testify: ['testified', 'testified'],
  clarify: ['clarified', 'clarified'],
  specify: ['specified', 'specified'],
  certify: ['certified', 'certified'],
  deny: ['denied', 'denied'],
  imply: ['implied', 'implied'],
  notify: ['notified', 'notified'],
  rebut: ['rebutted', 'rebutted'],
  snap: ['snapped', 'snapped'],
  pen: ['penned', 'penned'],
  chat: ['chatted', 'chatted'],
  grin: ['grinned', 'grinned'],
  nod: ['nodded', 'nodded'],
  admit: ['admitted', 'admitted'],
  quip: ['quipped', 'quipped'],
  plead: ['pleaded', 'pleaded'],
  rule: ['ruled', 'ruled'],
};

/** Verbs whose "-ing"/3rd person is irregular in spelling. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'saying'],
  go: ['goes', 'going'],
  echo: ['echoes', 'echoing'],
};

/** Multi-word cues that attribute like a verb. */
export const SPEECH_PHRASES: readonly string[] = [
  'according to', 'in the words of', 'as quoted by', 'quoted as saying', 'was quoted as saying', 'went on',
  'pointed out', 'added that', 'wrote in', 'said in a statement', 'told reporters',
];

/** Nouns that introduce a quote: "in a statement", "his message:". */
export const SPEECH_NOUNS: readonly string[] = [
  'statement', 'interview', 'tweet', 'post', 'message', 'letter', 'speech', 'remarks', 'comments', 'comment',
  'email', 'release', 'briefing', 'memo', 'op-ed', 'column', 'essay', 'testimony', 'address', 'press conference',
];
