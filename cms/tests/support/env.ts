import { randomBytes } from 'node:crypto';
import { isolatedCmsEnv, throwawayCmsSecrets } from '../../scripts/isolated-env.mjs';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The server PostgreSQL tests create their databases on. */
export const postgresAdminUrl = () =>
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const postgresUrl = (database: string) => {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
};

const secret = () => randomBytes(24).toString('base64url');

/** The website's read token in this process's CMS; the CMS takes whatever secret it is given at boot. */
export const siteToken = secret();

/** Where the CMS finds its database. */
export const databaseEnv = (database: { kind: DatabaseKind; location: string }) => ({
  DATABASE_CLIENT: database.kind,
  ...(database.kind === 'sqlite'
    ? { DATABASE_FILENAME: database.location, DATABASE_URL: '' }
    : { DATABASE_URL: postgresUrl(database.location), DATABASE_FILENAME: '' }),
});

/** Everything the CMS reads from its environment, so a developer's cms/.env never leaks in. */
export const cmsEnv = (database: { kind: DatabaseKind; location: string }, publicDir: string, previewToken: string) =>
  isolatedCmsEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SITE_REVALIDATE_URL: '',
    ...throwawayCmsSecrets(),
    BACKUP_ENCRYPTION_KEY: secret(),
    SITE_TOKEN: siteToken,
    PREVIEW_TOKEN: previewToken,
    PREVIEW_SECRET: 'test-preview-secret',
    SITE_URL: 'http://site.test',
    ADMIN_PASSWORD: 'Test-Admin-2026',
    REDAKTION_PASSWORD: 'Test-Redaktion-2026',
    AUTOR_PASSWORD: 'Test-Autor-2026',
    SUBMISSION_TOKEN: secret(),
    EMAIL_FROM: 'Kreativorte Test <cms@example.org>',
    SEED_ON_EMPTY: 'false',
    PUBLIC_DIR: publicDir,
    ...databaseEnv(database),
  });
