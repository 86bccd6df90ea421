import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ConvertSubmissionAction } from './convert-submission';
import { EarthIcon } from './translation-status/earth-icon';
import { OVERVIEW_PERMISSIONS } from './translation-status/permissions';

// The marketing team works in German; English stays available as the fallback.
export default {
  config: {
    locales: ['de'],
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'translation-status',
      icon: EarthIcon,
      intlLabel: { id: 'kreativorte.translation-status', defaultMessage: 'Übersetzungsstand' },
      permissions: OVERVIEW_PERMISSIONS,
      Component: () => import('./translation-status/page'),
    });
  },
  bootstrap(app: StrapiApp) {
    // Strapi types every plugin's apis as a plain record; the content manager's class declares its own.
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addDocumentAction((actions) => [...actions, ConvertSubmissionAction]);
  },
};
