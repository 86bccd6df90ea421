import type { Core } from '@strapi/strapi';
import { previewTokenName } from '../extensions/preview-access';
import { publicActions } from './permissions';

/**
 * The website reads drafts for the admin's preview pane with one named API token. Its
 * secret comes from PREVIEW_TOKEN, so the CMS and the site share it through their
 * environments; the stored hash follows the variable on every boot, and its permissions
 * follow the public types (a type added later is readable in the preview too).
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
  const permissions = publicActions(strapi);

  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name }, populate: ['permissions'] });
  if (existing) {
    if (existing.accessKey !== keys.accessKey) {
      await strapi.db.query('admin::api-token').update({ where: { id: existing.id }, data: keys });
    }
    const current = new Set<string>((existing.permissions ?? []).map((p: { action: string }) => p.action));
    const outdated = current.size !== permissions.length || permissions.some((action) => !current.has(action));
    if (existing.type === 'custom' && outdated) {
      await tokens.update(existing.id, { permissions });
    }
    return;
  }
  const created = await tokens.create({
    name,
    description: 'Liest Entwürfe für die Vorschau der Website. Nicht an Partner weitergeben.',
    kind: 'content-api',
    type: 'custom',
    lifespan: null,
    permissions,
  });
  await strapi.db.query('admin::api-token').update({ where: { id: created.id }, data: keys });
};
