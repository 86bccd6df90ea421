import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { CHANGE_REQUEST_PERMISSIONS } from './change-requests/permissions';
import { ConvertSubmissionAction } from './convert-submission';
import { EditLinkPanel } from './edit-links/panel';
import { ChartIcon, DiscussIcon, EarthIcon } from './menu-icons';
import { ProfileHealthPanel } from './profile-health/panel';
import { ReachPanel } from './reach/panel';
import { REACH_PERMISSIONS } from './reach/permissions';
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
    app.addMenuLink({
      to: 'change-requests',
      icon: DiscussIcon,
      intlLabel: { id: 'kreativorte.change-requests', defaultMessage: 'Änderungswünsche' },
      permissions: CHANGE_REQUEST_PERMISSIONS,
      Component: () => import('./change-requests/page'),
    });
    app.addMenuLink({
      to: 'reichweite',
      icon: ChartIcon,
      intlLabel: { id: 'kreativorte.reach', defaultMessage: 'Reichweite' },
      permissions: REACH_PERMISSIONS,
      Component: () => import('./reach/page'),
    });
  },
  bootstrap(app: StrapiApp) {
    // Strapi types every plugin's apis as a plain record; the content manager's class declares its own.
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addDocumentAction((actions) => [...actions, ConvertSubmissionAction]);
    contentManager.addEditViewSidePanel((panels) => [...panels, EditLinkPanel, ProfileHealthPanel, ReachPanel]);
  },
};
