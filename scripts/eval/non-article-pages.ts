// Writes tests/fixtures/non-articles/: pages a news reader meets that are not articles (front pages,
// section fronts, search results, tag and author pages, video indexes, date archives), in six
// languages, with made-up text. Deterministic (seeded): run again, get the same files.
//
//   npx tsx scripts/eval/non-article-pages.ts
//
// Nothing here is taken from the evaluation pages: the words are small vocabularies written for this
// generator, and the layouts are the common shapes of such pages (cards of a headline link, a blurb,
// a time; a lead story with a standfirst; an intro or bio paragraph; menus, a cookie notice, a footer
// "about us"), each varied by the seed (wrappers, tags, classes, which parts a card has, metadata).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../rng';

const OUT = new URL('../../tests/fixtures/non-articles/', import.meta.url).pathname;

interface Lang {
  code: string;
  nouns: string[];
  verbs: string[];
  adjectives: string[];
  places: string[];
  links: string[]; // "in", "after", "for"… between clauses
  sections: string[];
  ui: {
    home: string;
    search: string;
    results: (n: number, q: string) => string;
    topic: string;
    author: string;
    video: string;
    archive: string;
    mostRead: string;
    more: string;
    minutes: string;
    cookie: string;
    about: string;
    newsletter: string;
    next: string;
  };
  months: string[];
  sentence: (w: Words) => string;
}

interface Words {
  adj: string;
  noun: string;
  verb: string;
  noun2: string;
  link: string;
  place: string;
}

const LANGS: Lang[] = [
  {
    code: 'en',
    nouns: ['council', 'union', 'ministry', 'court', 'hospital', 'school board', 'airline', 'port', 'bank', 'league', 'museum', 'police', 'regulator', 'farmers', 'tenants', 'startup', 'railway', 'senate', 'festival', 'coalition'],
    verbs: ['approves', 'rejects', 'delays', 'expands', 'questions', 'backs', 'cuts', 'reviews', 'announces', 'suspends', 'defends', 'opens'],
    adjectives: ['new', 'local', 'regional', 'disputed', 'long-awaited', 'costly', 'surprise', 'temporary', 'national', 'revised'],
    places: ['the harbour district', 'the north', 'the capital', 'three provinces', 'the valley', 'the old town', 'the coast'],
    links: ['after', 'despite', 'amid', 'before', 'as'],
    sections: ['World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Health', 'Opinion', 'Travel'],
    ui: {
      home: 'Home',
      search: 'Search',
      results: (n, q) => `About ${n} results for “${q}”`,
      topic: 'Topic',
      author: 'Stories by',
      video: 'Videos',
      archive: 'Archive',
      mostRead: 'Most read',
      more: 'Load more',
      minutes: 'min read',
      cookie: 'We use cookies and similar technologies to run this site, to measure how it is used and to show you content that matters to you. You can change your choices at any time in the privacy settings linked at the bottom of every page.',
      about: 'The Daily Lantern is an independent newsroom covering the region since 1921. Our reporters work from four bureaus and publish around the clock. Read our editorial standards, corrections policy and how to contact the newsroom securely.',
      newsletter: 'Get the morning briefing in your inbox every weekday.',
      next: 'Next page',
    },
    months: ['January', 'March', 'May', 'July', 'September', 'November'],
    sentence: (w) => `The ${w.adj} ${w.noun} ${w.verb} the ${w.noun2} plan ${w.link} weeks of talks in ${w.place}.`,
  },
  {
    code: 'de',
    nouns: ['Stadtrat', 'Gewerkschaft', 'Ministerium', 'Gericht', 'Klinikum', 'Schulamt', 'Fluglinie', 'Hafen', 'Sparkasse', 'Liga', 'Museum', 'Polizei', 'Behörde', 'Landwirte', 'Mieterbund', 'Start-up', 'Bahn', 'Landtag', 'Festival', 'Koalition'],
    verbs: ['billigt', 'stoppt', 'verschiebt', 'erweitert', 'prüft', 'unterstützt', 'kürzt', 'kündigt an', 'setzt aus', 'verteidigt', 'eröffnet'],
    adjectives: ['neuen', 'umstrittenen', 'lang erwarteten', 'teuren', 'regionalen', 'vorläufigen', 'überarbeiteten'],
    places: ['im Hafenviertel', 'im Norden', 'in der Hauptstadt', 'in drei Landkreisen', 'im Tal', 'in der Altstadt', 'an der Küste'],
    links: ['nach', 'trotz', 'vor', 'wegen'],
    sections: ['Politik', 'Wirtschaft', 'Wissen', 'Sport', 'Kultur', 'Gesundheit', 'Meinung', 'Reise', 'Panorama'],
    ui: {
      home: 'Startseite',
      search: 'Suche',
      results: (n, q) => `Etwa ${n} Ergebnisse für „${q}“`,
      topic: 'Thema',
      author: 'Artikel von',
      video: 'Videos',
      archive: 'Archiv',
      mostRead: 'Meistgelesen',
      more: 'Mehr laden',
      minutes: 'Min. Lesezeit',
      cookie: 'Wir verwenden Cookies und ähnliche Technologien, um diese Seite zu betreiben, ihre Nutzung zu messen und Ihnen passende Inhalte zu zeigen. Ihre Auswahl können Sie jederzeit in den Datenschutzeinstellungen am Ende jeder Seite ändern.',
      about: 'Der Tagesbote ist eine unabhängige Redaktion, die seit 1921 über die Region berichtet. Unsere Reporterinnen und Reporter arbeiten in vier Büros. Lesen Sie unsere Leitlinien, unsere Korrekturen und wie Sie uns vertraulich erreichen.',
      newsletter: 'Der Morgenüberblick jeden Werktag in Ihrem Postfach.',
      next: 'Nächste Seite',
    },
    months: ['Januar', 'März', 'Mai', 'Juli', 'September', 'November'],
    sentence: (w) => `Der ${w.noun} ${w.verb} den ${w.adj} Plan für ${w.noun2} ${w.place}.`,
  },
  {
    code: 'fr',
    nouns: ['conseil municipal', 'syndicat', 'ministère', 'tribunal', 'hôpital', 'rectorat', 'compagnie aérienne', 'port', 'banque', 'ligue', 'musée', 'police', 'régulateur', 'agriculteurs', 'locataires', 'jeune pousse', 'SNCF régionale', 'Sénat', 'festival', 'coalition'],
    verbs: ['approuve', 'rejette', 'reporte', 'élargit', 'conteste', 'soutient', 'réduit', 'examine', 'annonce', 'suspend', 'défend', 'ouvre'],
    adjectives: ['nouveau', 'contesté', 'attendu', 'coûteux', 'régional', 'provisoire', 'révisé'],
    places: ['dans le quartier du port', 'dans le Nord', 'dans la capitale', 'dans trois départements', 'dans la vallée', 'dans la vieille ville', 'sur la côte'],
    links: ['après', 'malgré', 'avant', 'face à'],
    sections: ['Monde', 'Politique', 'Économie', 'Sciences', 'Sport', 'Culture', 'Santé', 'Débats', 'Voyage'],
    ui: {
      home: 'Accueil',
      search: 'Rechercher',
      results: (n, q) => `Environ ${n} résultats pour « ${q} »`,
      topic: 'Sujet',
      author: 'Articles de',
      video: 'Vidéos',
      archive: 'Archives',
      mostRead: 'Les plus lus',
      more: 'Voir plus',
      minutes: 'min de lecture',
      cookie: 'Nous utilisons des cookies et des technologies similaires pour faire fonctionner ce site, mesurer son audience et vous proposer des contenus adaptés. Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité en bas de chaque page.',
      about: 'La Lanterne est une rédaction indépendante qui couvre la région depuis 1921. Nos journalistes travaillent depuis quatre bureaux et publient jour et nuit. Consultez notre charte, nos rectificatifs et la manière de nous contacter en toute sécurité.',
      newsletter: 'Recevez le brief du matin chaque jour de la semaine.',
      next: 'Page suivante',
    },
    months: ['janvier', 'mars', 'mai', 'juillet', 'septembre', 'novembre'],
    sentence: (w) => `Le ${w.noun} ${w.verb} le ${w.adj} projet ${w.link} des semaines de discussions ${w.place}.`,
  },
  {
    code: 'es',
    nouns: ['ayuntamiento', 'sindicato', 'ministerio', 'tribunal', 'hospital', 'consejería', 'aerolínea', 'puerto', 'banco', 'liga', 'museo', 'policía', 'regulador', 'agricultores', 'inquilinos', 'empresa emergente', 'ferrocarril', 'Senado', 'festival', 'coalición'],
    verbs: ['aprueba', 'rechaza', 'aplaza', 'amplía', 'cuestiona', 'respalda', 'recorta', 'revisa', 'anuncia', 'suspende', 'defiende', 'abre'],
    adjectives: ['nuevo', 'polémico', 'esperado', 'costoso', 'regional', 'provisional', 'revisado'],
    places: ['en el barrio del puerto', 'en el norte', 'en la capital', 'en tres provincias', 'en el valle', 'en el casco antiguo', 'en la costa'],
    links: ['tras', 'pese a', 'antes de', 'ante'],
    sections: ['Internacional', 'Política', 'Economía', 'Ciencia', 'Deportes', 'Cultura', 'Salud', 'Opinión', 'Viajes'],
    ui: {
      home: 'Portada',
      search: 'Buscar',
      results: (n, q) => `Unos ${n} resultados para «${q}»`,
      topic: 'Tema',
      author: 'Noticias de',
      video: 'Vídeos',
      archive: 'Hemeroteca',
      mostRead: 'Lo más leído',
      more: 'Cargar más',
      minutes: 'min de lectura',
      cookie: 'Utilizamos cookies y tecnologías similares para que este sitio funcione, medir su uso y mostrarle contenidos de su interés. Puede cambiar sus preferencias en cualquier momento en la configuración de privacidad al pie de cada página.',
      about: 'El Farol es una redacción independiente que cubre la región desde 1921. Nuestros periodistas trabajan desde cuatro delegaciones y publican a todas horas. Lea nuestros principios editoriales, las rectificaciones y cómo contactarnos de forma segura.',
      newsletter: 'Reciba el resumen de la mañana cada día laborable.',
      next: 'Página siguiente',
    },
    months: ['enero', 'marzo', 'mayo', 'julio', 'septiembre', 'noviembre'],
    sentence: (w) => `El ${w.noun} ${w.verb} el ${w.adj} plan ${w.link} semanas de negociación ${w.place}.`,
  },
  {
    code: 'it',
    nouns: ['consiglio comunale', 'sindacato', 'ministero', 'tribunale', 'ospedale', 'provveditorato', 'compagnia aerea', 'porto', 'banca', 'lega', 'museo', 'polizia', 'autorità', 'agricoltori', 'inquilini', 'startup', 'ferrovia', 'Senato', 'festival', 'coalizione'],
    verbs: ['approva', 'respinge', 'rinvia', 'amplia', 'contesta', 'sostiene', 'taglia', 'esamina', 'annuncia', 'sospende', 'difende', 'apre'],
    adjectives: ['nuovo', 'contestato', 'atteso', 'costoso', 'regionale', 'provvisorio', 'rivisto'],
    places: ['nel quartiere del porto', 'al nord', 'nella capitale', 'in tre province', 'nella valle', 'nel centro storico', 'sulla costa'],
    links: ['dopo', 'nonostante', 'prima di', 'davanti a'],
    sections: ['Esteri', 'Politica', 'Economia', 'Scienze', 'Sport', 'Cultura', 'Salute', 'Opinioni', 'Viaggi'],
    ui: {
      home: 'Home',
      search: 'Cerca',
      results: (n, q) => `Circa ${n} risultati per «${q}»`,
      topic: 'Argomento',
      author: 'Articoli di',
      video: 'Video',
      archive: 'Archivio',
      mostRead: 'I più letti',
      more: 'Carica altri',
      minutes: 'min di lettura',
      cookie: 'Utilizziamo cookie e tecnologie simili per far funzionare questo sito, misurarne l’uso e mostrarti contenuti di tuo interesse. Puoi modificare le tue scelte in qualsiasi momento nelle impostazioni della privacy in fondo a ogni pagina.',
      about: 'La Lanterna è una redazione indipendente che racconta la regione dal 1921. I nostri giornalisti lavorano da quattro sedi e pubblicano a ogni ora. Leggi i nostri principi, le rettifiche e come contattarci in modo sicuro.',
      newsletter: 'Ricevi il notiziario del mattino ogni giorno feriale.',
      next: 'Pagina successiva',
    },
    months: ['gennaio', 'marzo', 'maggio', 'luglio', 'settembre', 'novembre'],
    sentence: (w) => `Il ${w.noun} ${w.verb} il ${w.adj} piano ${w.link} settimane di trattative ${w.place}.`,
  },
  {
    code: 'pt',
    nouns: ['câmara municipal', 'sindicato', 'ministério', 'tribunal', 'hospital', 'secretaria', 'companhia aérea', 'porto', 'banco', 'liga', 'museu', 'polícia', 'regulador', 'agricultores', 'inquilinos', 'startup', 'ferrovia', 'Senado', 'festival', 'coligação'],
    verbs: ['aprova', 'rejeita', 'adia', 'amplia', 'contesta', 'apoia', 'corta', 'revê', 'anuncia', 'suspende', 'defende', 'abre'],
    adjectives: ['novo', 'polêmico', 'esperado', 'caro', 'regional', 'provisório', 'revisto'],
    places: ['no bairro do porto', 'no norte', 'na capital', 'em três estados', 'no vale', 'no centro histórico', 'no litoral'],
    links: ['após', 'apesar de', 'antes de', 'diante de'],
    sections: ['Mundo', 'Política', 'Economia', 'Ciência', 'Esporte', 'Cultura', 'Saúde', 'Opinião', 'Turismo'],
    ui: {
      home: 'Início',
      search: 'Buscar',
      results: (n, q) => `Cerca de ${n} resultados para “${q}”`,
      topic: 'Tema',
      author: 'Textos de',
      video: 'Vídeos',
      archive: 'Arquivo',
      mostRead: 'Mais lidas',
      more: 'Carregar mais',
      minutes: 'min de leitura',
      cookie: 'Usamos cookies e tecnologias semelhantes para o funcionamento deste site, para medir o seu uso e para mostrar conteúdos do seu interesse. Você pode mudar suas escolhas a qualquer momento nas configurações de privacidade no rodapé de cada página.',
      about: 'A Lanterna é uma redação independente que cobre a região desde 1921. Nossos repórteres trabalham em quatro sucursais e publicam o dia todo. Leia nossos princípios editoriais, as correções e como falar conosco com segurança.',
      newsletter: 'Receba o resumo da manhã em todos os dias úteis.',
      next: 'Próxima página',
    },
    months: ['janeiro', 'março', 'maio', 'julho', 'setembro', 'novembro'],
    sentence: (w) => `O ${w.noun} ${w.verb} o ${w.adj} plano ${w.link} semanas de negociação ${w.place}.`,
  },
];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

function sentence(r: Rand, L: Lang): string {
  return L.sentence({ adj: pick(r, L.adjectives), noun: pick(r, L.nouns), verb: pick(r, L.verbs), noun2: pick(r, L.nouns), link: pick(r, L.links), place: pick(r, L.places) });
}
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function headline(r: Rand, L: Lang): string {
  const s = sentence(r, L).replace(/\.$/, '');
  const w = s.split(' ');
  return cap(w.slice(0, int(r, 6, Math.min(12, w.length))).join(' '));
}
const blurb = (r: Rand, L: Lang, n: number): string => Array.from({ length: n }, () => sentence(r, L)).join(' ');
const when = (r: Rand, L: Lang): string => `${int(r, 1, 28)} ${pick(r, L.months)} 2025`;

/** One teaser card, its parts and wrappers chosen by the seed. */
function card(r: Rand, L: Lang, o: { heading: string; wrapper: string; cls: string; blurbTag: string | null; image: boolean; meta: boolean; section?: string }): string {
  const h = headline(r, L);
  const href = `/${slug(o.section ?? pick(r, L.sections))}/${int(r, 2019, 2025)}/${slug(h)}-${int(r, 10000, 99999)}`;
  const img = o.image ? `<a href="${href}" tabindex="-1"><img src="/img/${int(r, 1000, 9999)}.jpg" alt="" width="320" height="180"></a>` : '';
  const title = o.heading === 'a' ? `<a class="${o.cls}__title" href="${href}">${esc(h)}</a>` : `<${o.heading} class="${o.cls}__title"><a href="${href}">${esc(h)}</a></${o.heading}>`;
  const text = o.blurbTag ? `<${o.blurbTag} class="${o.cls}__summary">${esc(blurb(r, L, int(r, 1, 2)))}</${o.blurbTag}>` : '';
  const meta = o.meta ? `<div class="${o.cls}__meta"><time datetime="2025-0${int(r, 1, 9)}-1${int(r, 0, 9)}">${when(r, L)}</time> · ${int(r, 2, 12)} ${L.ui.minutes}</div>` : '';
  return `<${o.wrapper} class="${o.cls}">${img}${title}${text}${meta}</${o.wrapper}>`;
}

function cards(r: Rand, L: Lang, n: number, section?: string): string {
  const wrapper = pick(r, ['article', 'div', 'li']);
  const o = {
    heading: pick(r, ['h2', 'h3', 'h3', 'h4', 'a']),
    wrapper,
    cls: pick(r, ['teaser', 'card', 'story', 'c-item', 'post-tile', 'entry']),
    blurbTag: pick(r, ['p', 'p', 'div', 'span', null]),
    image: r() < 0.7,
    meta: r() < 0.6,
    section,
  };
  const items = Array.from({ length: n }, () => card(r, L, o)).join('\n');
  return wrapper === 'li' ? `<ul class="${o.cls}-list">${items}</ul>` : `<div class="${o.cls}-grid">${items}</div>`;
}

function chrome(r: Rand, L: Lang, main: string, o: { title: string; ogType: string | null; jsonLd: object | null; site: string }): string {
  const nav = L.sections.map((s) => `<li><a href="/${slug(s)}">${esc(s)}</a></li>`).join('');
  const mostRead = r() < 0.6 ? `<aside class="most-read"><h2>${L.ui.mostRead}</h2><ol>${Array.from({ length: 5 }, () => `<li><a href="/${slug(pick(r, L.sections))}/${int(r, 10000, 99999)}">${esc(headline(r, L))}</a></li>`).join('')}</ol></aside>` : '';
  const cookie = r() < 0.5 ? `<div class="consent"><p>${esc(L.ui.cookie)}</p><button>OK</button></div>` : '';
  const meta = [
    o.ogType ? `<meta property="og:type" content="${o.ogType}">` : '',
    `<meta property="og:site_name" content="${esc(o.site)}">`,
    `<meta property="og:title" content="${esc(o.title)}">`,
    o.jsonLd ? `<script type="application/ld+json">${JSON.stringify(o.jsonLd)}</script>` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="${L.code}"><head><meta charset="utf-8"><title>${esc(o.title)} | ${esc(o.site)}</title>
${meta}
<link rel="stylesheet" href="/static/site.css"></head>
<body>
${cookie}
<header class="masthead"><a class="logo" href="/">${esc(o.site)}</a><form action="/search" role="search"><input name="q" placeholder="${L.ui.search}"><button>${L.ui.search}</button></form>
<nav><ul><li><a href="/">${L.ui.home}</a></li>${nav}</ul></nav></header>
<main id="main">
${main}
</main>
${mostRead}
<footer><p>${esc(L.ui.about)}</p><p>${esc(L.ui.newsletter)} <a href="/newsletters">${L.ui.newsletter.split(' ').slice(0, 2).join(' ')}</a></p><ul>${L.sections.map((s) => `<li><a href="/${slug(s)}">${esc(s)}</a></li>`).join('')}</ul><p>© 2025 ${esc(o.site)}</p></footer>
</body></html>
`;
}

const SITES = ['The Daily Lantern', 'Harbour Courier', 'Valley Post', 'Morning Ledger', 'Northern Herald', 'City Gazette'];

type Kind = 'front' | 'section' | 'search' | 'tag' | 'author' | 'video' | 'archive';
const KINDS: Kind[] = ['front', 'section', 'search', 'tag', 'author', 'video', 'archive'];

function pageOf(kind: Kind, L: Lang, seed: number): string {
  const r = rng(seed);
  const site = pick(r, SITES);
  const section = pick(r, L.sections);
  // Most such pages say "website" or nothing; some CMSs stamp "article" on every page.
  const ogType = pick(r, ['website', 'website', null, 'website', 'article']);
  switch (kind) {
    case 'front': {
      const lead = `<section class="lead"><article class="lead-story"><a href="/${slug(section)}/lead"><img src="/img/lead.jpg" alt=""></a><h2><a href="/${slug(section)}/lead-${int(r, 100, 999)}">${esc(headline(r, L))}</a></h2><p class="standfirst">${esc(blurb(r, L, int(r, 2, 3)))}</p></article></section>`;
      const blocks = L.sections
        .slice(0, int(r, 4, 7))
        .map((s) => `<section class="rubric"><h2><a href="/${slug(s)}">${esc(s)}</a></h2>${cards(r, L, int(r, 4, 8), s)}</section>`)
        .join('\n');
      const jsonLd = r() < 0.7 ? { '@context': 'https://schema.org', '@type': 'WebSite', name: site, url: 'https://example.org/', potentialAction: { '@type': 'SearchAction', target: 'https://example.org/search?q={q}', 'query-input': 'required name=q' } } : null;
      return chrome(r, L, `${lead}\n${blocks}`, { title: site, ogType, jsonLd, site });
    }
    case 'section': {
      const intro = r() < 0.5 ? `<p class="section-intro">${esc(blurb(r, L, int(r, 2, 4)))}</p>` : '';
      const pager = `<nav class="pagination"><a href="?page=2">${L.ui.next}</a></nav>`;
      const jsonLd = r() < 0.5 ? { '@context': 'https://schema.org', '@type': 'CollectionPage', name: section } : null;
      return chrome(r, L, `<h1>${esc(section)}</h1>${intro}${cards(r, L, int(r, 14, 26), section)}${pager}`, { title: section, ogType, jsonLd, site });
    }
    case 'search': {
      const q = pick(r, L.nouns);
      const results = Array.from({ length: int(r, 10, 20) }, () => {
        const h = headline(r, L);
        const s = blurb(r, L, int(r, 1, 2)).replace(q, `<em>${esc(q)}</em>`);
        return `<li class="result"><h3><a href="/${slug(pick(r, L.sections))}/${slug(h)}">${esc(h)}</a></h3><cite>example.org › ${esc(pick(r, L.sections))}</cite><p>${s}</p></li>`;
      }).join('\n');
      const jsonLd = r() < 0.5 ? { '@context': 'https://schema.org', '@type': 'SearchResultsPage', name: `${L.ui.search}: ${q}` } : null;
      const main = `<h1>${L.ui.search}</h1><p class="count">${esc(L.ui.results(int(r, 40, 900), q))}</p><ol class="results">${results}</ol><nav class="pagination"><a href="?q=x&amp;page=2">${L.ui.next}</a></nav>`;
      return chrome(r, L, main, { title: `${L.ui.search}: ${q}`, ogType: r() < 0.5 ? null : 'website', jsonLd, site });
    }
    case 'tag': {
      const topic = cap(pick(r, L.nouns));
      const desc = `<div class="topic-description"><p>${esc(blurb(r, L, int(r, 2, 5)))}</p></div>`;
      // Flat variant: headline and excerpt as siblings in one container, no card wrappers.
      const flat = r() < 0.5;
      const list = flat
        ? `<div class="tag-stream">${Array.from({ length: int(r, 12, 20) }, () => {
            const h = headline(r, L);
            return `<h2><a href="/${slug(section)}/${slug(h)}">${esc(h)}</a></h2><p>${esc(blurb(r, L, int(r, 1, 2)))}</p><p class="byline">${when(r, L)}</p>`;
          }).join('\n')}</div>`
        : cards(r, L, int(r, 12, 24));
      const jsonLd = r() < 0.5 ? { '@context': 'https://schema.org', '@type': 'CollectionPage', name: topic, mainEntity: { '@type': 'ItemList', numberOfItems: 20 } } : null;
      return chrome(r, L, `<h1>${L.ui.topic}: ${esc(topic)}</h1>${desc}${list}`, { title: topic, ogType, jsonLd, site });
    }
    case 'author': {
      const name = `${pick(r, ['Alex', 'Sam', 'Noa', 'Kim', 'Robin', 'Jules'])} ${pick(r, ['Marlow', 'Ferreira', 'Okafor', 'Lindqvist', 'Brandt', 'Moreau'])}`;
      const bio = `<div class="author-bio"><img src="/img/author.jpg" alt=""><p>${esc(blurb(r, L, int(r, 3, 6)))}</p></div>`;
      const jsonLd = r() < 0.6 ? { '@context': 'https://schema.org', '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name } } : null;
      return chrome(r, L, `<h1>${L.ui.author} ${esc(name)}</h1>${bio}${cards(r, L, int(r, 10, 20))}<button class="more">${L.ui.more}</button>`, { title: name, ogType: pick(r, ['profile', 'website', null]), jsonLd, site });
    }
    case 'video': {
      const vids = Array.from({ length: int(r, 12, 30) }, () => {
        const h = headline(r, L);
        const dur = `${int(r, 0, 12)}:${String(int(r, 0, 59)).padStart(2, '0')}`;
        const desc = r() < 0.6 ? `<p class="video-desc">${esc(sentence(r, L))}</p>` : '';
        return `<div class="video-card"><a href="/${slug(L.ui.video)}/${slug(h)}"><img src="/img/v${int(r, 100, 999)}.jpg" alt=""><span class="duration">${dur}</span></a><h3><a href="/${slug(L.ui.video)}/${slug(h)}">${esc(h)}</a></h3>${desc}</div>`;
      }).join('\n');
      const jsonLd = r() < 0.5 ? { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [{ '@type': 'VideoObject', name: 'x' }] } : null;
      return chrome(r, L, `<h1>${L.ui.video}</h1><div class="video-grid">${vids}</div>`, { title: L.ui.video, ogType: pick(r, ['website', null, 'video.other']), jsonLd, site });
    }
    case 'archive': {
      const days = Array.from({ length: int(r, 3, 6) }, () => {
        const links = Array.from({ length: int(r, 6, 14) }, () => {
          const h = headline(r, L);
          return `<li><a href="/${slug(pick(r, L.sections))}/${slug(h)}">${esc(h)}</a> <span class="section">${esc(pick(r, L.sections))}</span></li>`;
        }).join('');
        return `<h2>${when(r, L)}</h2><ul class="archive-day">${links}</ul>`;
      }).join('\n');
      return chrome(r, L, `<h1>${L.ui.archive}</h1>${days}`, { title: L.ui.archive, ogType: pick(r, ['website', null]), jsonLd: null, site });
    }
  }
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.html')) rmSync(join(OUT, f));
  let n = 0;
  LANGS.forEach((L, li) => {
    KINDS.forEach((kind, ki) => {
      writeFileSync(join(OUT, `${L.code}-${kind}.html`), pageOf(kind, L, 1000 + li * 100 + ki));
      n++;
    });
  });
  console.log(`non-article pages: wrote ${n} pages to ${OUT}`);
}

main();
