import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { PartnerProfileDocument, PartnersDocument } from './generated/graphql';
import { toPartnerGroups, toPartnerProfile } from './mappers/partner';
import { present } from './mappers/present';
import { sampleFilter, visible } from './samples';

const list = operation(PartnersDocument);
const profile = operation(PartnerProfileDocument);

export const getPartners = async () => {
  const { partners } = await list({ filters: { and: sampleFilter() } });
  return { groups: toPartnerGroups(present(partners), config().cmsPublicUrl) };
};

export const getPartner = async (slug: string, locale: Locale, preview = false) => {
  const samples = sampleFilter();
  const data = await profile({
    slug,
    locale,
    // Partners are not localized, so their places come in every locale unless one is picked.
    places: { and: [...samples, { locale: { eq: locale } }] },
    meetings: {
      and: [
        ...samples,
        { or: [{ hosts: { slug: { eq: slug } } }, { venuePartner: { slug: { eq: slug } } }, { moderationPartner: { slug: { eq: slug } } }] },
      ],
    },
  }, { preview });
  const partner = visible(data.partners[0]);
  return partner && toPartnerProfile(partner, [...present(data.dated), ...present(data.undated)], config().cmsPublicUrl, locale);
};
