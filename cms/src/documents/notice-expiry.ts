import type { Core } from '@strapi/strapi';
import { NOTICE } from '../content-types';
import { isRecord } from '../is-record';
import { berlinDay } from '../time';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** A notice is current through its last day in Berlin, and always when it has none. */
export const currentNotices = (now: Date) => ({ $or: [{ expiresOn: { $null: true } }, { expiresOn: { $gte: berlinDay(now) } }] });

/**
 * A notice past its last day is never answered by the public API, REST or GraphQL (whose root
 * queries call the document service too), whatever the caller's filters say. The admin, the
 * edit links and the CMS's own jobs read through other routes or none, and still see it, so that
 * an editor can renew it.
 */
export const registerNoticeExpiry = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== NOTICE || !READS.has(context.action)) return next();
    if (strapi.requestContext.get()?.state?.route?.info?.type !== 'content-api') return next();
    const current = currentNotices(new Date());
    const given: unknown = context.params;
    // The content API always passes its (sanitized) params; the filter joins the caller's, never replaces them.
    if (isRecord(given)) given.filters = given.filters ? { $and: [given.filters, current] } : current;
    else context.params = { filters: current };
    return next();
  });
};
