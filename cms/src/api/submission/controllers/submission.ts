import { factories } from '@strapi/strapi';
import { notifyEditors } from '../../../submissions/notify';
import { themeIdsFromSlugs } from '../../../submissions/themes';
import { refuseOtherFields } from '../../../submissions/website-fields';
import { SUBMISSION } from '../../../content-types';

export default factories.createCoreController(SUBMISSION, ({ strapi }) => ({
  /**
   * Strapi validates and stores the proposal; this adds the themes the website names by slug,
   * answers with the new id only (the caller is a write-only form), and tells the editors.
   */
  async create(ctx) {
    const data = ctx.request.body?.data;
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (isObject) refuseOtherFields(data);
    const themes = isObject ? await themeIdsFromSlugs(strapi, data.themes) : [];
    if (isObject) delete data.themes;

    // One transaction, so that a proposal is never stored without the themes it was sent with.
    const documentId: string = await strapi.db.transaction(async () => {
      const created = await super.create(ctx);
      const id = created.data.documentId;
      if (themes.length) {
        await strapi.documents(SUBMISSION).update({ documentId: id, data: { themes: themes.map((theme) => ({ documentId: theme, locale: 'de' })) } });
      }
      return id;
    });

    void notifyEditors(strapi, documentId);
    ctx.status = 201;
    return { data: { documentId } };
  },
}));
