// The saved copies of articles (schema v8): a version per visit on which the article's words changed,
// each one light row (`articleVersions`) pointing at its compressed text (`versionTexts`, shared by
// equal versions). A revisit whose article is unchanged adds nothing: it only marks the latest
// version checked. Over the budget, the oldest versions between an article's first and latest go.
import { type ArticleVersion, compareVersions, decodeVersion, encodeVersion, type VersionChange } from '../saved-copy';
import type { ArticleRecord } from '../shared/records';
import type { QuotelightDB } from './db';
import { guardQuota } from './errors';
import type { VersionRow } from './version-rows';

export type { VersionRow, VersionTextRow } from './version-rows';

/** One visit's outcome: the change from the last version (null on the first save), and how many versions there are now. */
export interface VisitResult {
  change: VersionChange | null;
  versions: number;
  /** When the article was first saved, and when it last changed (null: never). */
  firstSaved: number;
  lastChanged: number | null;
}

/** An article of the library's "changed articles": when it last changed, and how many versions it has. */
export interface ChangedArticle {
  article: ArticleRecord;
  changed: number;
  versions: number;
}

export interface CopiesUsage {
  articles: number;
  versions: number;
  bytes: number;
  budget: number;
}

/** The space saved copies may take; about 20,000 articles at the measured size (docs/saved-copy.md). */
export const COPIES_BUDGET_BYTES = 100 * 1024 * 1024;

export class SavedCopies {
  constructor(
    private readonly db: QuotelightDB,
    private readonly now: () => number = Date.now,
    private readonly budget = COPIES_BUDGET_BYTES,
  ) {}

  /** Bytes the stored texts take, as last counted and followed since (null: count again); checking the budget must not read every row on every visit. */
  private total: number | null = null;

  /** The article's versions, oldest first. */
  versions(articleId: string): Promise<VersionRow[]> {
    return this.db.articleVersions.where('articleId').equals(articleId).sortBy('seq');
  }

  async version(articleId: string, seq?: number): Promise<{ row: VersionRow; version: ArticleVersion } | null> {
    const rows = await this.versions(articleId);
    const row = seq === undefined ? rows.at(-1) : rows.find((r) => r.seq === seq);
    if (!row) return null;
    const text = await this.db.versionTexts.get(row.hash);
    if (!text) throw new Error(`The saved copy of ${articleId} (version ${row.seq}) is missing its text.`);
    return { row, version: await decodeVersion(text) };
  }

  /**
   * A visit (or a save) read the article as `current`: compared with its last version, kept as a
   * new version when its words changed. Encoding and comparing run outside any transaction (they
   * are not IndexedDB work); the write checks no other visit added a version meanwhile.
   */
  async record(articleId: string, current: ArticleVersion): Promise<VisitResult> {
    const { db } = this;
    for (let attempt = 0; ; attempt++) {
      const rows = await this.versions(articleId);
      const latest = rows.at(-1);
      const last = latest ? await this.version(articleId, latest.seq) : null;
      const change = last ? compareVersions(last.version, current) : null;
      const now = this.now();
      const encoded = change?.changed === false ? null : await encodeVersion(current);
      const written = await guardQuota(() =>
        db.transaction('rw', db.articleVersions, db.versionTexts, async () => {
          const newest = await db.articleVersions.where('articleId').equals(articleId).last();
          if (newest?.seq !== latest?.seq) return false;
          if (!encoded) {
            await db.articleVersions.update(latest!.seq!, { checked: now });
            return true;
          }
          if (!(await db.versionTexts.get(encoded.hash))) {
            await db.versionTexts.put(encoded);
            if (this.total !== null) this.total += encoded.bytes;
          }
          await db.articleVersions.add({ articleId, hash: encoded.hash, bytes: encoded.bytes, saved: now, checked: now, change });
          return true;
        }),
      );
      if (!written && attempt < 3) continue;
      if (!written) throw new Error('The saved copy could not be updated: another visit kept writing it.');
      if (encoded) await this.keepWithinBudget();
      const after = encoded ? [...rows, { saved: now, change } as VersionRow] : rows;
      const changes = after.filter((r) => r.change?.changed);
      return { change, versions: after.length, firstSaved: after[0]!.saved, lastChanged: changes.at(-1)?.saved ?? null };
    }
  }

  /** Articles whose saved copy changed since it was first kept, the latest change first. */
  async changedArticles(): Promise<ChangedArticle[]> {
    const by = new Map<string, { articleId: string; changed: number; versions: number }>();
    await this.db.articleVersions.each((r) => {
      const e = by.get(r.articleId) ?? { articleId: r.articleId, changed: 0, versions: 0 };
      e.versions++;
      if (r.change?.changed) e.changed = Math.max(e.changed, r.saved);
      by.set(r.articleId, e);
    });
    const changed = [...by.values()].filter((e) => e.changed > 0).sort((a, b) => b.changed - a.changed);
    const articles = await this.db.articles.bulkGet(changed.map((c) => c.articleId));
    return changed.flatMap((c, i) => (articles[i] ? [{ article: articles[i], changed: c.changed, versions: c.versions }] : []));
  }

  /** The space saved copies take: each stored text counted once. */
  async usage(): Promise<CopiesUsage> {
    const articles = new Set<string>();
    const texts = new Map<string, number>();
    let versions = 0;
    await this.db.articleVersions.each((r) => {
      articles.add(r.articleId);
      texts.set(r.hash, r.bytes);
      versions++;
    });
    const bytes = [...texts.values()].reduce((s, b) => s + b, 0);
    return { articles: articles.size, versions, bytes, budget: this.budget };
  }

  /** Forgets an article's copies; call inside a transaction that includes both tables. */
  async forget(articleId: string): Promise<void> {
    const { db } = this;
    this.total = null;
    const rows = await db.articleVersions.where('articleId').equals(articleId).toArray();
    await db.articleVersions.bulkDelete(rows.map((r) => r.seq!));
    await this.dropUnreferenced(rows.map((r) => r.hash));
  }

  private async dropUnreferenced(hashes: string[]): Promise<void> {
    const { db } = this;
    for (const hash of new Set(hashes)) {
      // Versions name their text by hash without an index on it: a full read, only when forgetting.
      const used = await db.articleVersions.filter((r) => r.hash === hash).count();
      if (used === 0) await db.versionTexts.delete(hash);
    }
  }

  /** Over the budget: the oldest middle versions go (an article's first and latest always stay). */
  private async keepWithinBudget(): Promise<void> {
    this.total ??= (await this.usage()).bytes;
    if (this.total <= this.budget) return;
    this.total = null;
    let { bytes } = await this.usage();
    const { db } = this;
    const all = await db.articleVersions.toArray();
    const ends = new Set<number>();
    const span = new Map<string, [number, number]>();
    for (const r of all) {
      const s = span.get(r.articleId);
      span.set(r.articleId, s ? [Math.min(s[0], r.seq!), Math.max(s[1], r.seq!)] : [r.seq!, r.seq!]);
    }
    for (const [first, latest] of span.values()) ends.add(first).add(latest);
    const middle = all.filter((r) => !ends.has(r.seq!)).sort((a, b) => a.saved - b.saved);
    const drop: VersionRow[] = [];
    for (const r of middle) {
      if (bytes <= this.budget) break;
      drop.push(r);
      bytes -= r.bytes;
    }
    if (drop.length === 0) return;
    await guardQuota(() =>
      db.transaction('rw', db.articleVersions, db.versionTexts, async () => {
        await db.articleVersions.bulkDelete(drop.map((r) => r.seq!));
        await this.dropUnreferenced(drop.map((r) => r.hash));
      }),
    );
  }
}
