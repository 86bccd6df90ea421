import { apolloServerOptions } from '../src/extensions/graphql/apollo';

// maxCost bounds the objects a query may return (lists multiply by page size). The relations of
// sibling objects load together, two SQL queries per relation field whatever the page size
// (src/extensions/graphql/relation-loader.ts), so the time goes into resolving each object:
// bench/queries/places-100.graphql, at the limit, took about 0.2 s here on 2 cores.
const limits = { defaultLimit: 25, maxLimit: 100, maxCost: 1000 };

export default ({ env }) => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The deepest page query (meeting → participants → partners → logo → media → url) is 5.
      depthLimit: 6,
      defaultLimit: limits.defaultLimit,
      maxLimit: limits.maxLimit,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: apolloServerOptions(limits),
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      // Without SMTP_HOST nothing is sent: new proposals are logged instead (src/submissions/notify.ts).
      providerOptions: env('SMTP_HOST')
        ? {
            host: env('SMTP_HOST'),
            port: env.int('SMTP_PORT', 587),
            secure: env.bool('SMTP_SECURE', false),
            auth: env('SMTP_USER') ? { user: env('SMTP_USER'), pass: env('SMTP_PASS') } : undefined,
            connectionTimeout: 10_000,
            greetingTimeout: 10_000,
            socketTimeout: 20_000,
          }
        : { jsonTransport: true },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Kreativorte im Grünen <no-reply@localhost>'),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      register: { allowedFields: [] },
    },
  },
});
