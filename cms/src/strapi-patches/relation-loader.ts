// Patches @strapi/database 5.54's `entityManager.load` (asked, not run, while a batch is planned) and
// @strapi/plugin-graphql 5.54's `builders.new` (its association and component resolvers are batched).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Schema, UID } from '@strapi/strapi';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { isRecord } from '../is-record';
import { loadMany, type Load, type Parent } from './relation-batch';

type Resolver = (parent: Parent, args: unknown, context: object, info: GraphQLResolveInfo) => Promise<unknown>;
type Call = Parameters<Resolver>;
type Options = { contentTypeUID: UID.Schema; attributeName: string };
/** A parent's answer, from what the plugin's resolver answered without rows and the parent's rows. */
type Answer = (template: unknown, related: unknown) => Promise<unknown>;

// Large enough for any page the list-cost limit allows, small enough for every database's
// limit on bound parameters.
const MAX_BATCH = 1000;

/** Set while a resolver runs only to tell which `load` it would make. */
const probing = new AsyncLocalStorage<(load: Load) => void>();

const rootKey = (info: GraphQLResolveInfo) => {
  let path = info.path;
  while (path.prev) path = path.prev;
  return path.key;
};

/**
 * Parents whose field has the same arguments under the same root field (whose status and
 * publication filter relations inherit) get the same query. Nothing for arguments JSON cannot
 * hold (a Long filter may be a BigInt): those parents load alone.
 */
const batchKey = (args: unknown, info: GraphQLResolveInfo) => {
  try {
    return JSON.stringify([rootKey(info), args]);
  } catch {
    return undefined;
  }
};

/**
 * The plugin's resolver runs once per batch with `load` answering null: it validates and
 * sanitizes the arguments, builds the query with the inherited status, and answers the shape
 * that each parent's answer is made from. Then one query loads the relation for every parent.
 */
const resolveBatch =
  (db: Core.Strapi['db'], resolve: Resolver, answer: Answer) =>
  async (calls: readonly Call[]): Promise<unknown[]> => {
    if (calls.length === 1) return [await resolve(...calls[0])];
    let load: Load | undefined;
    const template = await probing.run((asked) => (load = asked), () => resolve(...calls[0]));
    const related = load && (await loadMany(db, load, calls.map(([parent]) => parent)));
    if (!related) return Promise.all(calls.map((call) => resolve(...call)));
    return Promise.all(related.map((rows) => answer(template, rows)));
  };

const batched = (strapi: Core.Strapi, resolve: Resolver, answer: Answer): Resolver => {
  const loaders = new WeakMap<object, Map<string, DataLoader<Call, unknown>>>();
  return (parent, args, context, info) => {
    const key = batchKey(args, info);
    if (key === undefined) return resolve(parent, args, context, info);
    let ofRequest = loaders.get(context);
    if (!ofRequest) loaders.set(context, (ofRequest = new Map()));
    let loader = ofRequest.get(key);
    if (!loader) {
      loader = new DataLoader(resolveBatch(strapi.db, resolve, answer), { cache: false, maxBatchSize: MAX_BATCH });
      ofRequest.set(key, loader);
    }
    return loader.load([parent, args, context, info]);
  };
};

const attributeOf = (strapi: Core.Strapi, { contentTypeUID, attributeName }: Options) => {
  const attributes: Record<string, Schema.Attribute.AnyAttribute | undefined> = strapi.getModel(contentTypeUID).attributes;
  return attributes[attributeName];
};

/** As plugin-graphql's association resolver: media URLs signed, then wrapped like the template. */
const associationAnswer = (strapi: Core.Strapi, options: Options): Answer => {
  const { isMedia } = strapi.plugin('graphql').service('utils').attributes;
  const upload = isMedia(attributeOf(strapi, options)) && strapi.plugin('upload');
  const sign = async (data: unknown) => {
    if (!upload || !data) return data;
    const { signFileUrls } = upload.service('file');
    return Array.isArray(data) ? Promise.all(data.map((file) => signFileUrls(file))) : signFileUrls(data);
  };
  return async (template, related) => {
    if (!isRecord(template)) return template;
    return 'nodes' in template ? { ...template, nodes: await sign(related) } : { ...template, value: await sign(related) };
  };
};

/** The component resolver answers the loaded rows as they are. */
const componentAnswer: Answer = async (_template, related) => related;

/**
 * plugin-graphql resolves each relation, media field and component of each parent on its own:
 * validating and sanitizing the arguments, then `entityManager.load`, two queries per parent
 * and field. Here the parents of one field with the same arguments are collected until graphql
 * has asked for all of them (DataLoader), and resolved together: the plugin's resolver prepares
 * the query once, and one `findMany` loads the relation for all of them (relation-batch.ts).
 * A single parent, and relations a batch cannot load the same way, keep the plugin's resolver.
 */
export const registerRelationLoader = (strapi: Core.Strapi) => {
  const { entityManager } = strapi.db;
  const load = entityManager.load.bind(entityManager);
  entityManager.load = async (uid, entity, field, populate) => {
    const ask = probing.getStore();
    if (!ask) return load(uid, entity, field, populate);
    ask({ uid, field, populate });
    return null;
  };

  const { isMorphRelation } = strapi.plugin('graphql').service('utils').attributes;
  const builders = strapi.plugin('graphql').service('builders');
  const create = builders.new;
  builders.new = (name: string, registry: unknown) => {
    const instance = create(name, registry);
    const { buildAssociationResolver, buildComponentResolver } = instance;
    instance.buildAssociationResolver = (options: Options) => {
      const resolve = buildAssociationResolver(options);
      // A morph relation's resolver answers sanitized rows rather than a template to fill.
      if (isMorphRelation(attributeOf(strapi, options))) return resolve;
      return batched(strapi, resolve, associationAnswer(strapi, options));
    };
    instance.buildComponentResolver = (options: Options) => batched(strapi, buildComponentResolver(options), componentAnswer);
    return instance;
  };
};
