import { defineConfig } from 'vitest/config';

// Each test file boots its own Strapi on a copy of a seeded database, once on SQLite and
// once on PostgreSQL. Threads, not forks: strapi.destroy() removes every process listener.
export default defineConfig({
  test: {
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'postgres', include: ['tests/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] },
      },
    ],
  },
});
