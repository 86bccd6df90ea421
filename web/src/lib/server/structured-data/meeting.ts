import type { Event, Organization, WithContext } from 'schema-dts';
import type { MeetingReport } from '$lib/types';

type Options = { url: string; shareImage: string; partnerUrl: (slug: string) => string; network: Organization };

/**
 * Google requires an Event's startDate, so a meeting without a date gets no Event at all rather
 * than an invalid one; its page still has its breadcrumb and Open Graph tags.
 */
export const meetingJsonLd = (meeting: MeetingReport, { url, shareImage, partnerUrl, network }: Options): WithContext<Event> | null => {
  if (!meeting.startsAt) return null;
  const partners = [...meeting.hosts, ...(meeting.moderationPartner ? [meeting.moderationPartner] : [])].filter(
    (partner, i, all) => all.findIndex((other) => other.slug === partner.slug) === i,
  );
  const organizers: Organization[] = partners.length
    ? partners.map((partner) => ({ '@type': 'Organization', name: partner.name, url: partnerUrl(partner.slug) }))
    : [network];
  const address = meeting.postalAddress;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meeting.title,
    description: meeting.seo.description,
    url,
    image: meeting.cover?.src ?? shareImage,
    startDate: meeting.startsAt,
    ...(meeting.endsAt ? { endDate: meeting.endsAt } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: {
      '@type': 'Place',
      name: meeting.venue?.name ?? address?.town ?? meeting.title,
      address: {
        '@type': 'PostalAddress',
        ...(address?.street ? { streetAddress: address.street } : {}),
        ...(address?.postalCode ? { postalCode: address.postalCode } : {}),
        ...(address?.town ? { addressLocality: address.town } : {}),
        addressCountry: 'DE',
      },
    },
    organizer: organizers.length === 1 ? organizers[0] : organizers,
  };
};
