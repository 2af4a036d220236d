// A definite description of a person in French, Spanish, German or Portuguese news ("le ministre",
// "la portavoz", "die Synodalpräsidentin", "o presidente") stands, as a rule, for the person the
// article named last before it: news names a speaker once and then calls them by their role.
// Its gender, where the words say it (the article "la"/"a", a German feminine "-in"), must agree.
import type { Entity, Mention } from '../aliases';
import type { Doc } from '../document';
import type { Gender, LanguageData } from '../lang';

/** How far back (in characters) the person a role stands for is looked for. */
const REACH = 1500;

/** Articles that say the gender of the noun they open. */
const ARTICLE_GENDER: Readonly<Record<string, Readonly<Record<string, Gender>>>> = {
  fr: { le: 'm', la: 'f', ce: 'm', cet: 'm', cette: 'f' },
  es: { el: 'm', la: 'f', este: 'm', esta: 'f' },
  pt: { o: 'm', a: 'f', este: 'm', esta: 'f' },
  de: {},
};

/** The gender a description's words say, or null. */
export function descriptionGender(desc: string, lang: LanguageData): Gender {
  const ws = desc.toLowerCase().split(/\s+/);
  const byArticle = ARTICLE_GENDER[lang.code]?.[ws[0] ?? ''];
  if (byArticle) return byArticle;
  const head = ws.at(-1) ?? '';
  if (lang.capitalisedNouns && /(in)$/.test(head) && head.length > 5) return 'f';
  return null;
}

/** Whether a description is definite and headed by a role noun of a person. */
export function definiteRole(desc: string, lang: LanguageData): boolean {
  const ws = desc.toLowerCase().split(/\s+/);
  if (ws.length < 2 || !lang.determiners.has(ws[0]!) || lang.indefinite.has(ws[0]!)) return false;
  const head = ws.at(-1)!;
  if (lang.roleNouns.has(head)) return true;
  if (!lang.capitalisedNouns) return false;
  for (const r of lang.roleNouns) if (r.length >= 5 && head.endsWith(r)) return true;
  return false;
}

/** The person last named before `pos` (outside quotations) whose gender agrees with `desc`, or null. */
export function lastPersonFor(desc: string, pos: number, doc: Doc, mentions: readonly Mention[], mentionIndexAt: (pos: number) => number): Entity | null {
  if (!definiteRole(desc, doc.lang)) return null;
  const gender = descriptionGender(desc, doc.lang);
  // A person named more than once is one the article follows; a name met once (often a place the
  // tagger took for a person) is taken only when no such person is in reach.
  let once: Entity | null = null;
  for (let k = mentionIndexAt(pos) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < pos - REACH) break;
    if (doc.inQuote(m.start) || m.entity.type !== 'person') continue;
    if (gender && m.entity.gender && m.entity.gender !== gender) continue;
    if (m.entity.mentions.length > 1) return m.entity;
    once ??= m.entity;
  }
  return once;
}
