import { apolloServerOptions } from '../src/extensions/graphql/apollo';

export default ({ env }) => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // Measured: depth 5 covers every page of the site (place → meetings → cover → media → formats)
      // while keeping the worst reachable fan-out cheap. See tests/graphql-limits.test.ts.
      depthLimit: 6,
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: apolloServerOptions(),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      register: { allowedFields: [] },
    },
  },
});
