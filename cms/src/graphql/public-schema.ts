import type { Core } from '@strapi/strapi';
import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { PUBLIC_TYPES, isSingleType } from '../content-types';
import { placeNoticeFields } from '../notices/place-fields';
import { registerPlainFields } from '../strapi-patches/plain-fields';
import { registerRelationLoader } from '../strapi-patches/relation-loader';
import { transformServedSchema } from '../strapi-patches/served-schema';
import { describeSchema } from './descriptions';
import { CUSTOM_QUERIES } from './queries';

/**
 * The root queries Strapi builds for the public types, named by the GraphQL plugin
 * (`privacy-policy` becomes `privacyPolicy`): a single type has only its one query, a
 * collection type its list, its connection and its find-one query.
 */
const publicQueryFields = (strapi: Core.Strapi) => {
  const { naming } = strapi.plugin('graphql').service('utils');
  return new Set(
    PUBLIC_TYPES.flatMap((uid): string[] => {
      const model = strapi.getModel(uid);
      if (isSingleType(uid)) return [naming.getFindOneQueryName(model)];
      return [naming.getFindOneQueryName(model), naming.getFindQueryName(model), naming.getFindConnectionQueryName(model)];
    }),
  );
};

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

export const registerPublicSchema = (strapi: Core.Strapi) => {
  const extension = strapi.plugin('graphql').service('extension');
  // A file's `related` morph reaches every type, including users and drafts.
  extension.shadowCRUD('plugin::upload.file').field('related').disable();
  for (const query of Object.values(CUSTOM_QUERIES)) extension.use(query);
  // What places seek and offer, where partners asked for it before it became notices.
  extension.use(placeNoticeFields);
  registerRelationLoader(strapi);
  const unwrapPlainFields = registerPlainFields(strapi);
  const describe = describeSchema(strapi);
  transformServedSchema(strapi, (schema) =>
    describe(unwrapPlainFields(toPublicSchema(schema, new Set([...publicQueryFields(strapi), ...Object.keys(CUSTOM_QUERIES)])))),
  );
};
