import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    exclude: ['**/node_modules/**', '.tmp/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on the machines: keep workers bounded so the PostgreSQL/Redis tests
    // and the generator's compile-and-run tests do not starve each other.
    maxWorkers: 2,
  },
});
