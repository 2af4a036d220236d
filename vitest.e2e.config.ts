import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (two cores, and each file owns a browser), generous timeouts
// because a cold browser start is part of each file.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
