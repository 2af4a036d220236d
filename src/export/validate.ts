// Complete validation of an imported Web Annotation collection before anything is written.
// Hand-written so each failure is one line naming the field and where it is, e.g.
// "items[3].target.selector: missing TextQuoteSelector".
import type { ActorType } from '../analysis/types';
import { LIMITS, type LimitName, limitMessage } from '../shared/limits';
import type { AnnotationKind } from '../shared/records';
import { probability } from '../shared/confidence';
import { type Speaker, toSpeaker } from '../shared/speaker-value';
import { ANNO_CONTEXT, type QuotelightAnnotationExtra } from './web-annotation-types';

export interface ValidBody {
  value: string;
  purpose: string | null;
}

export interface ValidItem {
  id: string | null;
  motivations: string[];
  created: number | null;
  modified: number | null;
  body: ValidBody[];
  source: string;
  quote: { exact: string; prefix: string; suffix: string };
  /** Code points, as in the file. */
  position: { start: number; end: number } | null;
  extra: QuotelightAnnotationExtra | null;
  /** ql:speakerConfidence: the detected speaker's probability, when the file gives one. */
  speakerConfidence: number | null;
}

export interface ValidArticle {
  id: string;
  urls: string[];
  title: string;
  site: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  firstSeen: number | null;
  lastSeen: number | null;
}

export interface ValidCollection {
  items: ValidItem[];
  articles: ValidArticle[];
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
}


const KINDS: readonly AnnotationKind[] = ['quote', 'actor', 'highlight', 'note'];
const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];

type Obj = Record<string, unknown>;

function fail(path: string, message: string): never {
  throw new ValidationError(`${path}: ${message}`);
}

/** The same limits as the page and the library editor, refused with the field's place. */
function within(limit: LimitName, size: number, path: string): void {
  if (size > LIMITS[limit]) fail(path, limitMessage(limit, size));
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) fail(path, 'expected an object');
  return v;
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'expected a string');
  return v;
}

function optStr(v: unknown, path: string): string | null {
  return v === undefined || v === null ? null : str(v, path);
}

/** A typed speaker, or the string form older exports wrote ("Name", "unnamed: …", null). */
function speakerAt(v: unknown, path: string): Speaker {
  try {
    return toSpeaker(v);
  } catch (e) {
    return fail(path, (e as Error).message);
  }
}

function nonNegInt(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(path, 'expected a non-negative integer');
  return v;
}

function optDate(v: unknown, path: string): number | null {
  if (v === undefined || v === null) return null;
  const t = Date.parse(str(v, path));
  if (Number.isNaN(t)) fail(path, `not a date: ${JSON.stringify(v).slice(0, 40)}`);
  return t;
}

function httpUrl(v: unknown, path: string): string {
  const s = str(v, path);
  let ok = false;
  try {
    const u = new URL(s);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) fail(path, `not an http(s) URL: ${JSON.stringify(s.slice(0, 60))}`);
  return s;
}

/** `type` may be a string or an array of strings that includes the expected one. */
function hasType(v: unknown, type: string): boolean {
  return v === type || (Array.isArray(v) && v.includes(type));
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [v];
}

function selectors(v: unknown, path: string): Pick<ValidItem, 'quote' | 'position'> {
  if (v === undefined) fail(path, 'missing TextQuoteSelector');
  const list = asList(v);
  const qi = list.findIndex((s) => isObj(s) && hasType(s.type, 'TextQuoteSelector'));
  if (qi === -1) fail(path, 'missing TextQuoteSelector');
  const qPath = Array.isArray(v) ? `${path}[${qi}]` : path;
  const q = obj(list[qi], qPath);
  const exact = str(q.exact, `${qPath}.exact`);
  if (exact.length === 0) fail(`${qPath}.exact`, 'is empty');
  within('quote', exact.length, `${qPath}.exact`);
  const quote = { exact, prefix: optStr(q.prefix, `${qPath}.prefix`) ?? '', suffix: optStr(q.suffix, `${qPath}.suffix`) ?? '' };
  const pi = list.findIndex((s) => isObj(s) && hasType(s.type, 'TextPositionSelector'));
  if (pi === -1) return { quote, position: null };
  const pPath = Array.isArray(v) ? `${path}[${pi}]` : path;
  const p = obj(list[pi], pPath);
  const start = nonNegInt(p.start, `${pPath}.start`);
  const end = nonNegInt(p.end, `${pPath}.end`);
  if (end < start) fail(`${pPath}.end`, `is before start (${end} < ${start})`);
  return { quote, position: { start, end } };
}

function bodies(v: unknown, path: string): ValidBody[] {
  if (v === undefined || v === null) return [];
  const list = asList(v);
  const out: ValidBody[] = [];
  list.forEach((b, i) => {
    const bPath = Array.isArray(v) ? `${path}[${i}]` : path;
    const body = obj(b, bPath);
    // Only textual bodies carry what Quotelight keeps; other body types are skipped, not refused.
    if (body.value === undefined && !hasType(body.type, 'TextualBody')) return;
    const value = str(body.value, `${bPath}.value`);
    const purpose = optStr(body.purpose, `${bPath}.purpose`);
    within(purpose === 'tagging' ? 'tag' : 'note', value.length, `${bPath}.value`);
    out.push({ value, purpose });
  });
  within('tags', out.filter((b) => b.purpose === 'tagging').length, path);
  return out;
}

function extra(v: unknown, path: string): QuotelightAnnotationExtra | null {
  if (v === undefined || v === null) return null;
  const e = obj(v, path);
  const kind = str(e.kind, `${path}.kind`);
  if (!KINDS.includes(kind as AnnotationKind)) fail(`${path}.kind`, `unknown kind ${JSON.stringify(kind)}`);
  const actorType = optStr(e.actorType, `${path}.actorType`);
  if (actorType !== null && !ACTOR_TYPES.includes(actorType as ActorType)) {
    fail(`${path}.actorType`, `unknown actor type ${JSON.stringify(actorType)}`);
  }
  return {
    kind: kind as AnnotationKind,
    speaker: speakerAt(e.speaker, `${path}.speaker`),
    speakerRole: optStr(e.speakerRole, `${path}.speakerRole`),
    speakerCorrection: optStr(e.speakerCorrection, `${path}.speakerCorrection`),
    actorType: actorType as ActorType | null,
    colour: optStr(e.colour, `${path}.colour`),
    astralBefore: e.astralBefore === undefined ? 0 : nonNegInt(e.astralBefore, `${path}.astralBefore`),
  };
}

function confidenceAt(v: unknown, path: string): number | null {
  if (v === undefined || v === null) return null;
  const p = probability(v);
  if (p === null) fail(path, 'expected a number from 0 to 1');
  return p;
}

function item(v: unknown, path: string): ValidItem {
  const a = obj(v, path);
  if (!hasType(a.type, 'Annotation')) fail(`${path}.type`, 'expected "Annotation"');
  const motivations = a.motivation === undefined ? [] : asList(a.motivation).map((m, i) => str(m, `${path}.motivation${Array.isArray(a.motivation) ? `[${i}]` : ''}`));
  if (typeof a.target === 'string') fail(`${path}.target`, 'a bare URL has no selector; missing TextQuoteSelector');
  const target = obj(Array.isArray(a.target) ? a.target[0] : a.target, `${path}.target`);
  return {
    id: optStr(a.id, `${path}.id`),
    motivations,
    created: optDate(a.created, `${path}.created`),
    modified: optDate(a.modified, `${path}.modified`),
    body: bodies(a.body, `${path}.body`),
    source: httpUrl(target.source, `${path}.target.source`),
    ...selectors(target.selector, `${path}.target.selector`),
    extra: extra(a.quotelight, `${path}.quotelight`),
    speakerConfidence: confidenceAt(a.speakerConfidence, `${path}.speakerConfidence`),
  };
}

function title(v: unknown, path: string): string {
  const t = str(v, path);
  within('title', t.length, path);
  return t;
}

function article(v: unknown, path: string): ValidArticle {
  const a = obj(v, path);
  const urls = a.urls === undefined ? [] : a.urls;
  if (!Array.isArray(urls)) fail(`${path}.urls`, 'expected an array');
  return {
    id: httpUrl(a.id, `${path}.id`),
    urls: urls.map((u, i) => httpUrl(u, `${path}.urls[${i}]`)),
    title: title(a.title, `${path}.title`),
    site: optStr(a.site, `${path}.site`),
    byline: optStr(a.byline, `${path}.byline`),
    published: optStr(a.published, `${path}.published`),
    lang: optStr(a.lang, `${path}.lang`),
    firstSeen: optDate(a.firstSeen, `${path}.firstSeen`),
    lastSeen: optDate(a.lastSeen, `${path}.lastSeen`),
  };
}

/** Validates a parsed JSON value; throws ValidationError with a one-line message. */
export function validateCollection(root: unknown): ValidCollection {
  const c = obj(root, 'root');
  const ctx = c['@context'];
  if (!(ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT)))) {
    fail('@context', `expected "${ANNO_CONTEXT}"`);
  }
  if (!hasType(c.type, 'AnnotationCollection')) fail('type', 'expected "AnnotationCollection"');
  if (typeof c.first === 'string') fail('first', 'pages given by URL are not supported; embed the AnnotationPage');
  const first = obj(c.first, 'first');
  if (!hasType(first.type, 'AnnotationPage')) fail('first.type', 'expected "AnnotationPage"');
  if (!Array.isArray(first.items)) fail('first.items', 'expected an array');
  if (first.next !== undefined) fail('first.next', 'multi-page collections are not supported');
  if (c.total !== undefined && c.total !== first.items.length) {
    fail('total', `says ${JSON.stringify(c.total)} but first.items has ${first.items.length}`);
  }
  const items = first.items.map((it, i) => item(it, `items[${i}]`));
  let articles: ValidArticle[] = [];
  if (c.quotelight !== undefined) {
    const ql = obj(c.quotelight, 'quotelight');
    if (ql.articles !== undefined) {
      if (!Array.isArray(ql.articles)) fail('quotelight.articles', 'expected an array');
      articles = ql.articles.map((a, i) => article(a, `quotelight.articles[${i}]`));
    }
  }
  return { items, articles };
}

/** Parses and validates file text; one-line ValidationError on any problem. */
export function parseCollection(text: string): ValidCollection {
  within('importFile', text.length, 'file');
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    fail('JSON', err instanceof Error ? err.message.split('\n')[0]! : 'cannot be parsed');
  }
  return validateCollection(root);
}
