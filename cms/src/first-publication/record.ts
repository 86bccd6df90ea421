import type { Core, UID } from '@strapi/strapi';
import { FIRST_PUBLISHED_TYPES } from '../content-types';
import { paramsOf } from '../documents/params';
import { documentIdOf } from '../site/eviction';

const WRITES = new Set(['create', 'update', 'publish']);
const RECORDING = new Set<string>(FIRST_PUBLISHED_TYPES);

/** The first publication recorded for a document in any of its rows (locales, draft and live), or null. */
export const recordedFirstPublication = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string | null> => {
  const row: { firstPublishedAt?: string | Date | null } | null = await strapi.db
    .query(uid)
    .findOne({ where: { documentId, firstPublishedAt: { $notNull: true } }, select: ['firstPublishedAt'], orderBy: { firstPublishedAt: 'asc' } });
  return row?.firstPublishedAt ? new Date(row.firstPublishedAt).toISOString() : null;
};

/** A date the seed or an import gives for an entry first published elsewhere; never one in the future. */
const givenInstant = (value: unknown, now: Date) => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) || instant > now ? null : instant.toISOString();
};

/**
 * Records when a document was first published: Strapi's `publishedAt` changes at every publish,
 * so "new" (/neu, `firstPublishedAt` in the API) needs a date of its own. It is set on the first
 * publish, or on the first create or update that publishes (as the seed and change requests do),
 * on every row of the document, before the write, so that the live row and the webhook's page
 * renewal already see it. Afterwards no write changes it, whatever its data says: the admin sends
 * the field back with every save. Only the write that first publishes may give an earlier date.
 */
export const registerFirstPublication = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || !RECORDING.has(context.uid)) return next();
    const uid = context.uid;
    const { data, documentId, status } = paramsOf(context);
    const publishes = context.action === 'publish' || status === 'published';
    const now = new Date();
    const recorded = documentId ? await recordedFirstPublication(strapi, uid, documentId) : null;
    const given = data ? givenInstant(data.firstPublishedAt, now) : null;
    const first = recorded ?? (publishes ? (given ?? now.toISOString()) : null);
    // Strapi's update nulls any firstPublishedAt it is given (its own experimental field, off
    // here), so an update leaves the column alone; a create writes the date with its first rows.
    if (data) {
      if (first && context.action === 'create') data.firstPublishedAt = first;
      else delete data.firstPublishedAt;
    }
    // A publish copies the draft rows: they carry the date into the live ones.
    const stamped = first !== null && documentId !== undefined && !recorded;
    if (stamped) await strapi.db.query(uid).updateMany({ where: { documentId }, data: { firstPublishedAt: first } });
    const result = await next().catch(async (failure: unknown) => {
      // A publish that Strapi refused has published nothing.
      if (stamped) await strapi.db.query(uid).updateMany({ where: { documentId }, data: { firstPublishedAt: null } });
      throw failure;
    });
    // Rows the write made without it (another language's first version) get the document's date.
    const written = documentId ?? documentIdOf(result);
    if (first && written) await strapi.db.query(uid).updateMany({ where: { documentId: written, firstPublishedAt: { $null: true } }, data: { firstPublishedAt: first } });
    return result;
  });
};
