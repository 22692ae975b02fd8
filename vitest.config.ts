import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 30_000,
    setupFiles: ['test/support/fuzz-seed.ts'],
  },
});
