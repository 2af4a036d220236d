// Waiting in unit tests: on a condition, with one deadline sized for a loaded machine. vi.waitFor and
// Testing Library's waitFor give up after 1 s by default, which a busy 2-core CI machine can exceed.
import { vi } from 'vitest';

/** Deadline of every wait on a condition in the unit tests; it costs nothing when the condition holds early. */
export const UNIT_WAIT_MS = 15_000;

/** Retries `check` (an assertion) until it passes, then returns its value. */
export const eventually = <T>(check: () => T | Promise<T>): Promise<T> => vi.waitFor(check, { timeout: UNIT_WAIT_MS, interval: 10 });
