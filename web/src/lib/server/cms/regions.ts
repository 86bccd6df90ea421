import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { RegionShowcaseDocument } from './generated/graphql';
import { toRegionShowcase } from './mappers/region';
import { inRegion, sampleFilter } from './places';

const showcase = operation(RegionShowcaseDocument);

/** The regional showcase: one request, as the places and meetings only need the slug. */
export const getRegion = async (slug: string, locale: Locale) => {
  const samples = sampleFilter();
  const data = await showcase({
    slug,
    locale,
    places: { and: [...samples, inRegion(slug)] },
    meetings: { and: [...samples, { region: { slug: { eq: slug } } }] },
  });
  const region = data.regions[0];
  return region ? toRegionShowcase(region, data, config().cmsPublicUrl, locale) : null;
};
