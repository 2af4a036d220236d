import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules in node, DOM modules under happy-dom (per-file pragma).
// The crx plugin is deliberately absent: it only matters for the extension build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Catches a hang only: the slowest unit test took 8 s under scripts/under-load.mjs (docs/testing.md).
    testTimeout: 60_000,
    setupFiles: ['tests/unit/support/setup.ts'],
  },
});
