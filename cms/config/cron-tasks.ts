import type { Core } from '@strapi/strapi';
import { purgeChangeRequests } from '../src/change-requests/retention';
import { announceLapsedNotices } from '../src/notices/lapse';
import { purgeRejectedSubmissions } from '../src/submissions/retention';

export default {
  purgeRejectedSubmissions: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await purgeRejectedSubmissions(strapi);
    },
    // Daily at night, when nobody edits.
    options: { rule: '30 3 * * *', tz: 'Europe/Berlin' },
  },
  purgeChangeRequests: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await purgeChangeRequests(strapi);
    },
    options: { rule: '40 3 * * *', tz: 'Europe/Berlin' },
  },
  // Every CMS process runs it, which is right: each empties its own GraphQL answer cache, and
  // the website hears of it once per process, which purges nothing more.
  announceLapsedNotices: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await announceLapsedNotices(strapi);
    },
    // Just after midnight in Berlin, when yesterday's last days have passed.
    options: { rule: '1 0 * * *', tz: 'Europe/Berlin' },
  },
};
