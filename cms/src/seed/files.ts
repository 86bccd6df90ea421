import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { ImageSpec } from './media';

/**
 * The shapes of the files in data/seed/. Rich text is a list of paragraphs, relations are slugs,
 * images are illustration specs; every other value goes to Strapi as it is, which validates it.
 */
type Localized<T> = { de: T; en?: T };
type Paragraphs = string[];
type Passed = unknown;

export type ThemeSeed = { slug: string } & Localized<{ name: string; description?: string }>;

export type RegionSeed = { slug: string; state: Passed; parent?: string | null } & Localized<{
  name: string;
  description?: Paragraphs;
  travelTimes?: Passed;
}>;

export type PartnerSeed = {
  slug: string;
  name: string;
  kind: Passed;
  isSample?: boolean;
  website?: string;
  description?: Paragraphs;
  address?: Passed;
  logo?: ImageSpec;
};

export type PlaceSeed = {
  slug: string;
  isSample?: boolean;
  stage: Passed;
  network: Passed;
  region: string;
  themes?: string[];
  partners?: string[];
  address?: Passed;
  geo?: Passed;
  minutesFromBerlin?: number;
  minutesFromHamburg?: number;
  minutesFromHannover?: number;
  minutesFromMagdeburg?: number;
  minutesFromLeipzig?: number;
  hubTimesBasis?: Passed;
  website?: string;
  contact?: Passed;
  internalContact?: string;
  internalNotes?: string;
} & Localized<{
  name: string;
  teaser: string;
  building?: Paragraphs;
  location?: Paragraphs;
  town?: Paragraphs;
  people?: Paragraphs;
  livingAndWorking?: Paragraphs;
  facts?: Passed;
  travelTimes?: Passed;
  seo?: Passed;
  cover?: ImageSpec;
  gallery?: ImageSpec[];
}>;

export type MeetingSeed = {
  slug: string;
  isSample?: boolean;
  startsAt: string;
  endsAt?: string;
  region?: string;
  venuePartner?: string;
  venuePlace?: string;
  address?: Passed;
  hosts?: string[];
  moderationPartner?: string;
  moderator?: string;
  participants?: string[];
  registrationUrl?: string;
} & Localized<{
  title: string;
  summary?: string;
  report?: Paragraphs;
  workshops?: ({ results?: Paragraphs } & Record<string, Passed>)[];
  seo?: Passed;
  cover?: ImageSpec;
  gallery?: ImageSpec[];
}>;

export type EventSeed = {
  slug: string;
  isSample?: boolean;
  kind: Passed;
  startsAt: string;
  endsAt?: string;
  allDay?: boolean;
  place: string;
  registrationUrl?: string;
} & Localized<{ title: string; description?: Paragraphs; price?: string; accessibility?: string }>;

/**
 * What a place seeks or offers. The real places' facts give no date, so their entries carry the
 * seed's publication date (2026-11-29, the real article's `publishedOn`), as a migrated entry
 * takes its place's publication date; left out, the editorial rules make it the day of seeding.
 */
export type NoticeSeed = {
  place: string;
  direction: Passed;
  kind: Passed;
  isSample?: boolean;
  addedOn?: string;
  expiresOn?: string;
} & Localized<{ text: string }>;

/**
 * Invented people at sample places only: no real person has consented, and the facts name none.
 * Their consent fields say so, as the editorial rules publish nobody without them.
 */
export type PersonSeed = { slug: string; name: string; isSample: true; places: string[] } & Localized<{
  role?: string;
  quote?: string;
  story?: Paragraphs;
  portrait?: ImageSpec;
}>;

export type ArticleSeed = { slug: string; isSample?: boolean; publishedOn?: string; meeting?: string; places?: string[] } & Localized<{
  title: string;
  teaser?: string;
  body?: Paragraphs;
  seo?: Passed;
  cover?: ImageSpec;
}>;

/** A single type's page in pages.json: the fields of each locale, the shared ones beside them. */
export type PageSeed = Localized<Record<string, Passed>> & { featuredPlaces?: string[] } & Record<string, Passed>;

const seedFile = (strapi: Core.Strapi, file: string) => path.join(strapi.dirs.app.root, 'data', 'seed', file);

/** The seed files are this repository's own, shaped as the types above say; Strapi checks what they hold. */
export const readSeed = async <T>(strapi: Core.Strapi, file: string): Promise<T> => JSON.parse(await fs.readFile(seedFile(strapi, file), 'utf8'));
