import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Benchmarks run with `npm run bench`, never as tests.
    exclude: ['test/bench/**', 'node_modules/**'],
    pool: 'threads',
  },
});
