import { AsyncLocalStorage } from 'node:async_hooks';
import { getOperationAST, Kind, valueFromASTUntyped, type DocumentNode, type FieldNode } from 'graphql';
import { isRecord } from '../is-record';

/**
 * Cache tags: what a page or a CMS answer shows, so that a change in the CMS evicts exactly what
 * shows the changed entry (docs/architecture.md, "Caches"). The CMS names the tags of a change
 * in the same words (cms/src/site/eviction.ts):
 * - `<documentId>`: an entry the answer contains;
 * - `related:<documentId>`: a list of entries related to that entry (a place's meetings);
 * - `list:<field>` or `list:<field>:<relation>=<slug>`: a listing of a collection, such as
 *   `list:places`, or only the places of one region, `list:places:region=altmark`;
 * - `list:<field>:by=<name>`: a listing filtered or ordered by that field of its entries, which a
 *   change of the field in any entry may reorder or change the members of.
 */

type Collected = { tags: Set<string>; validUntil: number };

const collector = new AsyncLocalStorage<Collected>();

/**
 * Runs a render and returns, with its result, the tags of everything it read from the CMS, and
 * until when what it read from the clock holds (Infinity when it read none).
 */
export const collectingTags = async <T>(run: () => T | Promise<T>) => {
  const collected: Collected = { tags: new Set(), validUntil: Infinity };
  const result = await collector.run(collected, run);
  return { result, ...collected };
};

/** Adds an answer's tags to the render under way, if any. */
export const recordTags = (tags: Iterable<string>) => {
  const collecting = collector.getStore();
  if (collecting) for (const tag of tags) collecting.tags.add(tag);
};

/**
 * Tells the render under way, if any, that what it shows changes with time at `instant` (ms), as
 * a list of upcoming dates does: its page is not answered from the cache after that.
 */
export const recordValidUntil = (instant: number) => {
  const collecting = collector.getStore();
  if (collecting) collecting.validUntil = Math.min(collecting.validUntil, instant);
};

/** Keys that name one entry: a filter on them is a lookup, not a listing. */
const UNIQUE = new Set(['slug', 'documentId']);

const equalTo = (condition: unknown) => (isRecord(condition) && typeof condition.eq === 'string' ? condition.eq : undefined);

/** The conditions every match of a filter meets: its own, and those of its `and`. */
const conjuncts = (filters: unknown): [string, unknown][] =>
  isRecord(filters)
    ? Object.entries(filters).flatMap(([key, value]): [string, unknown][] =>
        key === 'and' && Array.isArray(value) ? value.flatMap(conjuncts) : [[key, value]],
      )
    : [];

/** Filter keys that combine conditions rather than name a field. */
const LOGICAL = new Set(['and', 'or', 'not']);

/** The fields of the listed entries that a filter reads, through `and`, `or` and `not`. */
const filteredFields = (filters: unknown): string[] => {
  if (Array.isArray(filters)) return filters.flatMap(filteredFields);
  if (!isRecord(filters)) return [];
  return Object.entries(filters).flatMap(([key, value]) => (LOGICAL.has(key) ? filteredFields(value) : [key]));
};

/**
 * The fields a `sort` argument orders by ("name:asc", "region.name"). Without one, rows come in the
 * database's order, which a publish changes: it writes the live row anew.
 */
const sortedFields = (sort: unknown) =>
  sort === undefined ? ['publishedAt'] : [sort].flat().flatMap((key) => (typeof key === 'string' ? [key.split(':')[0].split('.')[0]] : []));

/**
 * The listing tags of a collection field read with these filters and this `sort` (whose order
 * does not matter when the listing shows only the count of its entries), or none for a lookup of
 * one entry.
 */
export const listTags = (field: string, filters: unknown, sort: unknown, showsEntries = true): string[] => {
  const conditions = conjuncts(filters);
  if (conditions.some(([key, condition]) => UNIQUE.has(key) && equalTo(condition) !== undefined)) return [];
  const [pinned] = conditions.flatMap(([relation, condition]) => {
    const slug = isRecord(condition) ? equalTo(condition.slug) : undefined;
    return slug === undefined ? [] : [{ relation, slug }];
  });
  const scope = pinned ? `list:${field}:${pinned.relation}=${pinned.slug}` : `list:${field}`;
  // A change of the pinned relation is announced by the slugs it left and joined.
  const fields = new Set([...filteredFields(filters), ...(showsEntries ? sortedFields(sort) : [])].filter((name) => name !== pinned?.relation));
  return [scope, ...[...fields].map((name) => `list:${field}:by=${name}`)];
};

const rootFields = new WeakMap<DocumentNode, FieldNode[]>();
const rootFieldsOf = (document: DocumentNode) => {
  let fields = rootFields.get(document);
  if (!fields) {
    const selections = getOperationAST(document)?.selectionSet.selections ?? [];
    fields = selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);
    rootFields.set(document, fields);
  }
  return fields;
};

/** Every entry's documentId, and `related:` for each entry with a list of entries under it. */
const addEntryTags = (value: unknown, tags: Set<string>, parent: string | undefined) => {
  if (Array.isArray(value)) {
    let entries = false;
    for (const item of value) {
      addEntryTags(item, tags, parent);
      entries ||= isRecord(item) && typeof item.documentId === 'string';
    }
    if (entries && parent) tags.add(`related:${parent}`);
    return;
  }
  if (!isRecord(value)) return;
  const id = typeof value.documentId === 'string' ? value.documentId : undefined;
  if (id) tags.add(id);
  for (const child of Object.values(value)) addEntryTags(child, tags, id ?? parent);
};

const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : isRecord(value) && Array.isArray(value.nodes) && value.nodes.length === 0);

/**
 * The tags of one operation's answer: its entries, and the listings among its root fields. A
 * lookup that found nothing under any of its aliases (a slug not yet published) is tagged as a
 * listing, so that the publish that makes it exist renews the answer.
 */
export const tagsOfAnswer = (document: DocumentNode, variables: object, data: unknown) => {
  const tags = new Set<string>();
  addEntryTags(data, tags, undefined);
  if (!isRecord(data)) return tags;
  const foundNothing = new Map<string, boolean>();
  for (const field of rootFieldsOf(document)) {
    const name = field.name.value;
    const value = data[field.alias?.value ?? name];
    // Single types (a homepage, the global settings) are no listings: their changes evict everything.
    if (value === undefined || (!Array.isArray(value) && !name.endsWith('_connection'))) continue;
    const collection = name.replace(/_connection$/, '');
    const argument = (key: string) => {
      const node = field.arguments?.find((candidate) => candidate.name.value === key);
      return node && valueFromASTUntyped(node.value, { ...variables });
    };
    const showsEntries = Array.isArray(value) || (isRecord(value) && 'nodes' in value);
    const listing = listTags(collection, argument('filters'), argument('sort'), showsEntries);
    for (const tag of listing) tags.add(tag);
    if (listing.length === 0) foundNothing.set(collection, (foundNothing.get(collection) ?? true) && isEmpty(value));
  }
  for (const [collection, nothing] of foundNothing) if (nothing) tags.add(`list:${collection}`);
  return tags;
};
