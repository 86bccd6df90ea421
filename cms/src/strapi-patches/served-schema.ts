import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';

/**
 * Patches @strapi/plugin-graphql 5.54's content-api `buildSchema`, which builds the schema it serves,
 * to pass its result through `transform`: the plugin offers no hook after the schema is built.
 */
export const transformServedSchema = (strapi: Core.Strapi, transform: (schema: GraphQLSchema) => GraphQLSchema) => {
  const contentApi = strapi.plugin('graphql').service('content-api');
  const buildSchema = contentApi.buildSchema;
  contentApi.buildSchema = () => transform(buildSchema());
};
