import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { NOT_CACHEABLE } from '../cache-policy';

/**
 * GraphQL's part of the content API's Cache-Control (src/middlewares/public-api.ts decides the
 * rest, for REST and GraphQL alike): an answer with errors is never cacheable, even when an
 * error in one field leaves the status at 200. Apollo's own header is switched off, as it
 * would mark every answer `no-store` without cache hints in the schema.
 */
export const cacheControlPlugins = (): ApolloServerPlugin[] => [
  ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
  {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.errors) {
            response.http.headers.set('cache-control', NOT_CACHEABLE);
          }
        },
      };
    },
  },
];
