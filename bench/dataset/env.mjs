import { randomBytes } from 'node:crypto';
import { isolatedCmsEnv, throwawayCmsSecrets } from '../../cms/scripts/isolated-env.mjs';

/** @typedef {{ client: 'sqlite', filename: string } | { client: 'postgres', url: string }} DatabaseLocation */
/** @typedef {Awaited<ReturnType<typeof import('../../cms/scripts/strapi-app.mjs').loadStrapi>>} Strapi */

const secret = () => randomBytes(24).toString('base64url');

/**
 * Throwaway secrets for one dataset, kept with it: its users and tokens were made with them.
 * The website reads with SITE_TOKEN and previews with PREVIEW_TOKEN and PREVIEW_SECRET.
 */
export const newSecrets = () => ({
  ...throwawayCmsSecrets(),
  PREVIEW_TOKEN: secret(),
  SITE_TOKEN: secret(),
  PREVIEW_SECRET: secret(),
  SUBMISSION_TOKEN: secret(),
  EDIT_TOKEN: secret(),
  REACH_TOKEN: secret(),
  ADMIN_PASSWORD: `Bench-${secret()}-1`,
  REDAKTION_PASSWORD: `Bench-${secret()}-1`,
  AUTOR_PASSWORD: `Bench-${secret()}-1`,
});

/**
 * Every variable the CMS reads (cms/.env.example's defaults, see isolatedCmsEnv), except the ones
 * that depend on how it is run (NODE_ENV, HOST, PORT, PUBLIC_URL, SITE_URL), which the caller sets.
 * The website is not told about changes unless the caller sets SITE_REVALIDATE_URL and
 * REVALIDATE_SECRET.
 * @param {{ secrets: Record<string, string>, database: DatabaseLocation, publicDir: string }} options
 */
export const cmsEnv = ({ secrets, database, publicDir }) =>
  isolatedCmsEnv({
    ...secrets,
    SITE_REVALIDATE_URL: '',
    EMAIL_FROM: 'Kreativorte Bench <no-reply@localhost>',
    SEED_ON_EMPTY: 'false',
    PUBLIC_DIR: publicDir,
    ...(database.client === 'sqlite'
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename, DATABASE_URL: '' }
      : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url, DATABASE_FILENAME: '' }),
  });
