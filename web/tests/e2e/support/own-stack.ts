import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startStack, type StackOptions } from './stack';

/**
 * A CMS and a site of the test file's own, on a fresh copy of the seeded database: for a file that
 * changes content or stops the CMS, so that the shared stack stays as the seed made it and the
 * files may run in any order.
 */
export const startOwnStack = async (options: StackOptions = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kig-own-'));
  try {
    copyFileSync(inject('seedDatabase'), join(dir, 'cms.db'));
    const stack = await startStack({ dir, siteDir: inject('siteDir'), publicDir: inject('publicDir'), ...options });
    const stopOwn = async () => {
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    return { ...stack, stop: stopOwn };
  } catch (failure) {
    rmSync(dir, { recursive: true, force: true });
    throw failure;
  }
};
