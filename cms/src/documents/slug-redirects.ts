import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, REDIRECT, hasDraftAndPublish, isPaged, type ApiType } from '../content-types';
import { paramsOf } from './params';

/**
 * Old URLs of a deleted document would redirect to a page that no longer exists: once no language
 * version of it is left, they go too, and answer 404 like the page itself.
 */
const dropRedirectsToDeleted = async <T>(strapi: Core.Strapi, uid: ApiType, prefix: string, documentId: string, next: () => T) => {
  const rows = (): Promise<{ slug: string }[]> => strapi.db.query(uid).findMany({ where: { documentId }, select: ['slug'] });
  const paths = [...new Set((await rows()).map(({ slug }) => `${prefix}/${slug}`))];
  const result = await next();
  if (paths.length > 0 && (await rows()).length === 0) {
    await strapi.db.query(REDIRECT).deleteMany({ where: { to: { $in: paths } } });
  }
  return result;
};

/**
 * When an editor changes a slug, the old URL keeps working: the site answers it with a 301 to
 * the new one, so links from partners and feeds stay valid. The move happens when the new slug
 * goes live, on publish (or on save for types without drafts). Earlier redirects to the old
 * URL are pointed straight at the new one, so that no chain of redirects grows.
 */
export const registerSlugRedirects = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const { documentId } = paramsOf(context);
    if (!isPaged(uid) || !documentId) return next();
    const prefix = CONTENT_TYPES[uid].sitePath;
    if (action === 'delete') return dropRedirectsToDeleted(strapi, uid, prefix, documentId, next);
    const drafts = hasDraftAndPublish(uid);
    if (action !== (drafts ? 'publish' : 'update')) return next();

    const liveSlug = async () =>
      (await strapi.db.query(uid).findOne({ where: { documentId, ...(drafts && { publishedAt: { $notNull: true } }) }, select: ['slug'] }))?.slug;
    const before = await liveSlug();
    const result = await next();
    const after = await liveSlug();
    if (!before || !after || before === after) return result;

    const from = `${prefix}/${before}`;
    const to = `${prefix}/${after}`;
    const redirects = strapi.db.query(REDIRECT);
    await redirects.deleteMany({ where: { from: to } });
    await redirects.updateMany({ where: { to: from }, data: { to } });
    if (await redirects.findOne({ where: { from } })) {
      await redirects.update({ where: { from }, data: { to } });
    } else {
      await strapi.documents(REDIRECT).create({ data: { from, to } });
    }
    return result;
  });
};
