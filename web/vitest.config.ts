import { sveltekit } from '@sveltejs/kit/vite';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Vitest orders files by earlier failures and durations. The e2e files must run in name order
 * instead, because the last one (zz-cms-down) stops the CMS the others need.
 */
class E2eInNameOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const e2e = sorted.filter((file) => file.project.name === 'e2e').sort((a, b) => (a.moduleId < b.moduleId ? -1 : 1));
    let next = 0;
    return sorted.map((file) => (file.project.name === 'e2e' ? e2e[next++] : file));
  }
}

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    sequence: { sequencer: E2eInNameOrder },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', setupFiles: ['src/lib/server/testing/setup.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
