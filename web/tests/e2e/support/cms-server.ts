import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, waitFor } from './processes';

export const cmsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'cms');

/** Boots the CMS from cms/dist (compiled by the seed) in a process of its own, once it answers GraphQL. */
export const startCms = async (env: Record<string, string>, stdoutFile: string, { serveAdminPanel = false } = {}) => {
  const strapiApp = join(cmsDir, 'scripts', 'strapi-app.mjs');
  const cms = start(
    'cms',
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(strapiApp)}); const s = await m.loadStrapi({ serveAdminPanel: ${serveAdminPanel} }); await s.listen();`,
    ],
    { cwd: cmsDir, env, stdoutFile },
  );
  const url = `http://127.0.0.1:${env.PORT}`;
  await waitFor(
    cms,
    `the CMS at ${url}`,
    async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(2_000),
      });
      return response.status === 200;
    },
    90_000,
  );
  return cms;
};
