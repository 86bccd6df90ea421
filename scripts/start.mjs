#!/usr/bin/env node
// `pnpm start`: the built CMS and the built site, side by side.
import { SITE_ENV, siteServerArgs } from './lib/site-process.mjs';
import { bin, cmsSettings, runTogether } from './processes.mjs';

const strapi = bin('cms', '@strapi/strapi/bin/strapi.js');

const { port, revalidateSecret, siteToken, submissionToken, editToken, reachToken, previewToken, previewSecret } = cmsSettings();
const cms = `http://localhost:${port}`;
const webPort = process.env.WEB_PORT || '3000';
const site = `http://localhost:${webPort}`;
runTogether(
  [
    { name: 'cms', command: strapi[0], args: [strapi[1], 'start'], cwd: 'cms', env: { SITE_REVALIDATE_URL: `http://127.0.0.1:${webPort}/api/revalidate`, SITE_URL: `http://localhost:${webPort}` }, ready: /Strapi started successfully/ },
    {
      name: 'web',
      command: process.execPath,
      args: siteServerArgs(),
      cwd: 'web',
      env: { ...SITE_ENV, PORT: webPort, ORIGIN: site, CMS_URL: `http://127.0.0.1:${port}`, CMS_PUBLIC_URL: cms, REVALIDATE_SECRET: revalidateSecret, CMS_TOKEN: siteToken, SUBMISSION_TOKEN: submissionToken, EDIT_TOKEN: editToken, REACH_TOKEN: reachToken, PREVIEW_TOKEN: previewToken, PREVIEW_SECRET: previewSecret },
      ready: /Listening on/,
    },
  ],
  { onReady: () => console.log(`\n  Website:  ${site}\n  CMS:      ${cms}/admin  (login: see cms/.env)\n`) },
);
