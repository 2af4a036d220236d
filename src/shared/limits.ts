// The one set of size limits, the same at every entry: the page, the library editor, import and
// the analysis. Each refusal is a LimitError whose message names the limit and the size given.

export const LIMITS = {
  /** A reader's note. */
  note: 20_000,
  /** One tag. */
  tag: 100,
  /** Tags on one annotation. */
  tags: 50,
  /** An article title (a page's longer title is cut; an imported one is refused). */
  title: 1_000,
  /** The passage of a quote or highlight. */
  quote: 20_000,
  /** Article text analysed; text past it is not analysed and the reader is told. */
  article: 2_000_000,
  /** A backup file to import. */
  importFile: 1_000_000_000,
} as const;

export type LimitName = keyof typeof LIMITS;

const NAMES: Record<LimitName, string> = {
  note: 'note',
  tag: 'tag',
  tags: 'number of tags',
  title: 'title',
  quote: 'highlighted passage',
  article: 'article text',
  importFile: 'backup file',
};

const UNITS: Record<LimitName, string> = {
  note: 'characters',
  tag: 'characters',
  tags: 'tags',
  title: 'characters',
  quote: 'characters',
  article: 'characters',
  importFile: 'bytes',
};

export class LimitError extends Error {
  override readonly name = 'LimitError';
  constructor(
    readonly limit: LimitName,
    readonly size: number,
    where = '',
  ) {
    super(`${where ? `${where}: ` : ''}${limitMessage(limit, size)}`);
  }
}

const n = (x: number) => x.toLocaleString('en');

/** "The note is too long: 25,000 characters; the limit is 20,000." */
export function limitMessage(limit: LimitName, size: number): string {
  const what = NAMES[limit];
  const verb = limit === 'tags' ? 'has too many' : 'is too long';
  const subject = limit === 'tags' ? 'The annotation' : `The ${what}`;
  const detail = limit === 'tags' ? `${n(size)} tags; the limit is ${n(LIMITS.tags)}` : `${n(size)} ${UNITS[limit]}; the limit is ${n(LIMITS[limit])}`;
  return `${subject} ${verb}: ${detail}.`;
}

/** Throws a LimitError when `size` is over the named limit. */
export function checkLimit(limit: LimitName, size: number, where?: string): void {
  if (size > LIMITS[limit]) throw new LimitError(limit, size, where);
}

/** The reader's fields of one annotation, checked together (a note, its tags, each tag). */
export function checkReaderFields(fields: { note?: string | null; tags?: readonly string[] }, where?: string): void {
  if (fields.note) checkLimit('note', fields.note.length, where);
  if (fields.tags) {
    checkLimit('tags', fields.tags.length, where);
    for (const t of fields.tags) checkLimit('tag', t.length, where);
  }
}

/** A page-derived title cut to the limit: the page cannot be refused, only shortened. */
export function clipTitle(title: string): string {
  return title.length <= LIMITS.title ? title : `${Array.from(title.slice(0, LIMITS.title - 1)).join('')}…`;
}
