import type { MeetingReport } from '$lib/types';
import type { MeetingReportFragment } from '../generated/graphql';
import { visible } from '../samples';
import { toBlocks } from './blocks';
import { registrationHref } from './safe-href';
import { excerpt } from './excerpt';
import { toImage } from './image';
import { toPlaceCard } from './place';
import { present } from './present';
import { toSeo } from './seo';

type Options = { cmsPublicUrl: string; showSamples: boolean; now: Date };

type Venue = { slug: string; name: string; isSample: boolean } | null;

/** Where a meeting takes place: a partner's or a place's page; a hidden sample is no venue. */
export const meetingVenue = (meeting: { venuePartner: Venue; venuePlace: Venue }, showSamples: boolean) => {
  const partner = visible(meeting.venuePartner, showSamples);
  const place = visible(meeting.venuePlace, showSamples);
  if (partner) return { name: partner.name, href: `/partner/${partner.slug}` };
  return place ? { name: place.name, href: `/orte/${place.slug}` } : null;
};

export const toMeetingReport = (meeting: MeetingReportFragment, { cmsPublicUrl, showSamples, now }: Options): MeetingReport => {
  const report = toBlocks(meeting.report);
  // Relations to one entry cannot be filtered in the query, so hidden samples are dropped here.
  const moderationPartner = visible(meeting.moderationPartner, showSamples);
  const address = meeting.address;
  return {
    slug: meeting.slug,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    summary: meeting.summary,
    report,
    isSample: meeting.isSample,
    cover: toImage(meeting.cover, cmsPublicUrl),
    gallery: present(meeting.gallery).flatMap((image) => toImage(image, cmsPublicUrl) ?? []),
    region: meeting.region ? { slug: meeting.region.slug, name: meeting.region.name } : null,
    workshops: present(meeting.workshops).map((w) => ({ title: w.title, guidingQuestion: w.guidingQuestion, results: toBlocks(w.results) })),
    hosts: present(meeting.hosts).map(({ slug, name }) => ({ slug, name })),
    moderator: meeting.moderator,
    moderationPartner: moderationPartner && { slug: moderationPartner.slug, name: moderationPartner.name },
    venue: meetingVenue(meeting, showSamples),
    address: [address?.street, [address?.postalCode, address?.town].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    postalAddress: address ? { street: address.street ?? null, postalCode: address.postalCode ?? null, town: address.town ?? null } : null,
    participants: present(meeting.participants).map((place) => toPlaceCard(place, cmsPublicUrl)),
    registrationUrl: registrationHref(meeting.registrationUrl, meeting, now),
    seo: toSeo(meeting.seo, {
      title: meeting.title,
      description: meeting.summary || excerpt(report) || `Netzwerktreffen von Kreativorte im Grünen: ${meeting.title}`,
    }),
  };
};

