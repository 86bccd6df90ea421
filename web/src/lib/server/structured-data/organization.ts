import type { Organization, WithContext } from 'schema-dts';
import type { PartnerProfile } from '$lib/types';

type Network = { name: string; url: string; logo: string; sameAs: string[] };

/**
 * The network itself, on the home page; also the organizer of meetings that name no host. An
 * object, never the bare name that schema-dts also allows for an Organization.
 */
export const networkOrganization = ({ name, url, logo, sameAs }: Network): Exclude<Organization, string> => ({
  '@type': 'Organization',
  name,
  url,
  logo,
  ...(sameAs.length ? { sameAs } : {}),
});

export const networkJsonLd = (network: Network): WithContext<Organization> => ({
  '@context': 'https://schema.org',
  ...networkOrganization(network),
});

export const partnerJsonLd = (partner: PartnerProfile, { url }: { url: string }): WithContext<Organization> => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: partner.name,
  description: partner.seo.description,
  url,
  ...(partner.logo ? { logo: partner.logo.src } : {}),
  ...(partner.website ? { sameAs: partner.website } : {}),
  ...(partner.address
    ? {
        address: {
          '@type': 'PostalAddress',
          ...(partner.address.street ? { streetAddress: partner.address.street } : {}),
          ...(partner.address.postalCode ? { postalCode: partner.address.postalCode } : {}),
          addressLocality: partner.address.location,
          addressCountry: 'DE',
        },
      }
    : {}),
});
