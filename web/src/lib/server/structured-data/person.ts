import type { Person, WithContext } from 'schema-dts';

type Described = { name: string; role: string | null; portrait: { src: string } | null; description?: string };
type Workplace = { slug: string; name: string; isSample: boolean };

/**
 * A person, linked to the Place nodes of their places by the places' canonical URLs, which are
 * those Places' `@id`s. Sample places are left out, as they have no structured data.
 */
export const personJsonLd = (
  person: Described,
  { url, places, placeUrl }: { url: string; places: Workplace[]; placeUrl: (slug: string) => string },
): WithContext<Person> => {
  const workplaces = places.filter((place) => !place.isSample);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    name: person.name,
    url,
    ...(person.description ? { description: person.description } : {}),
    ...(person.role ? { jobTitle: person.role } : {}),
    ...(person.portrait ? { image: person.portrait.src } : {}),
    ...(workplaces.length
      ? { workLocation: workplaces.map((place) => ({ '@type': 'Place' as const, '@id': placeUrl(place.slug), name: place.name, url: placeUrl(place.slug) })) }
      : {}),
  };
};
