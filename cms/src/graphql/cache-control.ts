import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { NOT_CACHEABLE } from '../http/cache-policy';

/**
 * GraphQL's part of the content API's Cache-Control (src/http/public-api.ts decides the
 * rest, for REST and GraphQL alike): an answer with errors is never cacheable, even when an
 * error in one field leaves the status at 200. Apollo's own cache control is switched off: it
 * would mark every answer `no-store` without cache hints in the schema, and even without its
 * header it runs a hook on every resolved field.
 */
export const cacheControlPlugins = (): ApolloServerPlugin[] => [
  ApolloServerPluginCacheControlDisabled(),
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
