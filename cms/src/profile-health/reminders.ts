import type { Core } from '@strapi/strapi';
import { NOTICE, PLACE } from '../content-types';
import { editLinkConfig } from '../edit-links/config';
import { sendEditLink } from '../edit-links/send';
import { smtpHost } from '../mail';
import { addDays, berlinDay, DAY_MS } from '../time';
import { reminderOccasion } from './mail';
import type { Due, Expiring, PlaceRow } from './types';

/** A profile not updated for this long gets a reminder. */
export const STALE_MONTHS = 12;
/** A seeking that lapses within this many days gets a reminder. */
export const EXPIRY_WARNING_DAYS = 14;
/** At most one reminder per place in this many days. */
export const REMINDER_INTERVAL_DAYS = 30;


const monthsBefore = (now: Date, months: number) => {
  const then = new Date(now);
  then.setUTCMonth(then.getUTCMonth() - months);
  return then;
};

/** The places' published German versions, real places only: samples are never reminded nor summed up. */
export const publishedPlaces = async (strapi: Core.Strapi): Promise<PlaceRow[]> =>
  strapi.db.query(PLACE).findMany({
    where: { locale: 'de', publishedAt: { $notNull: true }, isSample: false },
    select: ['documentId', 'name', 'updatedAt', 'lastReminderAt', 'completeness', 'completenessMissing'],
    orderBy: { name: 'asc' },
  });

/** Published German seekings whose last day is today or within the next EXPIRY_WARNING_DAYS (in Berlin). */
export const expiringSeekings = async (strapi: Core.Strapi, now: Date): Promise<Expiring[]> => {
  const today = berlinDay(now);
  const rows: { text: string; expiresOn: string; place?: { documentId?: string } | null }[] = await strapi.db.query(NOTICE).findMany({
    where: { locale: 'de', direction: 'seeking', publishedAt: { $notNull: true }, expiresOn: { $gte: today, $lte: addDays(today, EXPIRY_WARNING_DAYS) } },
    select: ['text', 'expiresOn'],
    populate: { place: { select: ['documentId'] } },
    orderBy: { expiresOn: 'asc' },
  });
  return rows.flatMap((row) => (row.place?.documentId ? [{ placeDocumentId: row.place.documentId, text: row.text, expiresOn: row.expiresOn }] : []));
};

/**
 * The places due a reminder at `now`: a real, published place whose profile was not updated for
 * STALE_MONTHS (its published German version's `updatedAt`, which every publish renews and
 * nothing else does), or with a seeking that lapses within EXPIRY_WARNING_DAYS; and that got no
 * reminder in the last REMINDER_INTERVAL_DAYS. Whether it has a private address is sendEditLink's
 * to say.
 */
export const duePlaces = async (strapi: Core.Strapi, now: Date): Promise<Due[]> => {
  const staleBefore = monthsBefore(now, STALE_MONTHS);
  const quietSince = now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS;
  const expiring = await expiringSeekings(strapi, now);
  return (await publishedPlaces(strapi)).flatMap((place) => {
    if (place.lastReminderAt && new Date(place.lastReminderAt).getTime() > quietSince) return [];
    const due = { place, stale: new Date(place.updatedAt) <= staleBefore, expiring: expiring.filter((seeking) => seeking.placeDocumentId === place.documentId) };
    return due.stale || due.expiring.length ? [due] : [];
  });
};

/** Marks the reminder on every row of the place, as the score is stored: no editorial change. */
const markReminded = (strapi: Core.Strapi, documentId: string, now: Date) =>
  strapi.db.queryBuilder(PLACE).update({ lastReminderAt: now }).where({ documentId }).execute();

/**
 * Mails each due place a fresh edit link with a friendly word on why (sendEditLink: never to a
 * sample, never without a private address, revoking older links only once it went out), and
 * notes the reminder. Returns the places reminded. The log names places by documentId only.
 */
export const sendReminders = async (strapi: Core.Strapi, now: Date) => {
  const reminded: string[] = [];
  if (!editLinkConfig().secret || !smtpHost(strapi)) {
    strapi.log.warn('[profile-health] no reminders: they need EDIT_LINK_SECRET and SMTP_HOST');
    return reminded;
  }
  for (const due of await duePlaces(strapi, now)) {
    const sending = await sendEditLink(strapi, due.place.documentId, { occasion: reminderOccasion(due), now });
    if (sending.outcome === 'sent') {
      await markReminded(strapi, due.place.documentId, now);
      reminded.push(due.place.documentId);
    } else if (sending.outcome !== 'refused') {
      strapi.log.warn(`[profile-health] no reminder for place ${due.place.documentId}: ${sending.outcome}`);
    }
  }
  if (reminded.length) strapi.log.info(`[profile-health] reminders mailed to ${reminded.length} places: ${reminded.join(', ')}`);
  return reminded;
};
