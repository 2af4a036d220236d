// What the reader types in a mark's editor, kept as a draft in the extension's storage until the
// background has stored it: never in the page. Written by the frame as the reader types, read by the
// background when it opens the editor on that mark again, cleared once the note is stored or the
// mark deleted. Keyed by the mark's id. Where: browser.storage.session (extension pages and the
// background only, not even content scripts) when the frame has it, as in Chrome; Firefox gives
// an extension frame inside a web page no storage.session (checked in Firefox ESR 153: its
// `browser.storage` there has local, sync and managed only), so there the frame keeps drafts in
// storage.local, which page scripts cannot reach either. The background reads and clears both.

/** The part of a storage area the drafts use (browser.storage.session, or a Map in tests). */
export interface KeyValueArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The editor's fields exactly as typed: the tags as their text, parsed only when saved. */
export interface Draft {
  note: string;
  tags: string;
  colour: string;
  /** When it was last typed (ms since the epoch). */
  at: number;
}

const PREFIX = 'ql-draft:';
/** More than any note the library accepts: a longer value is not ours. */
const MAX_FIELD = 100_000;

export const draftKey = (markId: string): string => `${PREFIX}${markId}`;

function isDraft(x: unknown): x is Draft {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  const text = (v: unknown) => typeof v === 'string' && v.length <= MAX_FIELD;
  return text(d.note) && text(d.tags) && text(d.colour) && typeof d.at === 'number';
}

export async function readDraft(area: KeyValueArea, markId: string): Promise<Draft | null> {
  const key = draftKey(markId);
  const got = (await area.get(key))[key];
  if (got === undefined) return null;
  if (isDraft(got)) return got;
  console.warn('Quotelight: dropped a malformed draft', key);
  await area.remove(key);
  return null;
}

export function clearDraft(area: KeyValueArea, markId: string): Promise<void> {
  return area.remove(draftKey(markId));
}

/** The draft in the first of `areas` that has one (the background looks where either browser's frame writes). */
export async function readDraftIn(areas: readonly KeyValueArea[], markId: string): Promise<Draft | null> {
  for (const area of areas) {
    const d = await readDraft(area, markId);
    if (d) return d;
  }
  return null;
}

export async function clearDraftIn(areas: readonly KeyValueArea[], markId: string): Promise<void> {
  await Promise.all(areas.map((a) => clearDraft(a, markId)));
}

/** Where the frame keeps drafts: session storage where it has it, else local (Firefox's frame). */
export function frameDraftArea(storage: { session?: KeyValueArea; local?: KeyValueArea } | undefined): KeyValueArea | null {
  return storage?.session ?? storage?.local ?? null;
}

/**
 * Writes one mark's draft as the reader types: at most one write in flight, and only the newest
 * text goes next, so a burst of keys is a couple of writes and the last one always lands.
 * `settled()` resolves once everything typed so far is written (or has failed, reported via `onError`).
 */
export class DraftWriter {
  private next: Draft | null = null;
  private flight: Promise<void> | null = null;
  private cancelled = false;

  constructor(
    private readonly area: KeyValueArea,
    private readonly markId: string,
    private readonly onError: (e: unknown) => void,
  ) {}

  write(fields: Omit<Draft, 'at'>, at = Date.now()): void {
    if (this.cancelled) return;
    this.next = { ...fields, at };
    this.flight ??= this.drain();
  }

  /** Nothing more is written (the note was stored, or the mark deleted); what is in flight still lands. */
  cancel(): void {
    this.cancelled = true;
    this.next = null;
  }

  settled(): Promise<void> {
    return this.flight ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    try {
      while (this.next) {
        const d = this.next;
        this.next = null;
        try {
          await this.area.set({ [draftKey(this.markId)]: d });
        } catch (e) {
          this.onError(e);
        }
      }
    } finally {
      this.flight = null;
    }
  }
}

/** A storage area in memory: for tests, and for a background without session storage (logged where used). */
export function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    data,
    get: async (keys) => Object.fromEntries(list(keys).flatMap((k) => (data.has(k) ? [[k, structuredClone(data.get(k))]] : []))),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of list(keys)) data.delete(k);
    },
  };
}
