// The log of rows written since the search index's snapshot was taken. A Dexie middleware adds one
// log row to every read-write transaction that changes articles or annotations, in that same
// transaction: whatever code wrote, and whether the background lived to update its index or not,
// the snapshot plus the log is always the library as committed.
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Dexie } from 'dexie';

/** One logged write: the ids it put or deleted, or `all` for a cleared table. */
export interface SearchLogRow {
  seq?: number;
  annotations?: string[];
  articles?: string[];
  all?: true;
}

/** The persisted search index (search-snapshot.ts): the index as of log entry `seq`. */
export interface SnapshotRow {
  key: 'index';
  format: number;
  seq: number;
  json: string;
}

const FOLLOWED = new Set(['annotations', 'articles']);
const LOG = 'searchLog';

function idsOf(req: DBCoreMutateRequest): string[] | null {
  switch (req.type) {
    case 'add':
      return req.values.map((v: { id: string }) => v.id);
    case 'put':
      // Dexie's modify may name the keys beside the values; either names the rows.
      return req.keys ?? req.updates?.keys ?? req.values.map((v: { id: string }) => v.id);
    case 'delete':
      return req.keys as string[];
    case 'deleteRange':
      return null; // a cleared table: the index starts again from the tables
  }
}

export function logWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'quotelight-search-log',
    create(down: DBCore): Partial<DBCore> {
      // Transactions this middleware widened to the log (upgrades are not among them: no log before v6).
      const logged = new WeakSet<DBCoreTransaction>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const follow = mode === 'readwrite' && stores.some((s) => FOLLOWED.has(s)) && down.schema.tables.some((t) => t.name === LOG);
          const trans = down.transaction(follow && !stores.includes(LOG) ? [...stores, LOG] : stores, mode, options);
          if (follow) logged.add(trans);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!FOLLOWED.has(name)) return table;
          return {
            ...table,
            async mutate(req) {
              const result = await table.mutate(req);
              if (logged.has(req.trans)) {
                const ids = idsOf(req);
                const row: SearchLogRow = ids === null ? { all: true } : { [name]: ids };
                if (ids === null || ids.length > 0) await down.table(LOG).mutate({ type: 'add', trans: req.trans, values: [row] });
              }
              return result;
            },
          };
        },
      };
    },
  });
}
