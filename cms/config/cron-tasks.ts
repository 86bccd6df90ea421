import type { Core } from '@strapi/strapi';
import { purgeChangeRequests } from '../src/change-requests/retention';
import { deliverDue } from '../src/notice-replies/queue';
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
  deliverNoticeReplies: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await deliverDue(strapi);
    },
    // Each minute: answers the mail server refused are retried with growing pauses (queue.ts).
    options: { rule: '* * * * *' },
  },
};
