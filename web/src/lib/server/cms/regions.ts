import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman } from './fallback';
import { RegionShowcaseDocument } from './generated/graphql';
import { toRegionShowcase } from './mappers/region';
import { inRegion } from './places';
import { sampleFilter } from './samples';

const showcase = operation(RegionShowcaseDocument);

/** The regional showcase in one language: one request, as the places and meetings only need the slug. */
const loadShowcase = async (slug: string, locale: Locale) => {
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

/**
 * The showcase in the visitor's language or else in German (`contentLocale`). Unlike the other
 * pages, an untranslated region takes a second request: the showcase in both languages at once
 * would cost about 1,240, above the API's limit of 1,000.
 */
export const getRegion = async (slug: string, locale: Locale) => {
  const translated = await loadShowcase(slug, locale);
  return inLocaleOrGerman(locale, translated, translated || locale === 'de' ? null : await loadShowcase(slug, 'de'));
};
