#!/usr/bin/env node
// `pnpm start`: the built CMS and the built site, side by side.
import { bin, cmsPort, runTogether } from './processes.mjs';

const strapi = bin('cms', '@strapi/strapi/bin/strapi.js');

const cms = `http://localhost:${cmsPort()}`;
const site = `http://localhost:${process.env.WEB_PORT || 3000}`;
runTogether(
  [
    { name: 'cms', command: strapi[0], args: [strapi[1], 'start'], cwd: 'cms', ready: /Strapi started successfully/ },
    {
      name: 'web',
      command: process.execPath,
      args: ['build'],
      cwd: 'web',
      env: { PORT: process.env.WEB_PORT || '3000', ORIGIN: site, CMS_URL: `http://127.0.0.1:${cmsPort()}`, CMS_PUBLIC_URL: cms },
      ready: /Listening on/,
    },
  ],
  { onReady: () => console.log(`\n  Website:  ${site}\n  CMS:      ${cms}/admin  (login: see cms/.env)\n`) },
);
