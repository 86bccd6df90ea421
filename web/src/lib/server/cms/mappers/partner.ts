import { label, partnerKindLabels } from '$lib/labels';
import type { PartnerGroup, PartnerMeeting, PartnerProfile, PartnerTeaser } from '$lib/types';
import type { PartnerProfileQuery, PartnerMeetingFragment, PartnersQuery } from '../generated/graphql';
import { safeHref, toBlocks } from './blocks';
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

/** Groups in the order of partnerKindLabels; a kind without a label yet comes last rather than vanishing. */
export const toPartnerGroups = (partners: TeaserData[], cmsPublicUrl: string): PartnerGroup[] => {
  const kinds = [...new Set([...Object.keys(partnerKindLabels), ...partners.map((p) => p.kind)])];
  return kinds
    .map((kind) => ({
      kind,
      label: label(partnerKindLabels, kind),
      partners: partners.filter((p) => p.kind === kind).map((p) => toPartnerTeaser(p, cmsPublicUrl)),
    }))
    .filter((group) => group.partners.length > 0);
};

const roles = (meeting: MeetingData, slug: string) => [
  ...(present(meeting.hosts).some((host) => host.slug === slug) ? ['Veranstalter'] : []),
  ...(meeting.venuePartner?.slug === slug ? ['Veranstaltungsort'] : []),
  ...(meeting.moderationPartner?.slug === slug ? ['Moderation'] : []),
];

const toPartnerMeeting = (meeting: MeetingData, slug: string): PartnerMeeting => ({
  slug: meeting.slug,
  title: meeting.title,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
  isSample: meeting.isSample,
  roles: roles(meeting, slug),
});

export const toPartnerProfile = (partner: ProfileData, meetings: MeetingData[], cmsPublicUrl: string): PartnerProfile => {
  const description = toBlocks(partner.description);
  const kind = label(partnerKindLabels, partner.kind);
  const address = partner.address;
  const location = locationLine(address);
  return {
    slug: partner.slug,
    name: partner.name,
    kind,
    isSample: partner.isSample,
    logo: toImage(partner.logo, cmsPublicUrl),
    description,
    website: safeHref(partner.website),
    address: address && (address.street || location) ? { street: address.street, postalCode: address.postalCode, location } : null,
    places: present(partner.places).map((place) => toPlaceCard(place, cmsPublicUrl)),
    meetings: meetings.map((meeting) => toPartnerMeeting(meeting, partner.slug)),
    seo: { title: partner.name, description: excerpt(description) || `${partner.name}: ${kind} im Netzwerk Kreativorte im Grünen.` },
  };
};
