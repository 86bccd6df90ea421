import { apolloServerOptions } from '../src/extensions/graphql/apollo';

const limits = { defaultLimit: 25, maxLimit: 100, maxCost: 1000 };

export default ({ env }) => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 6,
      defaultLimit: limits.defaultLimit,
      maxLimit: limits.maxLimit,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: apolloServerOptions(limits),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      register: { allowedFields: [] },
    },
  },
});
