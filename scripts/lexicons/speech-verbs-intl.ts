// Writes the speech-verb data of French, German, Spanish and Portuguese under src/analysis/lang/:
//   fr: the inflected forms of the Gender Gap Tracker's French quote-verb list (MIT), as they are;
//   de: the verb lemmas of GePaDe's speech cues (CC0), conjugated here (weak rules, strong stems),
//       general verbs ("haben", "machen") and malformed entries of the vocabulary left out;
//   es, pt: verbs of saying listed here from general knowledge of the languages, conjugated by the
//       regular rules of their conjugation classes plus the irregular verbs' own forms.
// Only third-person forms, participles and gerunds: reported speech is in the third person.
//   npx tsx scripts/lexicons/speech-verbs-intl.ts
import { readFileSync, writeFileSync } from 'node:fs';

const SHARED = new URL('../../../shared/lexicons/', import.meta.url);
const OUT = new URL('../../src/analysis/lang/', import.meta.url);
const write = (lang: string, data: unknown) => writeFileSync(new URL(`${lang}/speech-verbs.json`, OUT), `${JSON.stringify(data, null, 1)}\n`);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

// ---- French: the list as published.
const fr = readFileSync(new URL('fr-quote-verbs.txt', SHARED), 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean);
write('fr', {
  _source: 'sfu-discourse-lab/GenderGapTracker, nlp/french/rules/quote_verb_list.txt (MIT, Copyright (c) 2018-2023 Maite Taboada); forms as published.',
  forms: sorted(fr),
  strong: ['dit', 'déclare', 'déclaré', 'affirme', 'affirmé', 'explique', 'expliqué', 'ajoute', 'ajouté', 'estime', 'estimé', 'souligne', 'souligné', 'assure', 'assuré', 'confie', 'confié', 'précise', 'précisé', 'indique', 'indiqué', 'lance', 'lancé', 'raconte', 'raconté', 'insiste', 'insisté', 'martèle', 'martelé', 'résume', 'résumé', 'poursuit', 'poursuivi', 'répond', 'répondu', 'reconnaît', 'reconnu', 'admet', 'admis', 'déplore', 'déploré', 'prévient', 'prévenu', 'observe', 'observé', 'note', 'noté', 'commente', 'commenté', 'témoigne', 'témoigné', 'rappelle', 'rappelé', 'avance', 'avancé', 'tranche', 'tranché', 'glisse', 'glissé', 'conclut', 'conclu', 'dénonce', 'dénoncé', 'assène', 'asséné', 'juge', 'jugé', 'regrette', 'regretté', 's’exclame', 'écrit'].filter((f) => fr.includes(f) || f === 'dit'),
});

// ---- German: GePaDe's lemmas, conjugated.
const cues = JSON.parse(readFileSync(new URL('de-speech-cues.json', SHARED), 'utf8')) as { candidates: Record<string, string[]> };
// General verbs and malformed vocabulary entries: not cues of speech by themselves.
const DE_GENERAL = new Set(
  'geben haben sein werden machen gehen kommen liegen nehmen bekommen fahren fallen stehen legen stellen ziehen bilden führen greifen halten treffen tauschen teilen kriegen wissen sehen verlieren befinden beteiligen beschäftigen bieten liefern richten wenden schlagen singen träumen üben trösten verstehen erwarten lesen hören zuhören anschauen gehören lehnen räumen klingen stimmen vorkommen vorliegen aufkommen antreten eintreten ausgehen eingehen durchführen betreiben zeichnen erfahren empfinden positionieren einigen verabreden vereinbaren verhandeln tauschen unterhalten verpflichten weigern verweigern drinstehen bestimmen entscheiden mitentscheiden erlassen erlauben verbieten untersagen mitdenken nachdenken überdenken überlegen erkennen wahrnehmen vergegenwärtigen verinnerlich abgeben anbieten anbringen anschließen werben freuen wundern verwundern wunderen erinneren äußeren wussen wussten vorzuhaln vorzuwerfen aufzuzeigen einzubringen herauszuverlangen schlechtzureden zuzuhören androh anspiel ansprech begrüß besprech beweis bitte erkläre bezweifle schrei stauner verweise warn abstreien'.split(' '),
);
const SEPARABLE = ['zurück', 'zusammen', 'heraus', 'hervor', 'herum', 'hinein', 'hinzu', 'dazwischen', 'dagegen', 'wieder', 'weiter', 'vorweg', 'nieder', 'klar', 'fest', 'kaputt', 'klein', 'hoch', 'dar', 'mit', 'nach', 'vor', 'zu', 'an', 'auf', 'aus', 'bei', 'ein', 'ab', 'hin'];
const INSEPARABLE = /^(be|emp|ent|er|ge|miss|ver|zer|wider|hinter|unter|über)/;
// Strong and mixed verbs: 3rd singular present, past, participle (without ge- where the lemma's prefix takes none).
const DE_STRONG: Record<string, [string, string, string]> = {
  sprechen: ['spricht', 'sprach', 'gesprochen'], schreiben: ['schreibt', 'schrieb', 'geschrieben'], rufen: ['ruft', 'rief', 'gerufen'],
  heißen: ['heißt', 'hieß', 'geheißen'], weisen: ['weist', 'wies', 'gewiesen'], geben: ['gibt', 'gab', 'gegeben'], finden: ['findet', 'fand', 'gefunden'],
  bitten: ['bittet', 'bat', 'gebeten'], schließen: ['schließt', 'schloss', 'geschlossen'], nennen: ['nennt', 'nannte', 'genannt'], denken: ['denkt', 'dachte', 'gedacht'],
  bringen: ['bringt', 'brachte', 'gebracht'], lassen: ['lässt', 'ließ', 'gelassen'], raten: ['rät', 'riet', 'geraten'], empfehlen: ['empfiehlt', 'empfahl', 'empfohlen'],
  werfen: ['wirft', 'warf', 'geworfen'], streiten: ['streitet', 'stritt', 'gestritten'], heben: ['hebt', 'hob', 'gehoben'], lügen: ['lügt', 'log', 'gelogen'],
  gestehen: ['gesteht', 'gestand', 'gestanden'], schlagen: ['schlägt', 'schlug', 'geschlagen'], halten: ['hält', 'hielt', 'gehalten'], sehen: ['sieht', 'sah', 'gesehen'],
  lesen: ['liest', 'las', 'gelesen'], nehmen: ['nimmt', 'nahm', 'genommen'], kommen: ['kommt', 'kam', 'gekommen'], beschließen: ['beschließt', 'beschloss', 'beschlossen'],
  verraten: ['verrät', 'verriet', 'verraten'], schweigen: ['schweigt', 'schwieg', 'geschwiegen'], stehen: ['steht', 'stand', 'gestanden'], bieten: ['bietet', 'bot', 'geboten'],
  singen: ['singt', 'sang', 'gesungen'], treten: ['tritt', 'trat', 'getreten'], ziehen: ['zieht', 'zog', 'gezogen'], schreien: ['schreit', 'schrie', 'geschrien'],
  beschwören: ['beschwört', 'beschwor', 'beschworen'], befinden: ['befindet', 'befand', 'befunden'], vernehmen: ['vernimmt', 'vernahm', 'vernommen'], wissen: ['weiß', 'wusste', 'gewusst'],
  preisen: ['preist', 'pries', 'gepriesen'], unterstreichen: ['unterstreicht', 'unterstrich', 'unterstrichen'], verweisen: ['verweist', 'verwies', 'verwiesen'],
};
/** Lemmas that begin like a separable prefix and are not one ("antworten", "hinterfragen"). */
const NOT_SEPARABLE = new Set(['antworten', 'wiederholen', 'hinterfragen']);
function deForms(lemma: string): string[] {
  const prefix = NOT_SEPARABLE.has(lemma) ? '' : (SEPARABLE.find((p) => lemma.startsWith(p) && lemma.length - p.length >= 4) ?? '');
  const core = lemma.slice(prefix.length);
  const strong = DE_STRONG[core] ?? (prefix ? undefined : DE_STRONG[lemma]);
  const noGe = INSEPARABLE.test(core) || /ieren$/.test(core);
  let pres: string;
  let past: string;
  let part: string;
  if (strong) {
    [pres, past, part] = strong;
    if (noGe && part.startsWith('ge') && !core.startsWith('ge')) part = part.slice(2);
  } else {
    const stem = core.replace(/(e?n)$/, '');
    const e = /([td]|[^aeiouhlr][mn])$/.test(stem) ? 'e' : '';
    pres = `${stem}${e}t`;
    past = `${stem}${e}te`;
    part = `${noGe ? '' : 'ge'}${stem}${e}t`;
  }
  const pastPl = /e$/.test(past) ? `${past}n` : `${past}en`;
  const presPl = core;
  // A separable verb's finite forms stand alone ("fügte … hinzu"); its participle is one word
  // ("hinzugefügt"). Finite forms of a general core ("macht … klar", "stellt … fest") say nothing alone.
  const finite = prefix && DE_GENERAL.has(core) && core !== 'teilen' ? [] : [pres, past, pastPl, presPl];
  return [...finite, `${prefix}${part}`, ...(prefix ? [lemma] : [])];
}
// Verbs of saying GePaDe's debates happen not to use.
const DE_EXTRA = ['unterstreichen', 'ergänzen', 'bekräftigen'];
const deLemmas = [...new Set([...Object.keys(cues.candidates), ...DE_EXTRA])].filter((l) => /^[a-zäöüß]+(en|ern|eln)$/.test(l) && !DE_GENERAL.has(l));
// A form shared by a simple verb and its prefixed kin ("sagte": sagen, aussagen) belongs to the simple one.
const byLength = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
const deForm: Record<string, string> = {};
for (const l of deLemmas.sort(byLength)) for (const f of deForms(l)) deForm[f] ??= l;
write('de', {
  _source: 'Lemmas: the speech cues of the GePaDe corpus (umanlp/spkatt, data/GePaDe/train_vocab.json, CC0), general verbs left out; forms conjugated by scripts/lexicons/speech-verbs-intl.ts.',
  forms: Object.fromEntries(Object.entries(deForm).sort(([a], [b]) => a.localeCompare(b))),
  strong: ['sagen', 'erklären', 'betonen', 'sprechen', 'meinen', 'schreiben', 'hinzufügen', 'ergänzen', 'warnen', 'fordern', 'kritisieren', 'berichten', 'erzählen', 'antworten', 'fragen', 'mitteilen', 'bestätigen', 'versichern', 'unterstreichen', 'hervorheben', 'einräumen', 'zugeben', 'erläutern', 'bekräftigen', 'kommentieren', 'rufen', 'zitieren', 'behaupten', 'feststellen', 'klarstellen', 'ankündigen', 'verkünden', 'mahnen', 'appellieren', 'beklagen', 'bedauern', 'schildern'],
  nouns: sorted(Object.keys(cues.candidates).filter((l) => /^\p{Lu}\p{Ll}+$/u.test(l))),
});

// ---- Spanish and Portuguese: lemmas of verbs of saying, regular conjugation by class.
type Paradigm = Record<'ar' | 'er' | 'ir', string[]>;
// 3rd sg/pl present, preterite, imperfect, future, conditional; participle; gerund.
const ES: Paradigm = {
  ar: ['a', 'an', 'ó', 'aron', 'aba', 'aban', 'ará', 'arán', 'aría', 'arían', 'ado', 'ando'],
  er: ['e', 'en', 'ió', 'ieron', 'ía', 'ían', 'erá', 'erán', 'ería', 'erían', 'ido', 'iendo'],
  ir: ['e', 'en', 'ió', 'ieron', 'ía', 'ían', 'irá', 'irán', 'iría', 'irían', 'ido', 'iendo'],
};
const PT: Paradigm = {
  ar: ['a', 'am', 'ou', 'aram', 'ava', 'avam', 'ará', 'arão', 'aria', 'ariam', 'ado', 'ando'],
  er: ['e', 'em', 'eu', 'eram', 'ia', 'iam', 'erá', 'erão', 'eria', 'eriam', 'ido', 'endo'],
  ir: ['e', 'em', 'iu', 'iram', 'ia', 'iam', 'irá', 'irão', 'iria', 'iriam', 'ido', 'indo'],
};
const regular = (lemma: string, p: Paradigm) => {
  const cls = lemma.slice(-2) as 'ar' | 'er' | 'ir';
  return p[cls].map((end) => lemma.slice(0, -2) + end);
};
const ES_LEMMAS = 'afirmar declarar asegurar explicar señalar añadir agregar indicar subrayar destacar apuntar precisar insistir admitir comentar relatar responder contestar replicar preguntar anunciar confirmar denunciar criticar lamentar alertar avisar reiterar remarcar enfatizar resaltar opinar considerar estimar argumentar aseverar expresar exclamar proclamar reclamar exigir prometer garantizar zanjar sentenciar apostillar matizar puntualizar justificar valorar calificar escribir tuitear publicar informar comunicar revelar aclarar agradecer celebrar ironizar bromear espetar manifestar advertir reconocer recordar contar negar pedir concluir defender sugerir confesar sostener proponer decir mantener detallar narrar asumir aplaudir acusar insinuar cuestionar desmentir alegar observar apostar'.split(' ');
const ES_IRREGULAR: Record<string, string[]> = {
  decir: ['dice', 'dicen', 'dijo', 'dijeron', 'decía', 'decían', 'dirá', 'dirán', 'diría', 'dirían', 'dicho', 'diciendo'],
  sostener: ['sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenía', 'sostenían', 'sostendrá', 'sostendría', 'sostenido', 'sosteniendo'],
  mantener: ['mantiene', 'mantienen', 'mantuvo', 'mantuvieron', 'mantenía', 'mantenían', 'mantendrá', 'mantendría', 'mantenido', 'manteniendo'],
  proponer: ['propone', 'proponen', 'propuso', 'propusieron', 'proponía', 'proponían', 'propondrá', 'propondría', 'propuesto', 'proponiendo'],
  advertir: ['advierte', 'advierten', 'advirtió', 'advirtieron', 'advirtiendo'],
  sugerir: ['sugiere', 'sugieren', 'sugirió', 'sugirieron', 'sugiriendo'],
  desmentir: ['desmiente', 'desmienten', 'desmintió', 'desmintieron', 'desmintiendo'],
  pedir: ['pide', 'piden', 'pidió', 'pidieron', 'pidiendo'],
  concluir: ['concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluyendo'],
  recordar: ['recuerda', 'recuerdan'], contar: ['cuenta', 'cuentan'], negar: ['niega', 'niegan'], defender: ['defiende', 'defienden'],
  confesar: ['confiesa', 'confiesan'], manifestar: ['manifiesta', 'manifiestan'], escribir: ['escrito'], reconocer: ['reconoce', 'reconocen'],
  apostar: ['apuesta', 'apuestan'],
};
const PT_LEMMAS = 'afirmar declarar garantir explicar assinalar acrescentar adiantar indicar sustentar sublinhar destacar apontar precisar manifestar insistir admitir comentar relatar contar responder perguntar anunciar confirmar negar denunciar criticar lamentar lembrar recordar alertar avisar reiterar ressaltar enfatizar opinar considerar estimar argumentar expressar exclamar defender proclamar reclamar exigir prometer escrever publicar informar comunicar revelar confessar esclarecer agradecer frisar salientar ponderar avaliar questionar desabafar completar observar notar contestar rebater justificar concluir advertir sugerir pedir dizer propor reconhecer detalhar acusar elogiar assegurar explicitar declarou'.split(' ').filter((l) => /(ar|er|ir|or)$/.test(l) && l !== 'declarou');
const PT_IRREGULAR: Record<string, string[]> = {
  dizer: ['diz', 'dizem', 'disse', 'disseram', 'dizia', 'diziam', 'dirá', 'dirão', 'diria', 'diriam', 'dito', 'dizendo'],
  propor: ['propõe', 'propõem', 'propôs', 'propuseram', 'propunha', 'propunham', 'proporá', 'proporia', 'proposto', 'propondo'],
  concluir: ['conclui', 'concluem', 'concluiu', 'concluíram', 'concluía', 'concluíam', 'concluirá', 'concluiria', 'concluído', 'concluindo'],
  advertir: ['adverte', 'advertem', 'advertiu', 'advertiram'], sugerir: ['sugere', 'sugerem', 'sugeriu', 'sugeriram'], pedir: ['pede', 'pedem', 'pediu', 'pediram'],
  escrever: ['escrito'],
};
function romance(lemmas: string[], p: Paradigm, irregular: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lemmas.sort()) {
    const own = irregular[l] ?? [];
    // A verb whose table is complete (decir, dizer) has no regular forms; others get both.
    const forms = own.length >= 10 || l.endsWith('or') ? own : [...own, ...regular(l, p)];
    for (const f of forms) out[f] ??= l;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
write('es', {
  _source: 'Verbs of saying in Spanish from general knowledge of the language; forms by the regular conjugation of each class plus irregular stems (scripts/lexicons/speech-verbs-intl.ts).',
  forms: romance(ES_LEMMAS, ES, ES_IRREGULAR),
  strong: ['decir', 'afirmar', 'declarar', 'asegurar', 'explicar', 'señalar', 'añadir', 'agregar', 'indicar', 'sostener', 'subrayar', 'destacar', 'apuntar', 'precisar', 'advertir', 'insistir', 'reconocer', 'admitir', 'comentar', 'responder', 'replicar', 'zanjar', 'apostillar', 'explicar', 'relatar', 'contar', 'recordar', 'lamentar', 'criticar', 'denunciar', 'manifestar', 'expresar', 'concluir', 'aseverar', 'matizar', 'puntualizar'],
});
write('pt', {
  _source: 'Verbs of saying in Portuguese from general knowledge of the language; forms by the regular conjugation of each class plus irregular stems (scripts/lexicons/speech-verbs-intl.ts).',
  forms: romance(PT_LEMMAS, PT, PT_IRREGULAR),
  strong: ['dizer', 'afirmar', 'declarar', 'garantir', 'explicar', 'assinalar', 'acrescentar', 'adiantar', 'indicar', 'sustentar', 'sublinhar', 'destacar', 'apontar', 'frisar', 'salientar', 'advertir', 'insistir', 'reconhecer', 'admitir', 'comentar', 'responder', 'relatar', 'contar', 'lembrar', 'lamentar', 'criticar', 'denunciar', 'ressaltar', 'concluir', 'assegurar', 'defender', 'questionar', 'desabafar', 'completar', 'observar'],
});
