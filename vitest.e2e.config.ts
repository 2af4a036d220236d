import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (two cores, and each file owns a browser). Every wait inside a
// test is on a condition with its own deadline (tests/e2e/support/wait.ts); the test and hook timeouts
// only catch a test that hangs, so they are sized well above the slowest test measured under load
// (docs/testing.md).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
