// Block-level boilerplate removal over Readability's output, after what the best extractors do
// (boilerpipe's and trafilatura's block features): link density, short lines that are page
// chrome rather than sentences, the headline, and the page's own articleBody hints. Captions,
// credits, bylines and date lines are not dropped but typed, so the analysis can skip them;
// everything else judged boilerplate leaves the article. Every rule is generic: it must hold on
// pages nobody has looked at, so each one errs on the side of keeping text.
import type { BlockKind } from '../analysis/types';
import type { RawBlock } from './blocks';
import { grams, wordsIn } from './text-units';
import { CALL_TO_ACTION, CHROME_LINE, CHROME_START, TAXONOMY } from './boilerplate-phrases';
import { ALL_ON, type RulesOff } from './rules';

export interface PageHints {
  /** The headline as the page states it (og:title, h1, <title>). */
  titles: string[];
  /** Author names the page states (meta author, Readability's byline). */
  bylines: string[];
  /** schema.org articleBody text from JSON-LD, when the page has one. */
  articleBody: string | null;
}

/** Kinds that are the article's body, as the reader reads it; the others are typed page furniture. */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'blockquote', 'list-item']);

const words = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const norm = (s: string): string => words(s).join(' ').toLowerCase();

// A sentence ends in punctuation (any script's full stop, question or exclamation mark), maybe quoted.
const ENDS_SENTENCE = /[.!?。！？…]["”’»)\]]*$/u;
// Unrendered CMS shortcodes ("[button link=…]Send us yours[/button]"): markup the page failed to render, not text.
const SHORTCODE = /^\[\w[^\]]*\].*\[\/\w+\]\W*$/;
// A picture's credit on a line of its own: "Jo Roe | Agency | Images" (names between bars), "photos © Studio, 2018", "Via Example.info".
const PIPED_NAMES = /^\p{Lu}[\p{L}.'’-]*(\s\p{Lu}[\p{L}.'’-]*){0,3}(\s\|\s\p{Lu}[\p{L}.'’-]*(\s\p{Lu}[\p{L}.'’-]*){0,3}){2,}$/u;
const SHORT_CREDIT = /©|\(c\)\s|^via\s+\S+$/i;
// Who else worked on the story: "(Reporting by …; editing by …)", "Jo Roe contributed reporting from Oslo."
const CONTRIBUTORS = /^\(?\s*(additional\s+)?(reporting|writing|editing|research|compiled|translated|translation)\s+by\b|\bcontributed( additional)? (reporting|to this (report|story|article))\b/i;
// An author's one-line bio: "Jo Roe is a reporter for the Daily Example."
const AUTHOR_BIO =
  /^(\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]+\s+(is|was)\s+(a|an|the)\s+([\p{L}-]+\s+){0,3}(reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|intern)\b/u;
const CREDIT = /^(\(?(photo(graph)?s?|images?|pictures?|video|credits?|source|illustration|foto|bild|fotó|zdjęcie)\b\s*(by|:|credit|courtesy)|©|\(c\)\s|copyright\b)/i;
// A caption's trailing photo credit: "(Stefan Name/Agency)", "(Image: Agency)", "Photo: …".
const CAPTION_CREDIT = /\s*(\((?:[^()]*\/[^()]*|(?:photo|photograph|image|picture|video|credit|getty|reuters|ap|afp|epa)[^()]*)\)|\b(?:photo|photograph|picture|image|credit)s?\s*:\s*[^.]*)\s*$/i;
// "(Image: Agency)", "(Photo by Jo Roe/Agency)", "(Agency Photo/Jo Roe, File)": a picture's credit ends its caption.
const ENDS_WITH_IMAGE_CREDIT = /\((?:(?:image|photo|picture|credit)s?\s*:[^()]*|[^()]*\b(?:photo|photograph|image|picture)s?\b\s*(?:by\b|\/)[^()]*)\)\s*$/i;
// No i flag: with it \p{Lu} would match lower case too ("by the time…").
const BYLINE = /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez)\s+\p{Lu}/u;
const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)$/i;
// Month and day names of the other languages news is commonly read in (pt, es, fr, de, it).
const MONTH_OTHER =
  /^(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|januar|februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)$/i;
const STAMP_WORD =
  /^(published|updated|posted|modified|last|on|at|am|pm|a|p|m|gmt|utc|[ecmp][sd]t|bst|cet|cest|ago|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|de|às|as|à|le|el|del|di|der|den|um|h|uhr|publicado|atualizado|actualizado|publié|mis|jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)$/i;
const isMonth = (x: string): boolean => MONTH.test(x) || MONTH_OTHER.test(x);
// "Published 2 hours ago": a time stated relative to now.
const RELATIVE_TIME = /\b\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/i;
const URL_OR_HANDLE = /^(https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|@\w+)(\s*[|,·•]?\s*(https?:\/\/\S+|www\.\S+|\S+\.(com|org|net)\/\S*|\S+@\S+\.\S+|@\w+))*$/i;

/** "Updated 1:39 am EST, Wednesday, November 20, 2019", "18 NOV 2019", "19.11.2019, 08:57": only date material. */
function isDateline(text: string): boolean {
  const w = words(text);
  if (w.length === 0 || w.length > 14 || text.length > 100 || !/\d/.test(text)) return false;
  // A date, not just a number (table cells are numbers): a month or day name, d/m/y, or a time.
  if (!w.some(isMonth) && !RELATIVE_TIME.test(text) && !/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b/.test(text)) return false;
  return w.every(isDateWord);
}

function isDateWord(x: string): boolean {
  return /^\d+(st|nd|rd|th)?$/i.test(x) || isMonth(x) || STAMP_WORD.test(x);
}

/** "By Jo Roe on Monday, November 18th, 2019 at 11:08 a.m.": a byline, then only date material. */
function isBylineWithDate(text: string): boolean {
  if (text.length > 200 || !BYLINE.test(text)) return false;
  const w = words(text);
  if (w.length > 30 || !/\d/.test(text)) return false;
  const rest = w.filter((x) => !isDateWord(x));
  return rest.length <= 10 && rest.length < w.length - 2;
}

function typeOf(b: RawBlock, hints: PageHints): BlockKind | null {
  const { text } = b;
  const n = wordsIn(text);
  if (text.length < 120 && CREDIT.test(text)) return 'credit';
  if (text.length < 120 && !ENDS_SENTENCE.test(text) && (PIPED_NAMES.test(text) || SHORT_CREDIT.test(text))) return 'credit';
  if (b.kind === 'credit' || b.kind === 'byline' || b.kind === 'dateline') return b.kind;
  if (text.length < 300 && ENDS_WITH_IMAGE_CREDIT.test(text)) return 'caption';
  // "By Jane Roe" and the page's stated author; "By Tuesday, the talks had…" is a sentence.
  if (n <= 10 && !ENDS_SENTENCE.test(text) && BYLINE.test(text)) return 'byline';
  if (n <= 10 && hints.bylines.some((x) => x && norm(x) === norm(text))) return 'byline';
  if (isBylineWithDate(text)) return 'byline';
  if (text.length < 300 && AUTHOR_BIO.test(text)) return 'byline';
  if (text.length < 400 && CONTRIBUTORS.test(text)) return 'credit';
  if (isDateline(text)) return 'dateline';
  return null;
}

function isBoilerplate(b: RawBlock, off: RulesOff): boolean {
  const n = wordsIn(b.text);
  if (n === 0) return b.kind !== 'paragraph' || b.text.trim() === ''; // a bare symbol line
  if (URL_OR_HANDLE.test(b.text)) return true;
  if (!off.has('linkDensity') && b.kind !== 'heading' && b.linkShare >= 0.8 && n < 40) return true;
  if (off.has('phrases')) return false;
  if (n <= 5 && CHROME_LINE.test(b.text)) return true;
  if (b.text.length < 100 && CHROME_START.test(b.text)) return true;
  if (b.text.length < 160 && CALL_TO_ACTION.test(b.text)) return true;
  if (b.text.length < 200 && TAXONOMY.test(b.text)) return true;
  if (SHORTCODE.test(b.text)) return true;
  return false;
}

/** Share of a block's 4-grams that the page's JSON-LD articleBody has; null for blocks too short to tell. */
function jsonLdShare(text: string, body: Set<string>): number | null {
  const g = grams(text);
  if (g.size < 3) return null;
  let hit = 0;
  for (const x of g) if (body.has(x)) hit++;
  return hit / g.size;
}

/**
 * JSON-LD articleBody is often a summary or cut short, so it only ever removes blocks, and only when
 * it is evidently the whole article: it holds nearly all of what was extracted.
 */
function filterByJsonLd(blocks: RawBlock[], articleBody: string): RawBlock[] {
  const body = grams(articleBody);
  const shares = blocks.map((b) => (BODY_KINDS.has(b.kind) ? jsonLdShare(b.text, body) : null));
  let judged = 0;
  let covered = 0;
  blocks.forEach((b, i) => {
    const s = shares[i];
    if (s === null || s === undefined) return;
    judged += b.text.length;
    if (s >= 0.5) covered += b.text.length;
  });
  if (judged === 0 || covered < judged * 0.85) return blocks;
  return blocks.filter((_, i) => (shares[i] ?? 1) >= 0.1);
}

export function cleanBlocks(raw: RawBlock[], hints: PageHints, off: RulesOff = ALL_ON): RawBlock[] {
  let blocks = raw;

  // The page's own articleBody element, when Readability's output holds it and most of its text.
  const hinted = blocks.filter((b) => b.inHint).reduce((s, b) => s + b.text.length, 0);
  const total = blocks.reduce((s, b) => s + b.text.length, 0);
  if (!off.has('microdata') && hinted > 0 && hinted >= total * 0.6) blocks = blocks.filter((b) => b.inHint);

  // Typed furniture (captions, credits, bylines, dates), then what is not the article at all.
  const kept: RawBlock[] = [];
  for (const b of blocks) {
    if (b.kind === 'caption') {
      const text = b.text.replace(CAPTION_CREDIT, '').trim();
      if (text) kept.push({ ...b, text });
      continue;
    }
    const kind = off.has('typing') ? null : typeOf(b, hints);
    if (kind) kept.push({ ...b, kind });
    else if (!isBoilerplate(b, off)) kept.push(b);
  }
  blocks = kept;

  // The headline is the page's title, not its body: a heading equal to it before the body starts.
  const titles = new Set(hints.titles.map(norm).filter(Boolean));
  const firstText = blocks.findIndex((b) => b.kind === 'paragraph' && wordsIn(b.text) >= 15);
  if (!off.has('headline')) blocks = blocks.filter((b, i) => !(b.kind === 'heading' && (firstText < 0 || i < firstText) && titles.has(norm(b.text))));

  return hints.articleBody && !off.has('jsonLdFilter') ? filterByJsonLd(blocks, hints.articleBody) : blocks;
}
