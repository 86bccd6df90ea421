import type { StrapiApp } from '@strapi/strapi/admin';

// The marketing team works in German; English stays available as the fallback.
export default {
  config: {
    locales: ['de'],
  },
  bootstrap(_app: StrapiApp) {},
};
