// Part of the relation-loader patch: relies on how @strapi/database 5.54 populates, orders and pages a
// relation, so that one query for many parents answers each as `entityManager.load` would.
import type { Core } from '@strapi/strapi';
import { isRecord } from '../is-record';

type Database = Core.Strapi['db'];
type EntityManager = Database['entityManager'];
/** The entity `entityManager.load` loads a relation of. */
export type Parent = Parameters<EntityManager['load']>[1];
/** What one `entityManager.load` call loads, whichever its parent. */
export type Load = { uid: string; field: string | string[]; populate: unknown };

// morphToOne and morphToMany (dynamic zones, a file's `related`) look rows up per target type,
// so a populate for many parents would page them together; they keep loading one parent at a time.
const BATCHABLE = new Set(['oneToOne', 'manyToOne', 'oneToMany', 'manyToMany', 'morphOne', 'morphMany']);
const TO_MANY = new Set(['oneToMany', 'manyToMany', 'morphMany']);

// A populate's limit and offset apply to the rows of all parents together, so a batch reads all
// of them and pages each parent's rows itself. It still passes a limit, as with one the query
// builder appends `id` to ORDER BY, which orders ties exactly as the query for one parent did.
const ALL_ROWS = 2 ** 31 - 1;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The populate that loads one relation for many parents, and how to cut each parent's share
 * out of it; nothing when the batch could differ from loading each parent alone: an unknown
 * relation kind, or paging the query builder would not apply the same way.
 */
const batchPlan = (db: Database, { uid, field, populate }: Load) => {
  if (typeof field !== 'string') return undefined;
  const attribute = db.metadata.get(uid)?.attributes[field];
  if (attribute?.type !== 'relation' || !BATCHABLE.has(attribute.relation)) return undefined;
  // `load` populates `true` when given no query.
  const query = populate ?? true;
  if (query !== true && !isRecord(query)) return undefined;
  const { limit, offset, ...rest } = query === true ? {} : query;
  const start = offset ?? 0;
  if ((limit != null && !(isCount(limit) && limit > 0)) || !isCount(start)) return undefined;
  const end = isCount(limit) ? start + limit : undefined;
  const toMany = TO_MANY.has(attribute.relation);
  if (!toMany && start > 0) return undefined;
  const paged = limit != null || offset != null;
  return {
    field,
    populate: paged ? { ...rest, limit: ALL_ROWS } : query,
    share: (related: unknown) => (toMany && Array.isArray(related) ? related.slice(start, end) : related),
  };
};

/**
 * What `entityManager.load` would return for each parent (null for one that no longer exists),
 * in two queries however many parents there are; nothing when the load cannot be batched.
 */
export const loadMany = async (db: Database, load: Load, parents: readonly Parent[]) => {
  const plan = batchPlan(db, load);
  if (!plan || parents.some((parent) => parent.id == null)) return undefined;
  const ids = [...new Set(parents.map((parent) => parent.id))];
  const rows: Record<string, unknown>[] = await db
    .query(load.uid)
    .findMany({ select: ['id'], where: { id: { $in: ids } }, populate: { [plan.field]: plan.populate } });
  const related = new Map(rows.map((row) => [row.id, row[plan.field]]));
  return parents.map((parent) => (related.has(parent.id) ? plan.share(related.get(parent.id)) : null));
};
