import type { Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import type { PartnerGroup, PartnerMeeting, PartnerProfile, PartnerRole, PartnerTeaser } from '$lib/types';
import type { PartnerProfileQuery, PartnerMeetingFragment, PartnersQuery } from '../generated/graphql';
import { toBlocks } from './blocks';
import { safeHref } from './safe-href';
import { excerpt } from './excerpt';
import { toImage } from './image';
import { locationLine, toPlaceCard } from './place';
import { present } from './present';

type TeaserData = NonNullable<PartnersQuery['partners'][number]>;
type ProfileData = NonNullable<PartnerProfileQuery['partners'][number]>;
type MeetingData = PartnerMeetingFragment;

const toPartnerTeaser = (partner: TeaserData, cmsPublicUrl: string): PartnerTeaser => ({
  slug: partner.slug,
  name: partner.name,
  isSample: partner.isSample,
  logo: toImage(partner.logo, cmsPublicUrl),
});

/** Groups in the order of the kind labels; a kind without a label yet comes last rather than vanishing. */
export const toPartnerGroups = (partners: TeaserData[], cmsPublicUrl: string): PartnerGroup[] => {
  const kinds = [...new Set([...Object.keys(messages.de.labels.partnerKind), ...partners.map((p) => p.kind)])];
  return kinds
    .map((kind) => ({
      kind,
      partners: partners.filter((p) => p.kind === kind).map((p) => toPartnerTeaser(p, cmsPublicUrl)),
    }))
    .filter((group) => group.partners.length > 0);
};

const roles = (meeting: MeetingData, slug: string): PartnerRole[] => [
  ...(present(meeting.hosts).some((host) => host.slug === slug) ? (['host'] as const) : []),
  ...(meeting.venuePartner?.slug === slug ? (['venue'] as const) : []),
  ...(meeting.moderationPartner?.slug === slug ? (['moderation'] as const) : []),
];

const toPartnerMeeting = (meeting: MeetingData, slug: string): PartnerMeeting => ({
  slug: meeting.slug,
  title: meeting.title,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
  isSample: meeting.isSample,
  roles: roles(meeting, slug),
});

export const toPartnerProfile = (partner: ProfileData, meetings: MeetingData[], cmsPublicUrl: string, locale: Locale): PartnerProfile => {
  const description = toBlocks(partner.description);
  const kind = label(messages[locale].labels.partnerKind, partner.kind);
  const address = partner.address;
  const location = locationLine(address);
  return {
    slug: partner.slug,
    name: partner.name,
    kind: partner.kind,
    isSample: partner.isSample,
    logo: toImage(partner.logo, cmsPublicUrl),
    description,
    website: safeHref(partner.website),
    address: address && (address.street || location) ? { street: address.street, postalCode: address.postalCode, location } : null,
    places: present(partner.places).map((place) => toPlaceCard(place, cmsPublicUrl)),
    meetings: meetings.map((meeting) => toPartnerMeeting(meeting, partner.slug)),
    seo: {
      title: partner.name,
      description:
        excerpt(description) ||
        (locale === 'en' ? `${partner.name}: ${kind} in the Kreativorte im Grünen network.` : `${partner.name}: ${kind} im Netzwerk Kreativorte im Grünen.`),
    },
  };
};
