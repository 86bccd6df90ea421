import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlAnswers, startCmsServer } from '../../../../scripts/lib/cms-server.mjs';
import { waitFor } from '../../../../scripts/lib/processes.mjs';
import { echo, log } from './log';

export const cmsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'cms');

/** Boots the CMS from cms/dist (compiled by the seed) in a process of its own, once it answers GraphQL. */
export const startCms = async (env: Record<string, string>, stdoutFile: string, { serveAdminPanel = false } = {}) => {
  const cms = startCmsServer('cms', { cwd: cmsDir, env, stdoutFile, serveAdminPanel, echo });
  const url = `http://127.0.0.1:${env.PORT}`;
  const ms = await waitFor(cms, `the CMS at ${url}`, graphqlAnswers(url), 90_000);
  log(`the CMS at ${url} answered after ${(ms / 1000).toFixed(1)} s`);
  return cms;
};
