/** View models the server hands to pages: plain data, independent of the GraphQL shapes. */

import type { Hub, HubTimesBasis } from './hubs';
import type { Locale } from './i18n/locale';

export type Image = {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
  credit: string | null;
  licence: string | null;
};

export type TextNode = {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
};
export type LinkNode = { type: 'link'; href: string; children: TextNode[] };
export type Inline = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

export type Badge = { label: string; tone: 'stage' | 'theme' | 'sample' | 'network' };

export type PlaceCard = {
  slug: string;
  name: string;
  teaser: string;
  location: string;
  regionName: string | null;
  /** Enumeration ids below are labelled by the page, in its language. */
  stage: string;
  themes: { slug: string; name: string }[];
  isSample: boolean;
  cover: Image | null;
  /** Minutes by public transport from each hub with a known time. */
  hubMinutes: Partial<Record<Hub, number>>;
  hubTimesBasis: HubTimesBasis | null;
};

export type DirectoryParams = {
  region: string;
  theme: string;
  stage: string;
  network: string;
  q: string;
  /** `von`: only places with a known time from this hub, quickest first. */
  from: Hub | '';
  /** `minuten`: at most this many minutes from `from`. */
  minutes: number | null;
  page: number;
};

/** The calendar's filters (`/termine`); empty strings filter nothing. */
export type CalendarParams = {
  region: string;
  /** `2027-07`: entries that overlap that month in Berlin. */
  month: string;
  /** An event kind, or `network_meeting` (MEETING_KIND) for the network's meetings. */
  kind: string;
  theme: string;
  page: number;
};

/** The filters of the board "Gesucht & Angeboten" (`/gesucht`); empty strings filter nothing. */
export type BoardParams = {
  region: string;
  /** `gesucht`, `angeboten` (a direction) or a notice kind (`investors`, `coworking`, …). */
  kind: string;
  theme: string;
  page: number;
};

/** A notice on the board: what a place seeks or offers. Direction and kind are ids, labelled by the page. */
export type BoardEntry = {
  documentId: string;
  direction: 'seeking' | 'offer';
  kind: string;
  text: string;
  /** ISO dates, Europe/Berlin: the day it was added, and the last day it is shown (null: open-ended). */
  addedOn: string;
  expiresOn: string | null;
  /** When it last changed, in either language (for the feed). */
  updatedAt: string;
  isSample: boolean;
  place: { name: string; href: string; region: string | null } | null;
  /** The language its text came in: German where it has not been translated. */
  contentLocale: Locale;
};

export type MeetingCard = {
  slug: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  summary: string | null;
  town: string | null;
  isSample: boolean;
  cover: Image | null;
};

export type ArticleCard = {
  slug: string;
  title: string;
  teaser: string | null;
  publishedOn: string;
  isSample: boolean;
  cover: Image | null;
};

export type TravelTime = { from: string; to: string; minutes: number; mode: string };

/** A link to another entry, by its slug. */
export type EntryLink = { slug: string; name: string };

export type Seo = { title: string; description: string };

export type RegionShowcase = {
  slug: string;
  name: string;
  state: string;
  description: Block[];
  travelTimes: TravelTime[];
  parent: EntryLink | null;
  children: EntryLink[];
  places: PlaceCard[];
  placeTotal: number;
  meetings: MeetingCard[];
  seo: Seo;
};

export type Workshop = { title: string; guidingQuestion: string | null; results: Block[] };

export type MeetingReport = {
  slug: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  summary: string | null;
  report: Block[];
  isSample: boolean;
  cover: Image | null;
  gallery: Image[];
  region: EntryLink | null;
  workshops: Workshop[];
  hosts: EntryLink[];
  moderator: string | null;
  moderationPartner: EntryLink | null;
  /** A partner (`/partner/…`) or a place (`/orte/…`). */
  venue: { name: string; href: string } | null;
  address: string;
  /** The address in parts, for structured data. */
  postalAddress: { street: string | null; postalCode: string | null; town: string | null } | null;
  participants: PlaceCard[];
  registrationUrl: string | null;
  seo: Seo;
};

/** When an event takes place: an all-day event counts in whole days in Europe/Berlin. */
export type EventTime = { startsAt: string; endsAt: string | null; allDay: boolean };

/** An entry of the calendar (`/termine`): an event at a place or a network meeting. */
export type CalendarEntry = EventTime & {
  slug: string;
  title: string;
  /** Its page: `/termine/<slug>` or `/treffen/<slug>`. */
  href: string;
  /** An event kind, or MEETING_KIND for a meeting; labelled by the page. */
  kind: string;
  isSample: boolean;
  /** The event's place, or the meeting's venue (a place or a partner). */
  venue: { name: string; href: string } | null;
  town: string | null;
  region: string | null;
  /** The language it came in: German where it has not been translated. */
  contentLocale: Locale;
};

/** An event in a list (a place's profile). Its kind is an enumeration id, labelled by the page. */
export type EventTeaser = EventTime & { slug: string; title: string; kind: string; isSample: boolean };

export type EventDetail = EventTeaser & {
  description: Block[];
  registrationUrl: string | null;
  price: string | null;
  accessibility: string | null;
  /** Null where the place is a sample that is not shown. */
  place: {
    slug: string;
    name: string;
    location: string;
    street: string | null;
    postalCode: string | null;
    town: string | null;
    district: string | null;
    region: EntryLink | null;
    geo: { latitude: number; longitude: number } | null;
  } | null;
  seo: Seo;
};

export type PartnerTeaser = { slug: string; name: string; isSample: boolean; logo: Image | null };

export type PartnerGroup = { kind: string; partners: PartnerTeaser[] };

export type PartnerRole = 'host' | 'venue' | 'moderation';

export type PartnerMeeting = {
  slug: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  isSample: boolean;
  roles: PartnerRole[];
};

export type PartnerProfile = {
  slug: string;
  name: string;
  kind: string;
  isSample: boolean;
  logo: Image | null;
  description: Block[];
  website: string | null;
  address: { street: string | null; postalCode: string | null; location: string } | null;
  places: PlaceCard[];
  meetings: PartnerMeeting[];
  seo: Seo;
};

export type ArticleDetail = {
  slug: string;
  title: string;
  teaser: string | null;
  publishedOn: string;
  isSample: boolean;
  cover: Image | null;
  body: Block[];
  meeting: { slug: string; title: string; startsAt: string | null; endsAt: string | null } | null;
  places: PlaceCard[];
  seo: Seo;
};

export type AboutPage = { title: string; intro: string | null; cover: Image | null; body: Block[]; seo: Seo };

export type LegalPage = { title: string; body: Block[]; lastUpdated: string | null };
