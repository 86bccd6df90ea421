import { ANNOUNCED_TYPES, fieldsOf, hasDraftAndPublish, isSingleType, listFieldOf, type ApiType } from '../content-types';
import { isRecord } from '../is-record';

/**
 * What the website drops from its caches, by cache tag (see docs/architecture.md, "Publishing is
 * live at once"): `expire` renders anew on the next request, `stale` is served stale while it
 * renders anew, `purge` is never served again.
 */
export type Eviction = { expire: string[]; stale: string[]; purge: string[] };

/** Beyond this many related entries and files, one stale `*` is smaller than their tags. */
export const MAX_RELATED = 200;

const EVERYTHING: Eviction = { expire: [], stale: ['*'], purge: [] };
const SAVED = new Set(['entry.create', 'entry.update']);
const SHOWN = new Set([...SAVED, 'entry.publish']);
const HIDDEN = new Set(['entry.unpublish', 'entry.delete']);

const isAnnounced = (uid: string): uid is ApiType => ANNOUNCED_TYPES.some((type) => type === uid);

export const documentIdOf = (entry: unknown) => (isRecord(entry) && typeof entry.documentId === 'string' ? entry.documentId : undefined);

/** The documentIds of the entries and files a value points to, not looking inside those. */
const documentIdsIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(documentIdsIn);
  if (!isRecord(value)) return [];
  const documentId = documentIdOf(value);
  return documentId ? [documentId] : Object.values(value).flatMap(documentIdsIn);
};

const slugsIn = (value: unknown) => [value].flat().flatMap((related) => (isRecord(related) && typeof related.slug === 'string' ? [related.slug] : []));

/** The tags of the listings and relation lists that may show a published entry. */
const staleAfterShowing = (uid: ApiType, entry: Record<string, unknown>) => {
  const list = `list:${listFieldOf(uid)}`;
  const pinned = fieldsOf(uid, 'relation').flatMap((field) => slugsIn(entry[field]).map((slug) => `${list}:${field}=${slug}`));
  // The entries and files (in components) that Strapi populated for the webhook.
  const related = new Set(fieldsOf(uid).flatMap((field) => documentIdsIn(entry[field])));
  if (related.size > MAX_RELATED) return ['*'];
  return [...new Set([list, ...pinned]), ...[...related].map((documentId) => `related:${documentId}`)];
};

/** A field's value as listings compare it: related entries and files by documentId, without row ids. */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable);
  if (value instanceof Date) return value.toISOString();
  if (!isRecord(value)) return value ?? null;
  const documentId = documentIdOf(value);
  if (documentId) return documentId;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, comparable(value[key])]),
  );
};

const TIMESTAMPS = ['createdAt', 'updatedAt', 'publishedAt'];

/** What of both lists is in only one of them. */
const eitherOnly = (before: string[], after: string[]) => [...new Set([...before.filter((x) => !after.includes(x)), ...after.filter((x) => !before.includes(x))])];

/**
 * The tags of the listings a change of a live entry may reorder or change the members of: those
 * filtered or sorted by a changed field (`list:<field>:by=<changed>`, as the website tags them),
 * those pinned to a related entry it joined or left, and the lists under such entries. Every
 * other page that shows the entry is tagged with its documentId, which is expired anyway.
 */
const staleAfterChange = (uid: ApiType, before: Record<string, unknown>, after: Record<string, unknown>) => {
  const list = `list:${listFieldOf(uid)}`;
  const changed = [...fieldsOf(uid), ...TIMESTAMPS].filter(
    (field) => field in after && JSON.stringify(comparable(before[field])) !== JSON.stringify(comparable(after[field])),
  );
  const pinned = fieldsOf(uid, 'relation')
    .filter((field) => changed.includes(field))
    .flatMap((field) => eitherOnly(slugsIn(before[field]), slugsIn(after[field])).map((slug) => `${list}:${field}=${slug}`));
  const related = new Set(changed.flatMap((field) => eitherOnly(documentIdsIn(before[field]), documentIdsIn(after[field]))));
  if (related.size > MAX_RELATED) return ['*'];
  return [...changed.map((field) => `${list}:by=${field}`), ...pinned, ...[...related].map((documentId) => `related:${documentId}`)];
};

/**
 * The cache tags a change evicts on the website, from a webhook's event and Strapi's entry;
 * null when the change cannot show on the public site (a draft saved, a private type).
 * Entries are populated for create, update and publish, and bare for unpublish and delete.
 * `before` is the live version that a publish (or a save without drafts) replaced, if known.
 */
export const evictionFor = (event: string, uid: string | undefined, entry: unknown, before?: Record<string, unknown>): Eviction | null => {
  if (uid !== undefined && !isAnnounced(uid)) return null;
  const documentId = documentIdOf(entry);
  // Media changes may show on any page; an event not known here is answered on the safe side.
  if (uid === undefined || !isRecord(entry) || documentId === undefined || !(SHOWN.has(event) || HIDDEN.has(event))) return EVERYTHING;
  if (SAVED.has(event) && hasDraftAndPublish(uid) && entry.publishedAt == null) return null;
  // Single types (navigation, global settings) show on many pages.
  if (isSingleType(uid)) return EVERYTHING;
  if (HIDDEN.has(event)) return { expire: [], stale: [`list:${listFieldOf(uid)}`], purge: [documentId] };
  return { expire: [documentId], stale: before ? staleAfterChange(uid, before, entry) : staleAfterShowing(uid, entry), purge: [] };
};
