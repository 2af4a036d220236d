// Runs before every unit test file (vitest.config.ts): DOM test files get Testing Library's waits with
// the suite's deadline (see wait.ts); node test files have no DOM and need nothing here.
import { UNIT_WAIT_MS } from './wait';

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: UNIT_WAIT_MS });
}
