#!/usr/bin/env node
// `pnpm dev`: Strapi in develop mode and the site's Vite dev server, both reloading on change.
import { bin, cmsPort, runTogether } from './processes.mjs';

const strapi = bin('cms', '@strapi/strapi/bin/strapi.js');
const vite = bin('web', 'vite/bin/vite.js');

const cms = `http://localhost:${cmsPort()}`;
runTogether(
  [
    { name: 'cms', command: strapi[0], args: [strapi[1], 'develop'], cwd: 'cms', ready: /Strapi started successfully/ },
    {
      name: 'web',
      command: vite[0],
      args: [vite[1], 'dev', '--port', process.env.WEB_PORT || '3000', '--strictPort'],
      cwd: 'web',
      env: { CMS_URL: `http://127.0.0.1:${cmsPort()}`, CMS_PUBLIC_URL: cms },
      ready: /ready in/,
    },
  ],
  { onReady: () => console.log(`\n  Website:  http://localhost:${process.env.WEB_PORT || 3000}\n  CMS:      ${cms}/admin\n`) },
);
