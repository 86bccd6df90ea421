import { randomBytes } from 'node:crypto';

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
export const cmsEnv = (database: { kind: DatabaseKind; location: string }, publicDir: string, previewToken: string) => ({
  NODE_ENV: 'test',
  // Empty: by NODE_ENV (JSON lines in production, readable lines otherwise).
  LOG_FORMAT: '',
  HOST: '127.0.0.1',
  PORT: '0',
  PUBLIC_URL: '',
  IS_PROXIED: 'false',
  PROXY_COUNT: '1',
  PARTNER_RATE_LIMIT: '600',
  PUBLIC_RATE_LIMIT: '120',
  RATE_LIMIT_EXEMPT_IPS: '127.0.0.1,::1',
  GRAPHQL_CACHE_MB: '32',
  GRAPHQL_CACHE_TTL: '300',
  ADMIN_ALLOWED_NETWORKS: '',
  ADMIN_LOGIN_FAILURES_PER_EMAIL: '5',
  ADMIN_LOGIN_FAILURES_PER_IP: '20',
  ADMIN_LOGIN_BLOCK_MINUTES: '15',
  UPLOAD_MAX_MB: '10',
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  BACKUP_ENCRYPTION_KEY: secret(),
  SITE_TOKEN: siteToken,
  SITE_TOKEN_NAME: 'website',
  PREVIEW_TOKEN: previewToken,
  PREVIEW_TOKEN_NAME: 'website-preview',
  PREVIEW_SECRET: 'test-preview-secret',
  PREVIEW_TTL_MINUTES: '60',
  SITE_URL: 'http://site.test',
  ADMIN_EMAIL: 'admin@example.com',
  ADMIN_PASSWORD: 'Test-Admin-2026',
  REDAKTION_EMAIL: 'redaktion@example.com',
  REDAKTION_PASSWORD: 'Test-Redaktion-2026',
  AUTOR_EMAIL: 'autor@example.com',
  AUTOR_PASSWORD: 'Test-Autor-2026',
  SUBMISSION_TOKEN: secret(),
  SUBMISSION_TOKEN_NAME: 'website-submissions',
  SUBMISSION_NOTIFY_EMAILS: '',
  SUBMISSION_RETENTION_DAYS: '30',
  SMTP_HOST: '',
  SMTP_PORT: '587',
  SMTP_SECURE: 'false',
  SMTP_USER: '',
  SMTP_PASS: '',
  EMAIL_FROM: 'Kreativorte Test <cms@example.org>',
  SEED_ON_EMPTY: 'false',
  PUBLIC_DIR: publicDir,
  ...databaseEnv(database),
});
