// Turn the browser's quota failure, in whatever wrapper Dexie hands it over, into one
// typed error the UI can recognise and explain.
import Dexie from 'dexie';

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'Quotelight could not save: the browser storage for this extension is full. ' +
        'Nothing saved earlier was lost. Forget some old articles (export them first if you want to keep them) and try again.',
      options,
    );
  }
}

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** True for QuotaExceededError itself or nested as `inner`/`cause` (Dexie's AbortError) or in BulkError failures. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as ErrorLike;
  if (e.name === Dexie.errnames.QuotaExceeded) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = e.failures;
  if (Array.isArray(failures)) return failures.some((f) => isQuotaError(f, depth + 1));
  if (failures && typeof failures === 'object') {
    return Object.values(failures).some((f) => isQuotaError(f, depth + 1));
  }
  return false;
}

/** Runs a storage write; a quota failure comes out as StorageFullError, anything else unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof StorageFullError) throw err;
    if (isQuotaError(err)) throw new StorageFullError({ cause: err });
    throw err;
  }
}
