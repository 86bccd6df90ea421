import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { apolloServerOptions } from '../src/graphql/apollo';
import { GRAPHQL_LIMITS as limits } from '../src/graphql/cost/limits';
import { uploadMaxMegabytes } from '../src/uploads/limits';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The deepest page query (meeting → participants → partners → logo → media → url) is 5.
      depthLimit: 6,
      defaultLimit: limits.defaultLimit,
      maxLimit: limits.maxLimit,
      // `false` would still serve Apollo's production landing page, which loads Apollo Studio from
      // Apollo's CDN; in production /graphql answers queries only (introspection stays on).
      landingPage: env('NODE_ENV') === 'production' ? () => ApolloServerPluginLandingPageDisabled() : true,
      apolloServer: apolloServerOptions(limits),
    },
  },
  upload: {
    config: {
      // Also bounds a file fetched by the media library's import from a URL.
      sizeLimit: uploadMaxMegabytes(env) * 1024 * 1024,
      // Strapi's own check trusts a file's name when it cannot tell the content (an HTML page
      // named .png passes) and drops refused files from a multi-file upload without a word. So it
      // lets everything through to src/uploads/, which checks the content and refuses the request.
      security: { allowedTypes: ['*/*'] },
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
