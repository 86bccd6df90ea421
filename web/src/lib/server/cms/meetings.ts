import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { MeetingReportDocument, MeetingsDocument } from './generated/graphql';
import { toMeetingCard } from './mappers/cards';
import { toMeetingReport } from './mappers/meeting';
import { present } from './mappers/present';
import { sampleFilter } from './places';

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

export const getMeeting = async (slug: string, now: Date, locale: Locale, preview = false) => {
  const samples = sampleFilter();
  const { meetings } = await report({ slug, locale, partners: { and: samples }, places: { and: samples } }, { preview });
  const meeting = meetings[0];
  const { cmsPublicUrl, showSamples } = config();
  if (!meeting || (meeting.isSample && !showSamples)) return null;
  return toMeetingReport(meeting, { cmsPublicUrl, showSamples, now });
};
