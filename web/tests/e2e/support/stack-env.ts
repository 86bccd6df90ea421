import { randomBytes } from 'node:crypto';
import { isolatedCmsEnv, throwawayCmsSecrets } from '../../../../cms/scripts/isolated-env.mjs';
import { cleanEnv } from '../../../../scripts/lib/processes.mjs';

/** The CMS's first admin, created on its first start; the publish test logs in with it. */
export const ADMIN = { email: 'admin@example.com', password: 'Test-Admin-2026' };
/** The demo editors of the two editorial roles. */
export const EDITORS = {
  redaktion: { email: 'redaktion@example.com', password: 'Test-Redaktion-2026' },
  autor: { email: 'autor@example.com', password: 'Test-Autor-2026' },
};

const secret = () => randomBytes(24).toString('base64url');

/** The secrets a CMS and the site that reads from it share: drawn anew for every such pair. */
export const newSecrets = () => ({
  revalidate: secret(),
  submissionToken: secret(),
  editToken: secret(),
  reachToken: secret(),
  siteToken: secret(),
  previewToken: randomBytes(32).toString('hex'),
  previewSecret: secret(),
});
export type Secrets = ReturnType<typeof newSecrets>;

type Database = { DATABASE_CLIENT: 'sqlite'; DATABASE_FILENAME: string } | { DATABASE_CLIENT: 'postgres'; DATABASE_URL: string };

/** Every variable the CMS reads, so that a developer's cms/.env cannot leak in (see isolatedCmsEnv). */
export const cmsEnv = ({ port, siteUrl, publicDir, database, secrets }: { port: number; siteUrl: string; publicDir: string; database: Database; secrets: Secrets }) => ({
  ...cleanEnv(),
  ...isolatedCmsEnv({
    SITE_REVALIDATE_URL: `${siteUrl}/api/revalidate`,
    REVALIDATE_SECRET: secrets.revalidate,
    NODE_ENV: 'test',
    // As in production, where NODE_ENV=production chooses it.
    LOG_FORMAT: 'json',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...throwawayCmsSecrets(),
    PREVIEW_TOKEN: secrets.previewToken,
    PREVIEW_SECRET: secrets.previewSecret,
    SITE_URL: siteUrl,
    SUBMISSION_TOKEN: secrets.submissionToken,
    EDIT_TOKEN: secrets.editToken,
    REACH_TOKEN: secrets.reachToken,
    SITE_TOKEN: secrets.siteToken,
    // No address is exempt from the rate limits: the site's server reads with its token.
    RATE_LIMIT_EXEMPT_IPS: '',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    REDAKTION_EMAIL: EDITORS.redaktion.email,
    REDAKTION_PASSWORD: EDITORS.redaktion.password,
    AUTOR_EMAIL: EDITORS.autor.email,
    AUTOR_PASSWORD: EDITORS.autor.password,
    SEED_ON_EMPTY: 'false',
    PUBLIC_DIR: publicDir,
    DATABASE_FILENAME: '',
    DATABASE_URL: '',
    ...database,
  }),
});

/** The built site's settings for reading from the CMS that `cmsEnv` configured with the same secrets. */
export const siteEnv = ({ cmsUrl, siteUrl, secrets }: { cmsUrl: string; siteUrl: string; secrets: Secrets }) => ({
  NODE_ENV: 'production',
  ORIGIN: siteUrl,
  CMS_URL: cmsUrl,
  CMS_PUBLIC_URL: '',
  CMS_TOKEN: secrets.siteToken,
  REVALIDATE_SECRET: secrets.revalidate,
  SUBMISSION_TOKEN: secrets.submissionToken,
  EDIT_TOKEN: secrets.editToken,
  REACH_TOKEN: secrets.reachToken,
  PREVIEW_TOKEN: secrets.previewToken,
  PREVIEW_SECRET: secrets.previewSecret,
  FORM_SECRET: secret(),
});
