import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(24).toString('base64url');

/**
 * Throwaway secrets for one dataset, kept with it: its users and tokens were made with them.
 * The website reads with SITE_TOKEN and previews with PREVIEW_TOKEN and PREVIEW_SECRET.
 */
export const newSecrets = () => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  PREVIEW_TOKEN: secret(),
  SITE_TOKEN: secret(),
  PREVIEW_SECRET: secret(),
  SUBMISSION_TOKEN: secret(),
  ADMIN_PASSWORD: `Bench-${secret()}-1`,
  REDAKTION_PASSWORD: `Bench-${secret()}-1`,
  AUTOR_PASSWORD: `Bench-${secret()}-1`,
});

/**
 * Every variable the CMS reads, except the ones that depend on how it is run (NODE_ENV, HOST,
 * PORT, PUBLIC_URL, SITE_URL): Strapi fills unset variables from a developer's cms/.env, which
 * must not leak into a benchmark. The website is not told about changes unless the caller
 * sets SITE_REVALIDATE_URL and REVALIDATE_SECRET.
 */
export const cmsEnv = ({ secrets, database, publicDir }) => ({
  ...secrets,
  IS_PROXIED: 'false',
  PROXY_COUNT: '1',
  PREVIEW_TOKEN_NAME: 'website-preview',
  SITE_TOKEN_NAME: 'website',
  PREVIEW_TTL_MINUTES: '60',
  SITE_REVALIDATE_URL: '',
  REVALIDATE_SECRET: '',
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
  SUBMISSION_TOKEN_NAME: 'website-submissions',
  SUBMISSION_NOTIFY_EMAILS: '',
  SUBMISSION_RETENTION_DAYS: '30',
  SMTP_HOST: '',
  SMTP_PORT: '587',
  SMTP_SECURE: 'false',
  SMTP_USER: '',
  SMTP_PASS: '',
  EMAIL_FROM: 'Kreativorte Bench <no-reply@localhost>',
  ADMIN_EMAIL: 'admin@example.com',
  REDAKTION_EMAIL: 'redaktion@example.com',
  AUTOR_EMAIL: 'autor@example.com',
  SEED_ON_EMPTY: 'false',
  PUBLIC_DIR: publicDir,
  DATABASE_POOL_MIN: '0',
  DATABASE_POOL_MAX: '10',
  DATABASE_CONNECTION_TIMEOUT: '60000',
  ...(database.client === 'sqlite'
    ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename, DATABASE_URL: '' }
    : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url, DATABASE_FILENAME: '', DATABASE_SSL: 'false' }),
});
