import type { Core } from '@strapi/strapi';
import { previewTokenName } from '../extensions/preview-access';
import { PUBLIC_ACTIONS } from './permissions';

/**
 * The website reads drafts for the admin's preview pane with one named API token. Its
 * secret comes from PREVIEW_TOKEN, so the CMS and the site share it through their
 * environments; the stored hash follows the variable on every boot.
 */
export const ensurePreviewToken = async (strapi: Core.Strapi) => {
  const accessKey = process.env.PREVIEW_TOKEN;
  if (!accessKey) {
    strapi.log.warn('PREVIEW_TOKEN is not set: the preview token is not created.');
    return;
  }
  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const name = previewTokenName();
  const keys = { accessKey: tokens.hash(accessKey), encryptedKey: encryption.encrypt(accessKey) };

  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name } });
  if (existing) {
    if (existing.accessKey !== keys.accessKey) {
      await strapi.db.query('admin::api-token').update({ where: { id: existing.id }, data: keys });
    }
    return;
  }
  const created = await tokens.create({
    name,
    description: 'Liest Entwürfe für die Vorschau der Website. Nicht an Partner weitergeben.',
    kind: 'content-api',
    type: 'custom',
    lifespan: null,
    permissions: PUBLIC_ACTIONS,
  });
  await strapi.db.query('admin::api-token').update({ where: { id: created.id }, data: keys });
};
