import { ApolloArmor } from '@escape.tech/graphql-armor';
import { argumentsPlugin } from './arguments';
import { cacheControlPlugins } from './cache-control';
import { draftGuardPlugin } from './draft-guard';
import { badInputStatusPlugin, formatError } from './errors';
import { listCostPlugin, type ListCostOptions } from './cost/list-cost';
import { readOnlyRule } from './read-only';

/**
 * Options merged into the Apollo server of @strapi/plugin-graphql. Strapi concatenates
 * our `plugins` and `validationRules` with its own (depth limit, landing page).
 */
export const apolloServerOptions = (limits: ListCostOptions) => {
  const armor = new ApolloArmor({
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    blockFieldSuggestion: { enabled: process.env.NODE_ENV === 'production' },
    // Armor's cost limit ignores list sizes; listCostPlugin replaces it.
    costLimit: { enabled: false },
    // Armor's token limit answers with a 500; graphql-js' own `maxTokens` parse option gives a 400.
    maxTokens: { enabled: false },
    maxDepth: { enabled: false },
  });
  const protection = armor.protect();
  return {
    introspection: true,
    // Apollo's own SIGTERM handler would stop it under requests in flight, then re-raise the signal: strapi-patches/graceful-stop.ts stops instead.
    stopOnTerminationSignals: false,
    // Apollo's CSRF prevention refuses GET requests without a preflight-forcing header, so that a
    // cross-site form or <img> cannot act with a visitor's cookies. This API reads no cookies
    // (only `Authorization: Bearer` tokens, which a browser never adds on its own), cannot write
    // (no Mutation type; readOnlyRule; Apollo refuses non-queries over GET) and serves the same
    // published data to everyone, so partners may use plain GET requests that a CDN can cache.
    csrfPrevention: false,
    // One CORS policy for the whole content API: strapi::cors and src/http/public-api.ts.
    cors: false,
    parseOptions: { maxTokens: 2000 },
    // An array of operations in one request is refused with a 400 ("Operation batching disabled."):
    // each would pass the limits alone while the request did the work of all of them.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [readOnlyRule, ...protection.validationRules],
    plugins: [...protection.plugins, draftGuardPlugin(), argumentsPlugin(), listCostPlugin(limits), ...cacheControlPlugins(), badInputStatusPlugin()],
  };
};
