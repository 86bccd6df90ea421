import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { MeetingReportDocument, MeetingsDocument } from './generated/graphql';
import { toMeetingCard } from './mappers/cards';
import { toMeetingReport } from './mappers/meeting';
import { present } from './mappers/present';
import { sampleFilter, visible } from './samples';

const list = operation(MeetingsDocument);
const report = operation(MeetingReportDocument);

/** Upcoming meetings soonest first; the archive holds past meetings newest first, then undated ones. */
export const getMeetings = async (now: Date, locale: Locale) => {
  const samples = sampleFilter();
  const nowIso = now.toISOString();
  const data = await list({
    locale,
    upcoming: { and: [...samples, { startsAt: { gte: nowIso } }] },
    past: { and: [...samples, { startsAt: { lt: nowIso } }] },
    undated: { and: [...samples, { startsAt: { null: true } }] },
  });
  const { cmsPublicUrl } = config();
  return {
    upcoming: present(data.upcoming).map((m) => toMeetingCard(m, cmsPublicUrl)),
    archive: [...present(data.past), ...present(data.undated)].map((m) => toMeetingCard(m, cmsPublicUrl)),
  };
};

/** A meeting's report in the visitor's language or else in German (`contentLocale`), in one request. */
export const getMeeting = async (slug: string, now: Date, locale: Locale, preview = false) => {
  const samples = sampleFilter();
  const data = await report({ slug, ...withGerman(locale), partners: { and: samples }, places: { and: samples } }, { preview });
  const found = inLocaleOrGerman(locale, visible(data.meetings[0]), visible(data.german?.[0]));
  const { cmsPublicUrl, showSamples } = config();
  return found && { content: toMeetingReport(found.content, { cmsPublicUrl, showSamples, now }), contentLocale: found.contentLocale };
};
