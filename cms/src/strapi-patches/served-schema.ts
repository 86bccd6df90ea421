import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';

/**
 * Patches @strapi/plugin-graphql 5.54's content-api service: `buildSchema`, which the plugin
 * calls once at bootstrap to build the schema it serves, returns its result passed through
 * `transform`. The plugin offers no hook after the schema is built.
 */
export const transformServedSchema = (strapi: Core.Strapi, transform: (schema: GraphQLSchema) => GraphQLSchema) => {
  const contentApi = strapi.plugin('graphql').service('content-api');
  const buildSchema = contentApi.buildSchema;
  contentApi.buildSchema = () => transform(buildSchema());
};
