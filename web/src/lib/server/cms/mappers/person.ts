import type { Locale } from '$lib/i18n/locale';
import type { PeopleQuery, PersonDetailFragment, ProfilePersonFragment } from '../generated/graphql';
import type { Localized } from '../localized-list';
import { toBlocks } from './blocks';
import { excerpt } from './excerpt';
import { toImage } from './image';
import { toPlaceCard } from './place';
import { present } from './present';

type ListedPerson = NonNullable<PeopleQuery['people_connection']>['nodes'][number];

/**
 * A card on /menschen. German decides who is listed; role, quote and portrait (whose alt text is
 * localized) come in the visitor's language where the person has been translated.
 */
export const toPersonCard = (person: ListedPerson, locale: Locale, cmsPublicUrl: string) => {
  const translation = locale === 'de' ? undefined : present(person.localizations).find((other) => other.locale === locale);
  const shown = translation ?? person;
  return {
    slug: person.slug,
    name: person.name,
    role: shown.role,
    quote: shown.quote,
    isSample: person.isSample,
    portrait: toImage(shown.portrait, cmsPublicUrl),
    places: present(person.places).map(({ slug, name }) => ({ slug, name })),
    contentLocale: translation ? locale : ('de' as Locale),
  };
};

export type PersonCard = ReturnType<typeof toPersonCard>;

/** One of a place's people on its profile, in the language it came in. */
export const toProfilePerson = (person: Localized<ProfilePersonFragment>, cmsPublicUrl: string) => ({
  slug: person.slug,
  name: person.name,
  role: person.role,
  isSample: person.isSample,
  portrait: toImage(person.portrait, cmsPublicUrl),
  contentLocale: person.contentLocale,
});

export type ProfilePerson = ReturnType<typeof toProfilePerson>;

/** A person's page. */
export const toPersonDetail = (person: PersonDetailFragment, cmsPublicUrl: string, locale: Locale) => {
  const story = toBlocks(person.story);
  const summary = [person.role, person.quote].filter(Boolean).join(': ');
  return {
    slug: person.slug,
    name: person.name,
    role: person.role,
    quote: person.quote,
    isSample: person.isSample,
    portrait: toImage(person.portrait, cmsPublicUrl),
    story,
    places: present(person.places).map((place) => toPlaceCard(place, cmsPublicUrl)),
    seo: {
      title: person.name,
      description:
        summary || excerpt(story) || (locale === 'en' ? `${person.name} in the Kreativorte im Grünen network.` : `${person.name} im Netzwerk Kreativorte im Grünen.`),
    },
  };
};

export type PersonDetail = ReturnType<typeof toPersonDetail>;
