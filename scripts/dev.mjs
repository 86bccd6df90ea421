#!/usr/bin/env node
// `pnpm dev`: Strapi in develop mode and the site's Vite dev server, both reloading on change.
import { bin, cmsSettings, runTogether } from './processes.mjs';

const strapi = bin('cms', '@strapi/strapi/bin/strapi.js');
const vite = bin('web', 'vite/bin/vite.js');

const { port, revalidateSecret, siteToken, submissionToken, editToken, reachToken, previewToken, previewSecret } = cmsSettings();
const cms = `http://localhost:${port}`;
const webPort = process.env.WEB_PORT || '3000';
runTogether(
  [
    { name: 'cms', command: strapi[0], args: [strapi[1], 'develop'], cwd: 'cms', env: { SITE_REVALIDATE_URL: `http://127.0.0.1:${webPort}/api/revalidate`, SITE_URL: `http://localhost:${webPort}` }, ready: /Strapi started successfully/ },
    {
      name: 'web',
      command: vite[0],
      args: [vite[1], 'dev', '--port', webPort, '--strictPort'],
      cwd: 'web',
      env: { CMS_URL: `http://127.0.0.1:${port}`, CMS_PUBLIC_URL: cms, REVALIDATE_SECRET: revalidateSecret, CMS_TOKEN: siteToken, SUBMISSION_TOKEN: submissionToken, EDIT_TOKEN: editToken, REACH_TOKEN: reachToken, PREVIEW_TOKEN: previewToken, PREVIEW_SECRET: previewSecret },
      ready: /ready in/,
    },
  ],
  { onReady: () => console.log(`\n  Website:  http://localhost:${webPort}\n  CMS:      ${cms}/admin\n`) },
);
