import type { Core } from '@strapi/strapi';
import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';

export const PUBLIC_TYPES = [
  'api::place.place',
  'api::partner.partner',
  'api::meeting.meeting',
  'api::region.region',
  'api::theme.theme',
  'api::article.article',
] as const;

const publicQueryFields = (strapi: Core.Strapi) =>
  new Set(
    PUBLIC_TYPES.flatMap((uid) => {
      const { singularName, pluralName } = strapi.getModel(uid).info;
      return [singularName, pluralName, `${pluralName}_connection`];
    }),
  );

/**
 * The public API is read-only and shows only the public types. Plugins add their own
 * mutations and queries (login, register, uploads, review workflows, locales) that
 * shadow CRUD settings cannot remove, so the served schema is cut down to the allowed
 * root fields; types that become unreachable are pruned with them.
 */
const toPublicSchema = (schema: GraphQLSchema, allowed: Set<string>) =>
  pruneSchema(
    mapSchema(schema, {
      [MapperKind.MUTATION]: () => null,
      [MapperKind.SUBSCRIPTION]: () => null,
      [MapperKind.QUERY_ROOT_FIELD]: (field, name) => (allowed.has(name) ? field : null),
    }),
  );

export const registerPublicSchema = (strapi: Core.Strapi, extraQueries: string[] = []) => {
  // A file's `related` morph reaches every type, including users and drafts.
  strapi.plugin('graphql').service('extension').shadowCRUD('plugin::upload.file').field('related').disable();
  const contentApi = strapi.plugin('graphql').service('content-api');
  const buildSchema = contentApi.buildSchema;
  contentApi.buildSchema = () =>
    toPublicSchema(buildSchema(), new Set([...publicQueryFields(strapi), ...extraQueries]));
};
