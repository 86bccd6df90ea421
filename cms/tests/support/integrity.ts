import type { Core } from '@strapi/strapi';

type Column = { name: string; referencedColumn: string };
type JoinTable = {
  name: string;
  joinColumn: Column;
  inverseJoinColumn?: Column;
  on?: Record<string, string>;
  morphColumn?: { typeColumn: { name: string }; idColumn: Column };
};
type Meta = { uid: string; tableName: string; attributes: Record<string, { target?: string; joinTable?: JoinTable }> };

/**
 * Rows of link, component and media tables, read straight from the database, that point at a row
 * that does not exist, as "table.column → missing table: count". Empty when every relation let
 * go of what was deleted.
 */
export const danglingLinks = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  // Strapi's type of the metadata is a class of its own; underneath it is a Map of the models.
  const metadata = [...(strapi.db.metadata as unknown as Map<string, Meta>).values()];
  const tableOf = (uid: string) => metadata.find((meta) => meta.uid === uid)?.tableName;
  const checks = new Map<string, () => Promise<number>>();
  const check = (table: string, column: string, target: string, referenced: string, where: Record<string, string> = {}) =>
    checks.set(`${table}.${column} → ${target}${Object.keys(where).length ? ` ${JSON.stringify(where)}` : ''}`, async () => {
      const [{ count }] = await knex(table)
        .leftJoin(target, `${table}.${column}`, `${target}.${referenced}`)
        .where(Object.fromEntries(Object.entries(where).map(([key, value]) => [`${table}.${key}`, value])))
        .whereNull(`${target}.${referenced}`)
        .count({ count: '*' });
      return Number(count);
    });

  for (const meta of metadata) {
    for (const { target, joinTable } of Object.values(meta.attributes)) {
      if (!joinTable) continue;
      check(joinTable.name, joinTable.joinColumn.name, meta.tableName, joinTable.joinColumn.referencedColumn, joinTable.on);
      if (target && joinTable.inverseJoinColumn) {
        check(joinTable.name, joinTable.inverseJoinColumn.name, tableOf(target)!, joinTable.inverseJoinColumn.referencedColumn, joinTable.on);
      }
      if (joinTable.morphColumn) {
        const { typeColumn, idColumn } = joinTable.morphColumn;
        const types = await knex(joinTable.name).distinct(typeColumn.name).pluck(typeColumn.name);
        for (const type of types) check(joinTable.name, idColumn.name, tableOf(type)!, idColumn.referencedColumn, { [typeColumn.name]: type });
      }
    }
  }
  const found: string[] = [];
  for (const [label, count] of checks) {
    const n = await count();
    if (n > 0) found.push(`${label}: ${n}`);
  }
  return found;
};
