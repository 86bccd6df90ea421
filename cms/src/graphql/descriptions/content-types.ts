import {
  ABOUT,
  ACCESSIBILITY_STATEMENT,
  ARTICLE,
  type ApiType,
  type CONTENT_TYPES,
  EVENT,
  GLOBAL,
  HOMEPAGE,
  IMPRINT,
  MEETING,
  NOTICE,
  PERSON,
  PARTNER,
  PLACE,
  PRIVACY_POLICY,
  REDIRECT,
  REGION,
  THEME,
} from '../../content-types';
import type { Described } from './described';

type PublicType = { [T in ApiType]: (typeof CONTENT_TYPES)[T] extends { isPublic: true } ? T : never }[ApiType];
type ContentTypeDescriptions = { [T in PublicType]: Described<(typeof CONTENT_TYPES)[T]['schema']> };

const RICH_TEXT = 'as Strapi blocks (JSON): paragraphs, headings, lists, links and quotes';

/** Fields that several content types share with one meaning, described once. */
export const SHARED_FIELDS: Partial<Record<string, string>> = {
  translationStatus: 'How far this language version is: the German original, an English translation to review, or a checked one.',
  isSample: 'True for invented sample content, which the website badges and keeps out of search engines; filter with `isSample: { eq: false }` for real entries only.',
  seo: 'Title, description and image for search engines and shared links; empty parts fall back to the entry\'s own.',
  cover: 'The large image at the top of the page and in previews.',
  firstPublishedAt:
    "When the entry was first published, the same in every language; later publications (unlike `publishedAt`) never change it. What's new: `filters: { firstPublishedAt: { gte: \"2026-12-01T00:00:00Z\" } }, sort: \"firstPublishedAt:desc\"`.",
};

export const SHARED_VALUES: Partial<Record<string, Record<string, string>>> = {
  translationStatus: {
    original: 'The German original (every German entry).',
    needs_review: 'An English translation not yet checked by the editors.',
    complete: 'An English translation the editors have checked.',
  },
};

const legalPage = (what: string) => ({
  type: `The ${what} page of the website (a single entry per language).`,
  fields: {
    title: `The page's heading.`,
    body: `The full text of the page, ${RICH_TEXT}.`,
    lastUpdated: 'The date the text last changed in substance.',
  },
});

/** The public content types, in English; the German labels of the admin are in admin-labels/. */
export const CONTENT_TYPE_DESCRIPTIONS: ContentTypeDescriptions = {
  [PLACE]: {
    type: 'A Kreativort: a creative place to live and work in the countryside, with its profile as the website shows it at /orte/<slug>.',
    fields: {
      name: "The place's name as the website shows it.",
      slug: "The place's slug, unique across languages; used in its URL /orte/<slug>.",
      teaser: 'One or two sentences for cards and previews, at most 200 characters.',
      stage: 'How far the place has come, from an idea to an active place.',
      network: 'The network the place belongs to.',
      themes: 'The themes the place stands for.',
      region: 'The region the place lies in; regions nest (see `Region.parent`).',
      building: `The building: its history, condition, rooms and plans, ${RICH_TEXT}.`,
      location: `The landscape, surroundings and connections, ${RICH_TEXT}.`,
      town: `The village or town around the place: life, neighbours, infrastructure, ${RICH_TEXT}.`,
      people: `Who carries and enlivens the place, ${RICH_TEXT}.`,
      livingAndWorking: `How one lives and works there: workplaces, housing, schools, shops, ${RICH_TEXT}.`,
      address: "The place's postal address.",
      geo: "The place's coordinates for maps (WGS 84).",
      facts: 'Figures about the place: former use, year built, floor area, residents, workplaces.',
      travelTimes: 'The route to the place as its profile describes it, one entry per connection; to filter or sort by travel time use the `minutesFrom…` fields.',
      minutesFromBerlin: 'Minutes by public transport from Berlin (Hbf) to the place, or null where unknown; what they measure is `hubTimesBasis`. Filter with `{ minutesFromBerlin: { lte: 90 } }`, sort with `"minutesFromBerlin:asc"`.',
      minutesFromHamburg: 'Minutes by public transport from Hamburg (Hbf) to the place, or null where unknown; what they measure is `hubTimesBasis`. Filter with `{ minutesFromHamburg: { lte: 90 } }`, sort with `"minutesFromHamburg:asc"`.',
      minutesFromHannover: 'Minutes by public transport from Hannover (Hbf) to the place, or null where unknown; what they measure is `hubTimesBasis`. Filter with `{ minutesFromHannover: { lte: 90 } }`, sort with `"minutesFromHannover:asc"`.',
      minutesFromMagdeburg: 'Minutes by public transport from Magdeburg (Hbf) to the place, or null where unknown; what they measure is `hubTimesBasis`. Filter with `{ minutesFromMagdeburg: { lte: 90 } }`, sort with `"minutesFromMagdeburg:asc"`.',
      minutesFromLeipzig: 'Minutes by public transport from Leipzig (Hbf) to the place, or null where unknown; what they measure is `hubTimesBasis`. Filter with `{ minutesFromLeipzig: { lte: 90 } }`, sort with `"minutesFromLeipzig:asc"`.',
      hubTimesBasis: 'What the `minutesFrom…` fields measure: station to station (without transfer times) or door to door.',
      gallery: 'Further images of the place.',
      website: "The place's own website, an absolute https:// address.",
      contact: 'The public contact person of the place.',
      partners: 'Partners that fund or work with the place.',
      meetings: 'Network meetings the place took part in.',
    },
    values: {
      stage: {
        idea: 'An idea looking for a building or people.',
        planned: 'Planned: building and people found, work not started.',
        under_development: 'Being built or converted.',
        active: 'Active: people live and work there.',
      },
      hubTimesBasis: {
        station_to_station: "From the hub's main station to the station nearest the place, the sum of the legs without transfer times.",
        door_to_door: "From the hub's main station to the place's door, transfers and the last walk included.",
      },
      network: {
        kreativorte_im_gruenen: 'Kreativorte im Grünen.',
        zukunftsorte_brandenburg: 'Netzwerk Zukunftsorte (Brandenburg).',
        other: 'Another network, or none.',
      },
    },
  },
  [MEETING]: {
    type: 'A network meeting with its workshops and results, as the website shows it at /treffen/<slug>.',
    fields: {
      title: "The meeting's name as the website shows it.",
      slug: "The meeting's slug, unique across languages; used in its URL /treffen/<slug>.",
      startsAt: 'When the meeting starts (UTC).',
      endsAt: 'When the meeting ends (UTC), if known.',
      region: 'The region the meeting takes place in.',
      venuePartner: 'The partner that hosts the meeting, if not a place.',
      venuePlace: 'The place that hosts the meeting, if not a partner.',
      address: 'The postal address of the venue.',
      hosts: 'The partners that organise the meeting.',
      moderationPartner: 'The partner that moderates the meeting.',
      moderator: 'The name of the person who moderates.',
      summary: 'Two or three sentences for lists and previews, at most 600 characters.',
      report: `The report on how the meeting went and what came of it, ${RICH_TEXT}.`,
      workshops: "The meeting's workshops, each with its guiding question and results.",
      participants: 'The places that took part.',
      gallery: 'Images of the meeting.',
      registrationUrl: 'Where to register, an absolute https:// address.',
    },
  },
  [EVENT]: {
    type: 'An event at a place: an open day, a workshop, a trial-living week, culture or a market, as the website shows it at /termine/<slug>; region and themes are those of its place.',
    fields: {
      title: "The event's name as the website shows it.",
      slug: "The event's slug, unique across languages; used in its URL /termine/<slug>.",
      kind: 'What kind of event it is.',
      startsAt: 'When the event starts (UTC); for an all-day event, midnight in Europe/Berlin of its first day.',
      endsAt: 'When the event ends (UTC), if known; for an all-day event, a time on its last day in Europe/Berlin.',
      allDay: 'True when the event lasts whole days: show its dates in Europe/Berlin without times.',
      place: 'The place where the event happens.',
      description: `What visitors can expect, ${RICH_TEXT}.`,
      registrationUrl: 'Where to register, an absolute https:// address; empty when no registration is needed.',
      price: 'The price as text, such as "free admission" or "25 €, reduced 15 €".',
      accessibility: 'Notes on accessibility: step-free access, toilets, help on site.',
    },
    values: {
      kind: {
        open_day: 'An open day: the place shows itself to visitors.',
        workshop: 'A workshop or course.',
        trial_living: 'Trial living: stay for some days to try rural life at the place.',
        culture: 'Culture: a concert, reading, exhibition or film.',
        market: 'A market or fair.',
        other: 'Anything else.',
      },
    },
  },
  [NOTICE]: {
    type: 'What a place is looking for or offers, as the board /gesucht shows it: one seeking or one offer, newest first by addedOn. Expired entries (expiresOn before today in Europe/Berlin) are never answered.',
    fields: {
      direction: 'Whether the place is looking for something (seeking) or offers it (offer).',
      kind: 'Whom or what the place seeks, or what kind of offer it is; the first five are seekings, the next six offers, other fits both.',
      text: 'Who or what is sought or offered, in a few words (at most 500 characters).',
      place: 'The place that seeks or offers.',
      addedOn: 'The day the entry was added (Europe/Berlin).',
      expiresOn: 'The last day the entry is shown (Europe/Berlin); empty when it does not expire.',
    },
    values: {
      direction: {
        seeking: 'The place is looking for it.',
        offer: 'The place offers it.',
      },
      kind: {
        fellow_campaigners: 'Seeking: people to build the place with.',
        residents: 'Seeking: people to live there.',
        investors: 'Seeking: investors.',
        tenants: 'Seeking: tenants for rooms, studios or workshops.',
        supporters: 'Seeking: supporters, such as volunteers or sponsors.',
        coworking: 'Offer: coworking desks.',
        trial_living: 'Offer: trial living, stay a while before moving.',
        studios: 'Offer: studios or workshops to rent.',
        event_space: 'Offer: space for events.',
        rooms: 'Offer: rooms or flats to rent.',
        workshops: 'Offer: workshops and courses.',
        other: 'Anything else, sought or offered.',
      },
    },
  },
  [PERSON]: {
    type: 'One of the people behind the places, as the website shows them at /menschen/<slug>; only people who agreed to be shown are answered, and one who withdraws is gone at once.',
    fields: {
      name: 'The name the person agreed to be shown with.',
      slug: "The person's slug, unique across languages; used in the URL /menschen/<slug>.",
      role: 'What the person does at their places, such as "founder" or "carpenter and resident".',
      portrait: 'A portrait with alt text, credit and licence; empty when there is none.',
      quote: 'A short quote of the person (at most 300 characters), without quotation marks.',
      story: `How the person came to their places and what they do there, ${RICH_TEXT}.`,
      places: 'The places the person belongs to.',
    },
  },
  [PARTNER]: {
    type: 'A partner of the network: funder, host, cooperation network, agency, municipality or business; names are proper nouns and not translated.',
    fields: {
      name: "The partner's name.",
      slug: "The partner's slug; used in its URL /partner/<slug>.",
      kind: "The partner's role in the network.",
      description: `What the partner does and how it works with the network, ${RICH_TEXT}.`,
      logo: "The partner's logo.",
      website: "The partner's website, an absolute https:// address.",
      address: "The partner's postal address.",
      places: 'The places the partner funds or works with.',
    },
    values: {
      kind: {
        funder: 'Funds places or the network.',
        cooperation_network: 'A network the network cooperates with.',
        host: 'Hosts meetings or guests.',
        agency: 'A public agency.',
        municipality: 'A town or municipality.',
        business: 'A business.',
      },
    },
  },
  [ARTICLE]: {
    type: 'A report or news item from the network, as the website shows it at /beitraege/<slug>.',
    fields: {
      title: "The article's heading.",
      slug: "The article's slug, unique across languages; used in its URL /beitraege/<slug>.",
      publishedOn: 'The date shown above the article.',
      teaser: 'One or two sentences for lists and previews, at most 300 characters.',
      body: `The article's text, ${RICH_TEXT}.`,
      meeting: 'The meeting the article reports on, if any.',
      places: 'The places the article is about.',
    },
  },
  [REGION]: {
    type: 'A region or federal state; a region may lie in a larger one (the Altmark in Sachsen-Anhalt). Shown at /regionen/<slug>.',
    fields: {
      name: "The region's name.",
      slug: "The region's slug, unique across languages; used in its URL /regionen/<slug> and in the directory's filter /orte?region=<slug>.",
      state: 'The federal state the region lies in.',
      description: `What the region is like, ${RICH_TEXT}.`,
      travelTimes: 'Travel times from the region to larger towns.',
      parent: 'The larger region this one lies in, if any.',
    },
  },
  [THEME]: {
    type: 'A theme places stand for, such as housing and building.',
    fields: {
      name: "The theme's name.",
      slug: "The theme's slug, unique across languages; used in the directory's filter /orte?thema=<slug>.",
      description: 'A sentence or two on the theme.',
    },
  },
  [HOMEPAGE]: {
    type: "The content of the website's home page (a single entry per language).",
    fields: {
      heroTitle: 'The main heading.',
      heroText: 'One to three sentences below the main heading, at most 600 characters.',
      heroImage: 'The large image next to the main heading.',
      intro: `The introduction below, ${RICH_TEXT}.`,
      featuredPlaces: 'The places the home page features, in this order.',
    },
  },
  [ABOUT]: {
    type: 'The page about the network (a single entry per language).',
    fields: {
      title: "The page's heading.",
      intro: 'The introduction below the heading.',
      body: `The page's text, ${RICH_TEXT}.`,
    },
  },
  [GLOBAL]: {
    type: "The website's name, navigation and footer (a single entry per language).",
    fields: {
      siteName: "The website's name.",
      tagline: 'The line below the name.',
      navigation: 'The links of the main navigation, in order.',
      footerNavigation: 'The links to further sections of the website, shown in the footer.',
      footerLinks: 'The links in the footer, such as the imprint and the privacy policy.',
      footerText: 'The text in the footer.',
      contact: "The network's public contact.",
      socialLinks: "The network's profiles on social media.",
    },
  },
  [IMPRINT]: legalPage('imprint (Impressum)'),
  [PRIVACY_POLICY]: legalPage('privacy policy'),
  [ACCESSIBILITY_STATEMENT]: legalPage('accessibility statement'),
  [REDIRECT]: {
    type: "An old path of the website and where it moved, written when an entry's slug changes.",
    fields: {
      from: 'The old path, such as /orte/old-slug.',
      to: 'The path it moved to.',
    },
  },
};
