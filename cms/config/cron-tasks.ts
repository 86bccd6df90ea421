import type { Core } from '@strapi/strapi';
import { purgeChangeRequests } from '../src/change-requests/retention';
import { runOnce } from '../src/jobs/claim';
import { announceLapsedNotices } from '../src/notices/lapse';
import { deliverDue } from '../src/notice-replies/queue';
import { runDailyHealth, runWeeklySummary } from '../src/profile-health/jobs';
import { purgeOldReachCounts } from '../src/reach/retention';
import { purgeRejectedSubmissions } from '../src/submissions/retention';
import { berlinDay } from '../src/time';

// Every CMS process fires these; each task that claims its run (src/jobs/claim.ts) runs in one process only.
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
  purgeOldReachCounts: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runOnce(strapi, 'purge-reach-counts', berlinDay(new Date()), () => purgeOldReachCounts(strapi));
    },
    options: { rule: '50 3 * * *', tz: 'Europe/Berlin' },
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
  // Unclaimed, it runs in every process, which is right: each empties its own GraphQL answer
  // cache, and the website hears of it once per process, which purges nothing more.
  announceLapsedNotices: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await announceLapsedNotices(strapi);
    },
    // Just after midnight in Berlin, when yesterday's last days have passed.
    options: { rule: '1 0 * * *', tz: 'Europe/Berlin' },
  },
};
