import { error } from '@sveltejs/kit';
import { formatMeetingDate } from '$lib/format';
import { getMeeting } from '$lib/server/cms/meetings';
import { getSite } from '$lib/server/cms/site';
import { shareCard, shareResponse } from '$lib/server/share-image';
import { isSlug } from '$lib/server/slug';
import type { RequestHandler } from './$types';

/** A meeting's link preview (og:image) with its date and town, in German for both languages. */
export const GET: RequestHandler = async ({ params }) => {
  const [result, site] = await Promise.all([isSlug(params.slug) ? getMeeting(params.slug, new Date(), 'de') : null, getSite('de')]);
  if (!result) error(404, 'Not found');
  const meeting = result.content;
  const town = meeting.postalAddress?.town;
  const subtitle = [formatMeetingDate('de', meeting.startsAt, meeting.endsAt), town].filter(Boolean).join(' · ');
  return shareResponse(await shareCard({ title: meeting.title, subtitle, cover: meeting.cover, network: site.siteName }));
};
