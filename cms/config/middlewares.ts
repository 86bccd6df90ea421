import type { Core } from '@strapi/strapi';
import { isContentApi } from '../src/http/public-api';
import { uploadMaxMegabytes } from '../src/uploads/limits';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const uploadMegabytes = uploadMaxMegabytes(env);
  return [
    // In place of strapi::logger: request ids, and request lines without query strings.
    { resolve: './src/logging/request-log' },
    'strapi::errors',
    // Inside strapi::errors: a value the database refused is answered with a 400, not a 500.
    { resolve: './src/http/input-errors' },
    {
      name: 'strapi::security',
      config: {
        // Every directive spelled out; none comes from helmet's defaults. In development Strapi still
        // widens script-src and connect-src on /admin for Vite's reloading, and everything on
        // /graphql for the landing page.
        contentSecurityPolicy: {
          useDefaults: false,
          directives: {
            'default-src': ["'self'"],
            'base-uri': ["'self'"],
            'script-src': ["'self'"],
            'script-src-attr': ["'none'"],
            // The admin's styled-components add <style> elements at run time.
            'style-src': ["'self'", "'unsafe-inline'"],
            // Uploads are served from here; blob: and data: are the media library's previews, and
            // market-assets.strapi.io the logos on the admin's own pages.
            'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io'],
            'media-src': ["'self'", 'data:', 'blob:'],
            'font-src': ["'self'", 'data:'],
            // The admin talks to this origin only: no release check on GitHub, no analytics. A string:
            // strapi::security fills arrays from its defaults index by index (lodash defaultsDeep), and
            // its default here is `'self' https:`.
            'connect-src': "'self'",
            'worker-src': ["'self'", 'blob:'],
            'manifest-src': ["'self'"],
            // The preview pane frames the website (Strapi's preview adds admin.preview's allowedOrigins).
            'frame-src': ["'self'", env('SITE_URL', 'http://localhost:3000')],
            'frame-ancestors': ["'self'"],
            'form-action': ["'self'"],
            'object-src': ["'none'"],
          },
        },
      },
    },
    // The admin panel and API only from ADMIN_ALLOWED_NETWORKS; before any body is read.
    {
      resolve: './src/http/admin-networks',
      config: { networks: env.array('ADMIN_ALLOWED_NETWORKS', []) },
    },
    // CORS and Cache-Control of the public API; it wraps strapi::cors to answer any origin with `*`.
    { resolve: './src/http/public-api' },
    {
      name: 'strapi::cors',
      config: {
        // The public API is readable from any site. No credentials: it reads no cookies. The admin
        // panel, which does, and its API are same-origin: a foreign origin gets no CORS headers.
        origin: (ctx: { path: string }) => (isContentApi(ctx.path) ? '*' : []),
        credentials: false,
        headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'apollo-require-preflight', 'x-apollo-operation-name'],
        expose: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-Request-Id'],
        maxAge: 86400,
      },
    },
    // After CORS, so that a partner's page can read the refusal; around the body parsers below.
    { resolve: './src/http/request-body' },
    // After CORS, so that a 429 can be read by the partner's page; before parsing the body.
    {
      resolve: './src/http/rate-limit',
      config: {
        partnerLimit: env.int('PARTNER_RATE_LIMIT', 600),
        publicLimit: env.int('PUBLIC_RATE_LIMIT', 120),
        exemptAddresses: env.array('RATE_LIMIT_EXEMPT_IPS', ['127.0.0.1', '::1']),
        partnerCostBudget: env.int('PARTNER_COST_BUDGET', 60000),
        publicCostBudget: env.int('PUBLIC_COST_BUDGET', 10000),
      },
    },
    'strapi::query',
    { resolve: './src/uploads/upload-size', config: { maxMegabytes: uploadMegabytes } },
    {
      name: 'strapi::body',
      config: {
        // Formidable counts all files of one request together, before anyone is authenticated: this
        // bounds what any request can write to the temporary folder. The admin sends a file per request.
        formidable: { maxFileSize: uploadMegabytes * 1024 * 1024 },
      },
    },
    // Inside the rate limit, which still counts its hits; after the body, which keys it.
    {
      resolve: './src/graphql/answer-cache',
      config: { maxMb: env.float('GRAPHQL_CACHE_MB', 32), ttlSeconds: env.int('GRAPHQL_CACHE_TTL', 300) },
    },
    // After strapi::body: it reads the email address from the login's body.
    {
      resolve: './src/http/admin-login',
      config: {
        failuresPerEmail: env.int('ADMIN_LOGIN_FAILURES_PER_EMAIL', 5),
        failuresPerEmailTotal: env.int('ADMIN_LOGIN_FAILURES_PER_EMAIL_TOTAL', 50),
        failuresPerAddress: env.int('ADMIN_LOGIN_FAILURES_PER_IP', 20),
        blockMinutes: env.int('ADMIN_LOGIN_BLOCK_MINUTES', 15),
      },
    },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
