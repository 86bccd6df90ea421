import { label, networkLabels, offerLabels, seekingLabels, stageLabels, travelModeLabels } from '$lib/labels';
import type { PlaceCard } from '$lib/types';
import type { PlaceCardFragment, PlaceProfileQuery } from '../generated/graphql';
import { safeHref, toBlocks } from './blocks';
import { toImage } from './image';
import { present } from './present';
import { toSeo } from './seo';

type ProfileData = NonNullable<PlaceProfileQuery['places'][number]>;


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
  stageLabel: label(stageLabels, place.stage),
  themes: present(place.themes).map(({ slug, name }) => ({ slug, name })),
  isSample: place.isSample,
  cover: toImage(place.cover, cmsPublicUrl),
});

const SECTIONS = [
  ['building', 'Das Objekt'],
  ['location', 'Die Lage'],
  ['town', 'Der Ort'],
  ['people', 'Die Menschen'],
  ['livingAndWorking', 'Leben und Arbeiten vor Ort'],
] as const;

const FACTS = [
  ['formerUse', 'Frühere Nutzung', ''],
  ['yearBuilt', 'Baujahr', ''],
  ['projectFounded', 'Projekt gegründet', ''],
  ['floorArea', 'Fläche', ' m²'],
  ['residents', 'Bewohnerinnen und Bewohner', ''],
  ['workplaces', 'Arbeitsplätze', ''],
] as const;

/** The profile page's data. Seeking entries whose expiry date has passed are left out. */
export const toPlaceProfile = (place: ProfileData, cmsPublicUrl: string, today: string) => ({
  slug: place.slug,
  name: place.name,
  teaser: place.teaser,
  location: locationLine(place.address),
  street: place.address?.street ?? null,
  postalCode: place.address?.postalCode ?? null,
  stage: label(stageLabels, place.stage),
  network: label(networkLabels, place.network),
  isSample: place.isSample,
  themes: present(place.themes).map(({ slug, name }) => ({ slug, name })),
  region: place.region ? { slug: place.region.slug, name: place.region.name } : null,
  sections: SECTIONS.map(([key, title]) => ({ key, title, blocks: toBlocks(place[key]) })).filter((s) => s.blocks.length > 0),
  facts: FACTS.flatMap(([key, title, unit]) => {
    const value = place.facts?.[key];
    return value === null || value === undefined || value === '' ? [] : [{ title, value: `${value}${unit}` }];
  }),
  offers: present(place.offers).map((o) => ({ kind: label(offerLabels, o.kind), text: o.text })),
  seeking: present(place.seeking)
    .filter((s) => !s.expiresOn || s.expiresOn >= today)
    .map((s) => ({ what: label(seekingLabels, s.what), text: s.text, expiresOn: s.expiresOn })),
  travelTimes: present(place.travelTimes).map((t) => ({ from: t.from, to: t.to, minutes: t.minutes, mode: label(travelModeLabels, t.mode) })),
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
