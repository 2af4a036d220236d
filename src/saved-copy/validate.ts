// A version read back (from the database or a backup file) is checked whole before it is used:
// each failure names the field, e.g. "versions[2].blocks[5].end: beyond the text".
import type { ActorType, BlockKind } from '../analysis/types';
import { ValidationError } from '../export/validate';
import { toSpeaker } from '../shared/speaker-value';
import type { ArticleVersion } from './types';

const KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'caption', 'blockquote', 'list-item', 'byline', 'credit', 'dateline'];
const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];
/** A saved article's text: far above any article (the analysis stops long before), below a runaway page. */
export const MAX_VERSION_CHARS = 2_000_000;

type Obj = Record<string, unknown>;

const fail = (path: string, message: string): never => {
  throw new ValidationError(`${path}: ${message}`);
};
const obj = (v: unknown, path: string): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : fail(path, 'not an object'));
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'not a list'));
const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path, 'not a string'));
const strOrNull = (v: unknown, path: string): string | null => (v === null || v === undefined ? null : str(v, path));

function span(o: Obj, path: string, textLength: number): { start: number; end: number } {
  const { start, end } = o;
  if (!Number.isInteger(start) || (start as number) < 0) fail(`${path}.start`, 'not an offset');
  if (!Number.isInteger(end) || (end as number) < (start as number)) fail(`${path}.end`, 'not an offset after start');
  if ((end as number) > textLength) fail(`${path}.end`, 'beyond the text');
  return { start: start as number, end: end as number };
}

export function checkVersion(root: unknown, path = 'version'): ArticleVersion {
  const o = obj(root, path);
  const text = str(o.text, `${path}.text`);
  if (text.length > MAX_VERSION_CHARS) fail(`${path}.text`, `longer than ${MAX_VERSION_CHARS} characters`);
  return {
    title: str(o.title, `${path}.title`),
    byline: strOrNull(o.byline, `${path}.byline`),
    published: strOrNull(o.published, `${path}.published`),
    lang: strOrNull(o.lang, `${path}.lang`),
    text,
    blocks: arr(o.blocks, `${path}.blocks`).map((b, i) => {
      const p = `${path}.blocks[${i}]`;
      const x = obj(b, p);
      const kind = x.kind as BlockKind;
      if (!KINDS.includes(kind)) fail(`${p}.kind`, `not one of ${KINDS.join(', ')}`);
      return { kind, ...span(x, p, text.length) };
    }),
    quotes: arr(o.quotes, `${path}.quotes`).map((q, i) => {
      const p = `${path}.quotes[${i}]`;
      const x = obj(q, p);
      let speaker: ArticleVersion['quotes'][number]['speaker'];
      try {
        speaker = toSpeaker(x.speaker);
      } catch (e) {
        return fail(`${p}.speaker`, e instanceof Error ? e.message : String(e));
      }
      return { ...span(x, p, text.length), speaker };
    }),
    actors: arr(o.actors, `${path}.actors`).map((a, i) => {
      const p = `${path}.actors[${i}]`;
      const x = obj(a, p);
      const type = x.type as ActorType;
      if (!ACTOR_TYPES.includes(type)) fail(`${p}.type`, `not one of ${ACTOR_TYPES.join(', ')}`);
      const mentions = arr(x.mentions ?? [], `${p}.mentions`).map((m, k): [number, number] => {
        const pair = arr(m, `${p}.mentions[${k}]`);
        const s = span({ start: pair[0], end: pair[1] }, `${p}.mentions[${k}]`, text.length);
        return [s.start, s.end];
      });
      return { name: str(x.name, `${p}.name`), type, mentions };
    }),
  };
}
