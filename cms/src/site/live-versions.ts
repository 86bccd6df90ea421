import type { Core, UID } from '@strapi/strapi';
import { ANNOUNCED_TYPES, hasDraftAndPublish, isSingleType, type ApiType } from '../content-types';
import { paramsOf } from '../documents/params';
import { isRecord } from '../is-record';
import { documentIdOf } from './eviction';

/**
 * The live versions of entries just before an editor replaced them (a publish, or a save of a type
 * without drafts), kept until the change's webhook has told the website which fields changed
 * (eviction.ts): a teaser edited must not renew every listing of places, a name changed must.
 */
type Pending = { entry: Record<string, unknown>; at: number };

/** Strapi emits the change's event once its transaction commits, in well under this. */
const KEPT_MS = 60_000;
const pending = new Map<string, Pending[]>();

const keyOf = (uid: string, documentId: string, locale: unknown) => `${uid}\0${documentId}\0${typeof locale === 'string' ? locale : ''}`;

const isWatched = (uid: string | undefined): uid is ApiType => ANNOUNCED_TYPES.some((type) => type === uid && !isSingleType(type));

/** The action that replaces a live version: a publish, or a save of a type without drafts; its event is `entry.<action>`. */
const replacingAction = (uid: ApiType) => (hasDraftAndPublish(uid) ? 'publish' : 'update');

/** Relations and files with their own fields, components all the way down: as Strapi populates an entry for its webhooks. */
const populateOf = (strapi: Core.Strapi, uid: UID.Schema): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(strapi.getModel(uid).attributes).flatMap(([name, attribute]): [string, unknown][] => {
      if (attribute.type === 'relation' || attribute.type === 'media') return [[name, true]];
      if (attribute.type === 'component') return [[name, { populate: populateOf(strapi, attribute.component) }]];
      if (attribute.type === 'dynamiczone') return [[name, true]];
      return [];
    }),
  );

const forget = () => {
  const cutoff = Date.now() - KEPT_MS;
  for (const [key, versions] of pending) {
    const kept = versions.filter((version) => version.at > cutoff);
    if (kept.length) pending.set(key, kept);
    else pending.delete(key);
  }
};

/**
 * The live version of an entry before the change that `entry` (the event's) is the result of, or
 * undefined when there was none (a first publish) or it is not known. Each change takes its own,
 * in order: two publishes of one entry in a row compare each with its predecessor.
 */
export const takeLiveVersionBefore = (event: string, uid: string | undefined, entry: unknown) => {
  const documentId = documentIdOf(entry);
  if (!isWatched(uid) || event !== `entry.${replacingAction(uid)}` || !isRecord(entry) || !documentId) return undefined;
  const key = keyOf(uid, documentId, entry.locale);
  const versions = pending.get(key);
  const version = versions?.shift();
  if (versions?.length === 0) pending.delete(key);
  return version?.entry;
};

/** Keeps the live versions of an entry as they were before an editor replaces them. */
export const registerLiveVersions = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const { documentId } = paramsOf(context);
    if (!documentId || !isWatched(uid) || action !== replacingAction(uid)) return next();
    const live: Record<string, unknown>[] = await strapi.db.query(uid).findMany({
      where: { documentId, ...(hasDraftAndPublish(uid) && { publishedAt: { $notNull: true } }) },
      populate: populateOf(strapi, uid),
    });
    forget();
    const now = Date.now();
    const keys = live.map((entry) => keyOf(uid, documentId, entry.locale));
    keys.forEach((key, index) => pending.set(key, [...(pending.get(key) ?? []), { entry: live[index], at: now }]));
    try {
      return await next();
    } catch (failure) {
      // No event follows a failed change: its versions would be taken by the next one.
      for (const key of keys) pending.get(key)?.pop();
      throw failure;
    }
  });
};
