import { apolloServerOptions } from '../src/extensions/graphql/apollo';

// maxCost bounds the objects a query may return (lists multiply by page size). Relations load
// once per parent at about 0.5 ms each, so the most expensive allowed query stays under ~1 s;
// tests/graphql-hardening.test.ts measures it.
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
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      register: { allowedFields: [] },
    },
  },
});
