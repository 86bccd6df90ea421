// The CMS's environment for tests and benchmarks, complete: every variable cms/.env.example
// documents is set, to the caller's value or else the documented default. Strapi's dotenv never
// overrides a variable that is set, so a developer's cms/.env cannot leak into such a CMS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { appDir } from './strapi-app.mjs';

const documented = parseEnv(readFileSync(join(appDir, '.env.example'), 'utf8'));

/** @param {Record<string, string>} settings what differs from cms/.env.example: secrets, ports, the database */
export const isolatedCmsEnv = (settings) => ({ ...documented, ...settings });
