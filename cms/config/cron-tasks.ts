import type { Core } from '@strapi/strapi';
import { purgeChangeRequests } from '../src/change-requests/retention';
import { runOnce } from '../src/jobs/claim';
import { deliverDue } from '../src/notice-replies/queue';
import { runDailyHealth, runWeeklySummary } from '../src/profile-health/jobs';
import { purgeRejectedSubmissions } from '../src/submissions/retention';
import { berlinDay } from '../src/time';

// Every CMS process fires these; each task runs in the one process that claims the day (src/jobs/claim.ts).
export default {
  purgeRejectedSubmissions: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runOnce(strapi, 'purge-rejected-submissions', berlinDay(new Date()), () => purgeRejectedSubmissions(strapi));
    },
    // Daily at night, when nobody edits.
    options: { rule: '30 3 * * *', tz: 'Europe/Berlin' },
  },
  purgeChangeRequests: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runOnce(strapi, 'purge-change-requests', berlinDay(new Date()), () => purgeChangeRequests(strapi));
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
  // Scores and reminders in the morning, when a reminder is read.
  profileHealth: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runDailyHealth(strapi);
    },
    options: { rule: '30 7 * * *', tz: 'Europe/Berlin' },
  },
  // After the day's reminders, so that the summary counts them.
  profileHealthSummary: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runWeeklySummary(strapi);
    },
    options: { rule: '0 8 * * 1', tz: 'Europe/Berlin' },
  },
};
