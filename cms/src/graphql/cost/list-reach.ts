import type { Core, Schema, UID } from '@strapi/strapi';
import { REPEATABLE_CAPS } from '../../documents/repeatable-caps';

/** Rows of each relation target, all locales, drafts and published versions alike. */
const rows = new Map<string, number>();
/** The most a nested list ("Type.field" of the schema) can return, whatever page it asks for. */
const reaches = new Map<string, () => number>();

/** How many entries the nested list `type.field` can return at most; undefined: only its page bounds it. */
export const nestedListReach = (type: string, field: string) => reaches.get(`${type}.${field}`)?.();

const isToMany = (attribute: Schema.Attribute.AnyAttribute): attribute is Schema.Attribute.Relation & { target: UID.ContentType } =>
  attribute.type === 'relation' && 'target' in attribute && typeof attribute.target === 'string' && /ToMany$|^manyWay$/.test(attribute.relation);

/**
 * Counts, at boot, the rows of every type a relation to many entries points at, and raises the
 * count before each insert into it. A list can return no more than its target's rows (whatever
 * the status, locale or filters), and the count is raised before the row exists, so it is never
 * behind the table; rows deleted (also the old version at each publish) are counted until the next
 * boot, which only makes the bound looser, never lower than the entries a list can return.
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
      if (cap !== undefined) reaches.set(`${type}.${name}`, () => cap);
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
    rows.set(uid, (rows.get(uid) ?? 0) + by);
  };
  strapi.db.lifecycles.subscribe({
    models: [...targets],
    beforeCreate: (event) => raise(event.model.uid, 1),
    beforeCreateMany: (event) => raise(event.model.uid, Array.isArray(event.params.data) ? event.params.data.length : 1),
  });
};
