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

/**
 * The cache tags a change evicts on the website, from a webhook's event and Strapi's entry;
 * null when the change cannot show on the public site (a draft saved, a private type).
 * Entries are populated for create, update and publish, and bare for unpublish and delete.
 */
export const evictionFor = (event: string, uid: string | undefined, entry: unknown): Eviction | null => {
  if (uid !== undefined && !isAnnounced(uid)) return null;
  const documentId = documentIdOf(entry);
  // Media changes may show on any page; an event not known here is answered on the safe side.
  if (uid === undefined || !isRecord(entry) || documentId === undefined || !(SHOWN.has(event) || HIDDEN.has(event))) return EVERYTHING;
  if (SAVED.has(event) && hasDraftAndPublish(uid) && entry.publishedAt == null) return null;
  // Single types (navigation, global settings) show on many pages.
  if (isSingleType(uid)) return EVERYTHING;
  if (HIDDEN.has(event)) return { expire: [], stale: [`list:${listFieldOf(uid)}`], purge: [documentId] };
  return { expire: [documentId], stale: staleAfterShowing(uid, entry), purge: [] };
};
