import type { Locale } from '$lib/i18n/locale';
import type { RegionShowcase } from '$lib/types';
import type { RegionShowcaseQuery } from '../generated/graphql';
import { toBlocks } from './blocks';
import { toMeetingCard } from './cards';
import { excerpt } from './excerpt';
import { toPlaceCard } from './place';
import { present } from './present';

type Data = RegionShowcaseQuery;
type RegionData = NonNullable<Data['regions'][number]>;

export const toRegionShowcase = (region: RegionData, data: Data, cmsPublicUrl: string, locale: Locale): RegionShowcase => {
  const description = toBlocks(region.description);
  return {
    slug: region.slug,
    name: region.name,
    state: region.state,
    description,
    travelTimes: present(region.travelTimes).map((t) => ({ from: t.from, to: t.to, minutes: t.minutes, mode: t.mode })),
    parent: region.parent ? { slug: region.parent.slug, name: region.parent.name } : null,
    children: present(data.children).map(({ slug, name }) => ({ slug, name })),
    places: (data.places_connection?.nodes ?? []).map((place) => toPlaceCard(place, cmsPublicUrl)),
    placeTotal: data.places_connection?.pageInfo.total ?? 0,
    meetings: [...present(data.dated), ...present(data.undated)].map((meeting) => toMeetingCard(meeting, cmsPublicUrl)),
    seo: {
      title: region.name,
      description:
        excerpt(description) ||
        (locale === 'en'
          ? `Creative places to live and work in the region ${region.name} (${region.state}).`
          : `Kreative Orte zum Wohnen und Arbeiten in der Region ${region.name} (${region.state}).`),
    },
  };
};
