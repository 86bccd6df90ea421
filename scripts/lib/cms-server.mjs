// The CMS from cms/dist in a process of its own, for the tests and the bench: as `strapi start`
// runs it, but without the admin build it would insist on (serveAdminPanel).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpOk, start } from './processes.mjs';

const strapiApp = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms', 'scripts', 'strapi-app.mjs');

/** @type {typeof import('./cms-server.mjs').startCmsServer} */
export const startCmsServer = (name, { serveAdminPanel = false, ...options }) =>
  start(
    name,
    process.execPath,
    ['--input-type=module', '-e', `const m = await import(${JSON.stringify(strapiApp)}); const s = await m.loadStrapi({ serveAdminPanel: ${serveAdminPanel} }); await s.listen();`],
    options,
  );

/** @type {typeof import('./cms-server.mjs').graphqlAnswers} */
export const graphqlAnswers = (url) => httpOk(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
