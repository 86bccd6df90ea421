import type { Core } from '@strapi/strapi';
import { previewTokenName } from './preview-access';
import { ensureApiTokenFromEnv } from './api-token';
import { publicActions } from './permissions';

/**
 * The website reads drafts for the admin's preview pane with one named API token, secret
 * PREVIEW_TOKEN. Its permissions follow the public types, so a type added later is readable
 * in the preview too.
 */
export const ensurePreviewToken = (strapi: Core.Strapi) =>
  ensureApiTokenFromEnv(strapi, 'PREVIEW_TOKEN', 'the preview token is not created.', {
    name: previewTokenName(),
    description: 'Liest Entwürfe für die Vorschau der Website. Nicht an Partner weitergeben.',
    permissions: publicActions(),
  });
