// The CMS's environment for tests and benchmarks, complete: every variable cms/.env.example
// documents is set, to the caller's value or else the documented default. Strapi's dotenv never
// overrides a variable that is set, so a developer's cms/.env cannot leak into such a CMS.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { appDir } from './strapi-app.mjs';

const documented = parseEnv(readFileSync(join(appDir, '.env.example'), 'utf8'));

/** @param {Record<string, string>} settings what differs from cms/.env.example: secrets, ports, the database */
export const isolatedCmsEnv = (settings) => ({ ...documented, ...settings });

const secret = () => randomBytes(24).toString('base64url');

/** Fresh values for the CMS's own secrets (sessions, token hashes, encryption), for a CMS that lives as long as a run. */
export const throwawayCmsSecrets = () => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  EDIT_LINK_SECRET: secret(),
});
