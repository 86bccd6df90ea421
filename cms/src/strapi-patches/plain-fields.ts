// Patches @strapi/plugin-graphql 5.54's extension service (`generate`, to learn the resolversConfig) and
// the field resolvers of the schema it builds, which it wraps in its authorization step.
import type { Core } from '@strapi/strapi';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

type Resolver = GraphQLFieldResolver<unknown, unknown> | undefined;
/** The part of nexus (a dependency of plugin-graphql, not ours) this file uses. */
type Nexus = { plugin: (config: { name: string; onAfterBuild: (schema: GraphQLSchema) => void }) => unknown };

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const eachPlainTypeField = (schema: GraphQLSchema, visit: (path: string, field: { resolve?: Resolver }) => void) => {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ROOT_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) visit(`${type.name}.${field.name}`, field);
  }
};

/** `Type.field` paths of a resolversConfig, which plugin-graphql reads as flat or nested keys. */
const configuredPaths = (resolversConfig: Record<string, object> = {}) =>
  new Set(
    Object.entries(resolversConfig).flatMap(([key, value]) =>
      key.includes('.') ? [key] : Object.keys(value).map((field) => `${key}.${field}`),
    ),
  );

/**
 * plugin-graphql wraps the resolver of every field of every type in an async authorization and
 * policy step, even where no auth, policy or middleware is configured and the step does nothing.
 * A list of 100 places has thousands of fields, and those promises cost more than its database
 * queries. This puts back the resolvers that the plugin wrapped for nothing: fields of object
 * types other than the roots, without a resolversConfig entry. Root fields keep the wrapper, as
 * it checks the caller's permissions there.
 *
 * Returns the step that restores them in a built schema.
 */
export const registerPlainFields = (strapi: Core.Strapi) => {
  const extension = strapi.plugin('graphql').service('extension');
  let configured = new Set<string>();
  const generate = extension.generate;
  extension.generate = (options: Parameters<typeof generate>[0]) => {
    const generated = generate.call(extension, options);
    configured = configuredPaths(generated.resolversConfig);
    return generated;
  };

  const unwrapped = new Map<string, Resolver>();
  extension.use(({ nexus }: { nexus: Nexus }) => ({
    plugins: [
      nexus.plugin({
        name: 'remember-unwrapped-resolvers',
        onAfterBuild: (schema) => {
          unwrapped.clear();
          eachPlainTypeField(schema, (path, field) => unwrapped.set(path, field.resolve));
        },
      }),
    ],
  }));

  return (schema: GraphQLSchema) => {
    eachPlainTypeField(schema, (path, field) => {
      if (unwrapped.has(path) && !configured.has(path)) field.resolve = unwrapped.get(path);
    });
    return schema;
  };
};
