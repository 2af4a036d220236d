// Waiting in real-browser tests: every wait is on a condition, with one deadline for all of them.
// A condition-based wait costs nothing when the condition holds early, so the deadline is sized for a
// loaded machine, not a quiet one (docs/testing.md has the measurements behind it).
import { appendFileSync } from 'node:fs';

/**
 * How long a test waits for something it expects before it fails. Measured under `scripts/under-load.mjs`
 * on a 2-core machine (docs/testing.md): the slowest wait took 9.6 s; the deadline leaves a wide margin.
 */
export const WAIT_MS = Number(process.env.QL_WAIT_MS ?? 60_000);

const LOG = process.env.QL_WAIT_LOG;

/** Where in a test file a wait was called from (the first frame outside this support folder). */
function callSite(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const own = frames.find((f) => /tests\/e2e\/[^/]+\.e2e\.ts/.test(f)) ?? frames.find((f) => !f.includes('/support/wait.ts')) ?? '';
  return /tests\/e2e\/(.+?):(\d+):\d+/.exec(own)?.slice(1, 3).join(':') ?? 'unknown';
}

/**
 * Times `wait` and, with QL_WAIT_LOG=file, appends one JSON line per wait (call site, ms, ok): the data
 * the deadline is sized from. Rejections pass through unchanged.
 */
export async function timed<T>(kind: string, wait: () => Promise<T>, ok: (v: T) => boolean = () => true): Promise<T> {
  if (!LOG) return wait();
  const site = callSite();
  const t0 = performance.now();
  const write = (passed: boolean) =>
    appendFileSync(LOG, `${JSON.stringify({ site, kind, ms: Math.round(performance.now() - t0), ok: passed })}\n`);
  try {
    const v = await wait();
    write(ok(v));
    return v;
  } catch (e) {
    write(false);
    throw e;
  }
}

/** Polls `probe` until `ok(value)` holds; returns the last value either way for a clear assertion. */
export function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
  return timed(
    'until',
    async () => {
      const end = Date.now() + timeoutMs;
      let v = await probe();
      while (!ok(v) && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 100));
        v = await probe();
      }
      return v;
    },
    ok,
  );
}
