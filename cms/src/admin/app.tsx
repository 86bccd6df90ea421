import type { StrapiApp } from '@strapi/strapi/admin';
import { ConvertSubmissionAction } from './convert-submission';

type DocumentActions = { addDocumentAction: (reduce: (actions: unknown[]) => unknown[]) => void };

// The marketing team works in German; English stays available as the fallback.
export default {
  config: {
    locales: ['de'],
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as DocumentActions;
    contentManager.addDocumentAction((actions) => [...actions, ConvertSubmissionAction]);
  },
};
