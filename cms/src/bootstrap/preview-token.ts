import type { Core } from '@strapi/strapi';
import { previewTokenName } from '../extensions/preview-access';
import { ensureApiToken } from './api-token';
import { publicActions } from './permissions';

/**
 * The website reads drafts for the admin's preview pane with one named API token, secret
 * PREVIEW_TOKEN. Its permissions follow the public types, so a type added later is readable
 * in the preview too.
 */
export const ensurePreviewToken = async (strapi: Core.Strapi) => {
  const accessKey = process.env.PREVIEW_TOKEN;
  if (!accessKey) {
    strapi.log.warn('PREVIEW_TOKEN is not set: the preview token is not created.');
    return;
  }
  await ensureApiToken(strapi, {
    name: previewTokenName(),
    accessKey,
    description: 'Liest Entwürfe für die Vorschau der Website. Nicht an Partner weitergeben.',
    permissions: publicActions(strapi),
  });
};
