import type { Core, Schema, UID } from '@strapi/strapi';
import { REPEATABLE_CAPS } from '../../documents/repeatable-caps';

/** Rows of each relation target, all locales, drafts and published versions alike. */
const rows = new Map<string, number>();
/** The most a nested list ("Type.field" of the schema) can return, whatever page it asks for. */
const reaches = new Map<string, () => number>();
/** The nested lists bounded by a cap of their own, not by the rows their target holds today. */
const caps = new Map<string, number>();

/** The rows a deleteMany removed, as its result reports them (`{ count }`). */
const deletedCount = (result: unknown) => {
  const count: unknown = typeof result === 'object' && result !== null ? Reflect.get(result, 'count') : 0;
  return typeof count === 'number' ? count : 0;
};

/** Caps a nested list: a repeatable component at its cap, or a list of our own whose resolver answers at most `cap` entries. */
export const capNestedList = (type: string, field: string, cap: number) => {
  caps.set(`${type}.${field}`, cap);
  reaches.set(`${type}.${field}`, () => cap);
};

/** How many entries the nested list `type.field` can return at most; undefined: only its page bounds it. */
export const nestedListReach = (type: string, field: string) => reaches.get(`${type}.${field}`)?.();

/** How many entries `type.field` can return however large the tables grow; undefined: only its page bounds it. */
export const nestedListCap = (type: string, field: string) => caps.get(`${type}.${field}`);

const isToMany = (attribute: Schema.Attribute.AnyAttribute): attribute is Schema.Attribute.Relation & { target: UID.ContentType } =>
  attribute.type === 'relation' && 'target' in attribute && typeof attribute.target === 'string' && /ToMany$|^manyWay$/.test(attribute.relation);

/**
 * Counts, at boot, the rows of every type a relation to many entries points at, raises the count
 * before each insert into it and lowers it after each delete. A list can return no more than its
 * target's rows (whatever the status, locale or filters); as the count rises before a row exists
 * and falls only once it is gone, it is never below the table, and it does not creep up with every
 * publish (a new published row, the old one deleted) in a process that runs for months.
 */
export const registerListReach = async (strapi: Core.Strapi) => {
  const { naming } = strapi.plugin('graphql').service('utils');
  const targets = new Set<UID.ContentType>();
  // Components hold no relation to many entries nor repeatable components.
  for (const model of Object.values(strapi.contentTypes).filter(({ uid }) => uid.startsWith('api::'))) {
    const type = naming.getTypeName(model);
    const attributes: Record<string, Schema.Attribute.AnyAttribute> = model.attributes;
    for (const [name, attribute] of Object.entries(attributes)) {
      const cap = attribute.type === 'component' && attribute.repeatable ? REPEATABLE_CAPS[model.uid]?.[name] : undefined;
      if (cap !== undefined) capNestedList(type, name, cap);
      if (!isToMany(attribute)) continue;
      const { target } = attribute;
      targets.add(target);
      const count = () => rows.get(target) ?? Infinity;
      reaches.set(`${type}.${name}`, count);
      reaches.set(`${type}.${name}_connection`, count);
    }
  }
  for (const uid of targets) rows.set(uid, await strapi.db.query(uid).count());
  const raise = (uid: string, by: number) => {
    rows.set(uid, Math.max(0, (rows.get(uid) ?? 0) + by));
  };
  strapi.db.lifecycles.subscribe({
    models: [...targets],
    beforeCreate: (event) => raise(event.model.uid, 1),
    beforeCreateMany: (event) => raise(event.model.uid, Array.isArray(event.params.data) ? event.params.data.length : 1),
    afterDelete: (event) => raise(event.model.uid, event.result ? -1 : 0),
    afterDeleteMany: (event) => raise(event.model.uid, -deletedCount(event.result)),
  });
};
