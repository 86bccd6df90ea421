import type { Core } from '@strapi/strapi';
import { previewUrl } from '../src/site/preview-links';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  // Replaced by src/http/admin-login.ts, which counts failures per email address and per
  // client address and answers with Retry-After.
  rateLimit: { enabled: false },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // The content manager's preview pane opens the draft on the real site (see docs/redaktion.md).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [env('SITE_URL', 'http://localhost:3000')],
      handler: (uid: string, target: Parameters<typeof previewUrl>[2]) => previewUrl(strapi, uid, target),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
