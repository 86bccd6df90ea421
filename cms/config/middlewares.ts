export default ({ env }) => [
  // In place of strapi::logger: request ids, and request lines without query strings.
  'global::request-log',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // The preview pane frames the website.
        directives: { 'frame-src': ["'self'", env('SITE_URL', 'http://localhost:3000')] },
      },
    },
  },
  // CORS and Cache-Control of the public API; it wraps strapi::cors to answer any origin with `*`.
  'global::public-api',
  {
    name: 'strapi::cors',
    config: {
      // The public API is readable from any site. No credentials: it reads no cookies, and the
      // admin panel, which does, is served from the CMS's own origin and needs no CORS.
      origin: '*',
      credentials: false,
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'apollo-require-preflight', 'x-apollo-operation-name'],
      expose: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-Request-Id'],
      maxAge: 86400,
    },
  },
  // After CORS, so that a 429 can be read by the partner's page; before parsing the body.
  {
    name: 'global::rate-limit',
    config: {
      partnerLimit: env.int('PARTNER_RATE_LIMIT', 600),
      publicLimit: env.int('PUBLIC_RATE_LIMIT', 120),
      exemptAddresses: env.array('RATE_LIMIT_EXEMPT_IPS', ['127.0.0.1', '::1']),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // Inside the rate limit, which still counts its hits; after the body, which keys it.
  {
    name: 'global::graphql-cache',
    config: { maxMb: env.float('GRAPHQL_CACHE_MB', 32), ttlSeconds: env.int('GRAPHQL_CACHE_TTL', 300) },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
