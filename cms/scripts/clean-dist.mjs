// Empties dist/ before `strapi build`, which compiles over what is there without removing the
// output of sources deleted since: Strapi loads every file in dist/src/middlewares, policies and
// the like, so an upgrade (`git pull`, then `pnpm start` or `pnpm start:prod`) would still run
// the middleware it removed.
import { rmSync } from 'node:fs';
import { appDir, distDir } from './strapi-app.mjs';

rmSync(distDir, { recursive: true, force: true });
console.log(`Emptied ${distDir.slice(appDir.length + 1)}/`);
