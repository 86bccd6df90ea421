import type { Core } from '@strapi/strapi';
import { runOnce } from '../jobs/claim';
import { sendMail, smtpHost } from '../mail';
import { notifyRecipients } from '../submissions/notify';
import { berlinDay, DAY_MS } from '../time';
import { summaryMail } from './mail';
import { recomputeAllScores } from './recompute';
import { expiringSeekings, publishedPlaces, sendReminders } from './reminders';

const WEEK_MS = 7 * DAY_MS;

/**
 * The daily job: every score anew (notices lapse and events end without a write), then the
 * reminders. Once per Berlin day however many CMS processes fire it; the others get null.
 */
export const runDailyHealth = (strapi: Core.Strapi, now = new Date()) =>
  runOnce(strapi, 'profile-health-daily', berlinDay(now), async () => {
    await recomputeAllScores(strapi, now);
    return sendReminders(strapi, now);
  });

/** The Redaktion's weekly summary (SUBMISSION_NOTIFY_EMAILS) of the week up to `now`; false when nobody can be mailed. */
const sendSummary = async (strapi: Core.Strapi, now: Date) => {
  const recipients = notifyRecipients();
  if (!recipients.length || !smtpHost(strapi)) {
    strapi.log.warn('[profile-health] no weekly summary: it needs SUBMISSION_NOTIFY_EMAILS and SMTP_HOST');
    return false;
  }
  const places = await publishedPlaces(strapi);
  const from = new Date(now.getTime() - WEEK_MS);
  const names = new Map(places.map((place) => [place.documentId, place.name]));
  const mail = summaryMail({
    from,
    to: now,
    reminded: places.filter((place) => place.lastReminderAt && new Date(place.lastReminderAt) > from).map((place) => place.name),
    belowHalf: places.flatMap(({ name, completeness }) => (completeness !== null && completeness < 50 ? [{ name, completeness }] : [])),
    expiring: (await expiringSeekings(strapi, now)).flatMap((seeking) => {
      const placeName = names.get(seeking.placeDocumentId);
      return placeName ? [{ ...seeking, placeName }] : [];
    }),
    adminUrl: strapi.config.get<string>('admin.absoluteUrl'),
  });
  try {
    await sendMail(strapi, { to: recipients, ...mail });
  } catch (failure) {
    strapi.log.error(`[profile-health] the weekly summary was not accepted by the mail server: ${failure instanceof Error ? failure.message : String(failure)}`);
    return false;
  }
  strapi.log.info('[profile-health] weekly summary mailed');
  return true;
};

/** The weekly summary, on Mondays; once per week however many CMS processes fire it. */
export const runWeeklySummary = (strapi: Core.Strapi, now = new Date()) => runOnce(strapi, 'profile-health-weekly', berlinDay(now), () => sendSummary(strapi, now));
