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
 *   `list:places`, or only the places of one region, `list:places:region=altmark`.
 */

const collector = new AsyncLocalStorage<Set<string>>();

/** Runs a render and returns, with its result, the tags of everything it read from the CMS. */
export const collectingTags = async <T>(run: () => T | Promise<T>) => {
  const tags = new Set<string>();
  const result = await collector.run(tags, run);
  return { result, tags };
};

/** Adds an answer's tags to the render under way, if any. */
export const recordTags = (tags: Iterable<string>) => {
  const collecting = collector.getStore();
  if (collecting) for (const tag of tags) collecting.add(tag);
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

/** The listing tag of a collection field read with these filters, or none for a lookup of one entry. */
export const listTag = (field: string, filters: unknown) => {
  const conditions = conjuncts(filters);
  if (conditions.some(([key, condition]) => UNIQUE.has(key) && equalTo(condition) !== undefined)) return undefined;
  for (const [relation, condition] of conditions) {
    const slug = isRecord(condition) ? equalTo(condition.slug) : undefined;
    if (slug !== undefined) return `list:${field}:${relation}=${slug}`;
  }
  return `list:${field}`;
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
    const filters = field.arguments?.find((argument) => argument.name.value === 'filters');
    const tag = listTag(collection, filters && valueFromASTUntyped(filters.value, { ...variables }));
    if (tag) tags.add(tag);
    else foundNothing.set(collection, (foundNothing.get(collection) ?? true) && isEmpty(value));
  }
  for (const [collection, nothing] of foundNothing) if (nothing) tags.add(`list:${collection}`);
  return tags;
};
