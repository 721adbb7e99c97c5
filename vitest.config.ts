import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Benchmarks run with `npm run bench`, never as tests.
    exclude: ['test/bench/**', 'node_modules/**'],
    pool: 'threads',
    // Test files share a worker's module cache: the library holds no mutable
    // module state, and loading it once per worker instead of once per file
    // takes the suite from minutes to seconds.
    isolate: false,
  },
});
