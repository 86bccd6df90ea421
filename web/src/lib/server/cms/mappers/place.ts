import type { PlaceCard } from '$lib/types';
import type { PlaceCardFragment, PlaceProfileFragment, ProfileNoticeFragment } from '../generated/graphql';
import { toHubTimes } from '../hub-fields';
import type { Localized } from '../localized-list';
import { toBlocks } from './blocks';
import { safeHref } from './safe-href';
import { toImage } from './image';
import { present } from './present';
import { toSeo } from './seo';

/** "Salzwedel, Altmarkkreis Salzwedel, Sachsen-Anhalt", without the parts that are missing. */
export const locationLine = (address: { town?: string | null; district?: string | null; state?: string | null } | null) =>
  [address?.town, address?.district, address?.state].filter(Boolean).join(', ');

export const toPlaceCard = (place: PlaceCardFragment, cmsPublicUrl: string): PlaceCard => ({
  slug: place.slug,
  name: place.name,
  teaser: place.teaser,
  location: locationLine(place.address),
  regionName: place.region?.name ?? null,
  stage: place.stage,
  themes: present(place.themes).map(({ slug, name }) => ({ slug, name })),
  isSample: place.isSample,
  cover: toImage(place.cover, cmsPublicUrl),
  ...toHubTimes(place),
});

const SECTIONS = ['building', 'location', 'town', 'people', 'livingAndWorking'] as const;

const FACTS = [
  ['formerUse', ''],
  ['yearBuilt', ''],
  ['projectFounded', ''],
  ['floorArea', ' m²'],
  ['residents', ''],
  ['workplaces', ''],
] as const;

/** What the place seeks and offers, newest first, each with the language it came in; the CMS answers no lapsed notice. */
const toProfileNotices = (notices: Localized<ProfileNoticeFragment>[]) => {
  const entries = notices.map(({ documentId, direction, kind, text, expiresOn, contentLocale }) => ({ documentId, direction, kind, text, expiresOn, contentLocale }));
  return { seeking: entries.filter((entry) => entry.direction === 'seeking'), offers: entries.filter((entry) => entry.direction === 'offer') };
};

/** The profile page's data. */
export const toPlaceProfile = (place: PlaceProfileFragment, notices: Localized<ProfileNoticeFragment>[], cmsPublicUrl: string) => ({
  slug: place.slug,
  name: place.name,
  teaser: place.teaser,
  location: locationLine(place.address),
  street: place.address?.street ?? null,
  postalCode: place.address?.postalCode ?? null,
  town: place.address?.town ?? null,
  district: place.address?.district ?? null,
  stage: place.stage,
  network: place.network,
  isSample: place.isSample,
  themes: present(place.themes).map(({ slug, name }) => ({ slug, name })),
  region: place.region ? { slug: place.region.slug, name: place.region.name } : null,
  sections: SECTIONS.map((key) => ({ key, blocks: toBlocks(place[key]) })).filter((s) => s.blocks.length > 0),
  facts: FACTS.flatMap(([key, unit]) => {
    const value = place.facts?.[key];
    return value === null || value === undefined || value === '' ? [] : [{ key, value: `${value}${unit}` }];
  }),
  ...toProfileNotices(notices),
  travelTimes: present(place.travelTimes).map((t) => ({ from: t.from, to: t.to, minutes: t.minutes, mode: t.mode })),
  ...toHubTimes(place),
  website: safeHref(place.website),
  contact: place.contact && (place.contact.email || place.contact.phone) ? place.contact : null,
  cover: toImage(place.cover, cmsPublicUrl),
  gallery: present(place.gallery).flatMap((image) => toImage(image, cmsPublicUrl) ?? []),
  partners: present(place.partners).map(({ slug, name }) => ({ slug, name })),
  meetings: [...present(place.datedMeetings), ...present(place.undatedMeetings)].map(({ slug, title, startsAt }) => ({ slug, title, startsAt })),
  geo: place.geo,
  seo: toSeo(place.seo, { title: place.name, description: place.teaser }),
});

export type PlaceProfile = ReturnType<typeof toPlaceProfile>;
