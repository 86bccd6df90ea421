import workshop from '../../components/meeting/workshop.json';
import link from '../../components/navigation/link.json';
import socialLink from '../../components/navigation/social-link.json';
import facts from '../../components/place/facts.json';
import address from '../../components/shared/address.json';
import contact from '../../components/shared/contact.json';
import geo from '../../components/shared/geo.json';
import image from '../../components/shared/image.json';
import seo from '../../components/shared/seo.json';
import travelTime from '../../components/shared/travel-time.json';
import type { Described } from './described';

/** The components, in English, by their uid (`<category>.<file name>`). */
export const COMPONENT_DESCRIPTIONS = {
  'meeting.workshop': {
    type: 'A workshop of a network meeting.',
    fields: {
      title: "The workshop's title.",
      guidingQuestion: 'The question the workshop pursued, at most 500 characters.',
      results: 'What came out of the workshop, as Strapi blocks (JSON).',
    },
  } satisfies Described<typeof workshop>,
  'navigation.link': {
    type: 'A link in the navigation or the footer.',
    fields: {
      label: "The link's text.",
      href: 'A path of the website (/orte) or an absolute http(s) address.',
    },
  } satisfies Described<typeof link>,
  'navigation.social-link': {
    type: "A profile of the network on social media or elsewhere.",
    fields: {
      platform: 'Where the profile is.',
      url: "The profile's absolute https:// address.",
    },
    values: {
      platform: {
        instagram: 'Instagram.',
        facebook: 'Facebook.',
        linkedin: 'LinkedIn.',
        mastodon: 'Mastodon.',
        youtube: 'YouTube.',
        website: 'Another website.',
      },
    },
  } satisfies Described<typeof socialLink>,
  'place.facts': {
    type: 'Figures about a place; each is empty when unknown.',
    fields: {
      formerUse: 'What the building was used for before, such as a manor house or a school.',
      yearBuilt: 'The year the building was built.',
      projectFounded: 'The year the project began.',
      floorArea: 'The usable floor area in square metres.',
      residents: 'How many people live there.',
      workplaces: 'How many workplaces there are.',
    },
  } satisfies Described<typeof facts>,
  'shared.address': {
    type: 'A postal address in Germany.',
    fields: {
      street: 'Street and house number.',
      postalCode: 'The five-digit postal code.',
      town: 'The town or municipality.',
      district: 'The part of the town or the village, if any.',
      state: 'The federal state, such as Brandenburg.',
    },
  } satisfies Described<typeof address>,
  'shared.contact': {
    type: 'A public contact person.',
    fields: {
      name: "The contact person's name.",
      email: "The contact person's email address.",
      phone: 'A phone number with its area code.',
    },
  } satisfies Described<typeof contact>,
  'shared.geo': {
    type: 'A point on the map, WGS 84 in decimal degrees.',
    fields: {
      latitude: 'Latitude north, in decimal degrees.',
      longitude: 'Longitude east, in decimal degrees.',
    },
  } satisfies Described<typeof geo>,
  'shared.image': {
    type: 'An image with its alternative text, credit and licence.',
    fields: {
      media: 'The image file, with its URL, size and smaller formats.',
      alt: 'What the image shows, for people who cannot see it.',
      credit: 'Who made the image, such as "Foto: Anna Muster".',
      licence: "The image's licence, such as CC BY 4.0; empty for the network's own images.",
    },
  } satisfies Described<typeof image>,
  'shared.seo': {
    type: 'What search engines and shared links show of a page.',
    fields: {
      metaTitle: "The title in search results, at most 70 characters; empty for the entry's title.",
      metaDescription: 'The text in search results, at most 160 characters.',
      shareImage: 'The image for shared links; empty for the cover image.',
    },
  } satisfies Described<typeof seo>,
  'shared.travel-time': {
    type: 'How long it takes to get from one town to another.',
    fields: {
      from: 'Where the journey starts, such as the place itself.',
      to: 'Where it ends, such as Berlin Hauptbahnhof.',
      minutes: 'The travel time in minutes.',
      mode: 'How one travels.',
    },
    values: {
      mode: {
        train: 'By train.',
        bus: 'By bus.',
        car: 'By car.',
        bike: 'By bike.',
        foot: 'On foot.',
      },
    },
  } satisfies Described<typeof travelTime>,
};
