import type { StrapiApp } from '@strapi/strapi/admin';
import { ConvertSubmissionAction } from './convert-submission';
import { EarthIcon } from './translation-status/earth-icon';
import { OVERVIEW_PERMISSIONS } from './translation-status/permissions';

type DocumentActions = { addDocumentAction: (reduce: (actions: unknown[]) => unknown[]) => void };

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
    const contentManager = app.getPlugin('content-manager').apis as DocumentActions;
    contentManager.addDocumentAction((actions) => [...actions, ConvertSubmissionAction]);
  },
};
