import { inject } from 'vitest';
import { startCmsServer } from '../../../scripts/lib/cms-server.mjs';
import { freePort, httpOk, stop as stopProcess, waitFor } from '../../../scripts/lib/processes.mjs';
import { appDir } from '../../scripts/strapi-app.mjs';
import { freshDatabase, previewToken } from './cms';
import { cmsEnv } from './env';

/**
 * Boots the CMS from dist/ in a process of its own, as `strapi start` does, on a fresh copy of the
 * seeded database: for tests that read what it writes to stdout.
 */
export const startCmsProcess = async (env: Record<string, string> = {}) => {
  const database = await freshDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cms = startCmsServer('cms', {
    cwd: appDir,
    env: { PATH: process.env.PATH, ...cmsEnv(database, inject('publicDir'), previewToken()), PORT: String(port), ...env },
  });
  let stdout = '';
  cms.process.stdout?.on('data', (chunk) => (stdout += chunk));

  const stop = async () => {
    await stopProcess(cms, { timeoutMs: 10_000 });
    await database.drop();
  };
  try {
    await waitFor(cms, `the CMS at ${url}`, httpOk(`${url}/healthz`), 120_000);
  } catch (failure) {
    await stop();
    throw failure;
  }

  /** Complete lines written to stdout so far. */
  const lines = () => stdout.split('\n').slice(0, -1);
  return { url, lines, stop };
};
