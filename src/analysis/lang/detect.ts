// Stage "language": the article's language, once per article, from what the page claims and
// what its text reads as. Claims come first (they are the publisher's word and cost nothing);
// the text overrides a claim only when the detector is sure the text is another language —
// templates keep lang="en" on pages written in Zulu or German. franc-min (trigram profiles of
// 82 languages) judges the text; a claim in a language it does not know is kept as it is.
import { francAll } from 'franc-min';

export { SUPPORTED, type Supported, supportedLanguage } from './codes';

// franc's ISO 639-3 codes → the ISO 639-1 subtags pages use (languages of franc-min that news
// pages are written in; the rest keep their three letters, which no page claim will equal).
const ISO1: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  ces: 'cs', ron: 'ro', hun: 'hu', swe: 'sv', tur: 'tr', ind: 'id', zlm: 'ms', vie: 'vi', jpn: 'ja', kor: 'ko',
  cmn: 'zh', arb: 'ar', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', bul: 'bg', bel: 'be', kaz: 'kk', hrv: 'hr',
  srp: 'sr', bos: 'bs', zul: 'zu', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', tgl: 'tl', ceb: 'ceb', jav: 'jv',
  sun: 'su', som: 'so', kin: 'rw', nya: 'ny', lin: 'ln', ell: 'el', heb: 'he', tha: 'th', tam: 'ta', tel: 'te',
  mar: 'mr', npi: 'ne', amh: 'am', uzn: 'uz', azj: 'az', ckb: 'ckb', mal: 'ml', kan: 'kn', guj: 'gu', pan: 'pa',
};
/** Claims spelled another way than the detector's code: Norwegian Bokmål and Nynorsk are "no". */
const CLAIM_ALIAS: Readonly<Record<string, string>> = { nb: 'no', nn: 'no', iw: 'he', in: 'id' };

/** What the text reads as: at most this much of it (franc's cost grows with the text; a page's
 * first paragraphs say its language as well as the whole). */
const SAMPLE = 3000;
/** Fewer letters than this and the text's verdict is noise: the claim stands alone. */
const MIN_LETTERS = 60;
/** A claim among the text's best few languages stands: close languages (es/pt/gl, cs/sk, id/ms)
 * are where franc errs, and there the publisher knows better. franc's scores bunch near 1 on a
 * long text, so the claim's rank says more than its score. */
const KEEP_CLAIM_RANK = 3;
// franc-min reads any Han text as Japanese. Japanese prose is a third kana or more; Chinese has
// none but a stray character of a garbled credit line (and "・", U+30FB, which it uses too).
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/g;
const HAN = /\p{Script=Han}/gu;
const isChinese = (s: string) => (s.match(KANA)?.length ?? 0) < 0.05 * (s.match(HAN)?.length ?? 0);

export interface LanguageVerdict {
  /** ISO 639-1 where there is one ("fr"), "und" when neither page nor text tells. */
  lang: string;
  /** Where it came from: the page's claim, the text overriding or filling in for it, or neither. */
  source: 'claim' | 'text' | 'none';
}

const KNOWN = new Set(Object.values(ISO1));

/** The text's languages, best first, as franc ranks them (scores 0..1, 1 the best). */
export function textLanguages(text: string): { lang: string; score: number }[] {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return [];
  return francAll(sample)
    .filter(([code]) => code !== 'und')
    .map(([code, score]) => ({ lang: code === 'jpn' && isChinese(sample) ? 'zh' : (ISO1[code] ?? code), score }));
}

/** The article's language from the page's claims (most trusted first) and its body text. */
export function articleLanguage(claims: readonly string[], text: string): LanguageVerdict {
  const claim = claims.map((c) => CLAIM_ALIAS[c] ?? c)[0] ?? null;
  const ranked = textLanguages(text);
  const top = ranked[0];
  if (!claim) return top ? { lang: top.lang, source: 'text' } : { lang: 'und', source: 'none' };
  if (!top || top.lang === claim || !KNOWN.has(claim)) return { lang: claim, source: 'claim' };
  const rank = ranked.findIndex((r) => r.lang === claim);
  return rank >= 0 && rank < KEEP_CLAIM_RANK ? { lang: claim, source: 'claim' } : { lang: top.lang, source: 'text' };
}
