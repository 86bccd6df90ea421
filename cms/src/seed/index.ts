import type { Core, UID } from '@strapi/strapi';
import { ARTICLE, EVENT, MEETING, NOTICE, PARTNER, PERSON, PLACE, REGION, THEME } from '../content-types';
import { toBlocks } from '../rich-text';
import { LOCALE_CODES } from '../translations/locales';
import { seedDocuments } from './documents';
import { seededFirstPublication } from './first-publication';
import { readSeed, type ArticleSeed, type EventSeed, type MeetingSeed, type NoticeSeed, type PartnerSeed, type PersonSeed, type PlaceSeed, type RegionSeed, type ThemeSeed } from './files';
import { imageComponent, type ImageSpec } from './media';
import { seedPages } from './pages';

type Data = Record<string, unknown>;

/** Maps the slugs of one type to their document ids as the seed creates or finds them. */
class Registry {
  private ids = new Map<string, string>();
  constructor(private readonly type: string) {}
  set(slug: string, documentId: string) {
    this.ids.set(slug, documentId);
  }
  get(slug: string) {
    const id = this.ids.get(slug);
    if (!id) throw new Error(`Seed refers to unknown ${this.type} "${slug}"`);
    return id;
  }
  optional(slug?: string | null) {
    return slug ? this.get(slug) : undefined;
  }
  many(slugs: string[] = []) {
    return slugs.map((s) => this.get(s));
  }
}

/**
 * Creates each seed entry that does not exist yet, found by slug, so that a second run
 * changes nothing. Localized types get their German entry first, then the English one.
 */
const upsert = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  registry: Registry,
  slug: string,
  build: (locale: (typeof LOCALE_CODES)[number] | null) => Promise<Data | undefined>,
  { localized, publish }: { localized: boolean; publish: boolean },
) => {
  const documents = seedDocuments(strapi, uid);
  const status = publish ? ('published' as const) : undefined;
  const existing = await documents.findFirst({ filters: { slug }, ...(localized && { locale: 'de' }), status });
  if (existing) {
    registry.set(slug, existing.documentId);
    return false;
  }
  const data = await build(localized ? 'de' : null);
  const created = await documents.create({ data, ...(localized && { locale: 'de' }), status });
  registry.set(slug, created.documentId);
  if (localized) {
    const english = await build('en');
    if (english) await documents.update({ documentId: created.documentId, locale: 'en', data: english, status });
  }
  return true;
};

export const seedContent = async (strapi: Core.Strapi) => {
  const started = Date.now();
  const themes = new Registry('theme');
  const regions = new Registry('region');
  const partners = new Registry('partner');
  const places = new Registry('place');
  const meetings = new Registry('meeting');
  const articles = new Registry('article');
  const events = new Registry('event');
  const people = new Registry('person');
  const created: Record<string, number> = {};
  const count = (type: string, isNew: boolean) => {
    created[type] = (created[type] ?? 0) + (isNew ? 1 : 0);
  };
  const image = (name: string, spec?: ImageSpec) => imageComponent(strapi, name, spec);
  const images = async (name: string, specs: ImageSpec[] = []) => {
    const components = [];
    for (const [i, spec] of specs.entries()) components.push(await image(`${name}-${i + 1}`, spec));
    return components;
  };

  for (const t of await readSeed<ThemeSeed[]>(strapi, 'themes.json')) {
    const isNew = await upsert(strapi, THEME, themes, t.slug, async (locale) => {
      const text = locale === 'en' ? t.en : t.de;
      return text && { slug: t.slug, name: text.name, description: text.description };
    }, { localized: true, publish: false });
    count('themes', isNew);
  }

  for (const r of await readSeed<RegionSeed[]>(strapi, 'regions.json')) {
    const isNew = await upsert(strapi, REGION, regions, r.slug, async (locale) => {
      const text = locale === 'en' ? r.en : r.de;
      return text && {
        slug: r.slug,
        state: r.state,
        name: text.name,
        description: toBlocks(text.description),
        travelTimes: text.travelTimes,
        parent: regions.optional(r.parent),
      };
    }, { localized: true, publish: false });
    count('regions', isNew);
  }

  for (const p of await readSeed<PartnerSeed[]>(strapi, 'partners.json')) {
    const isNew = await upsert(strapi, PARTNER, partners, p.slug, async () => ({
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      isSample: p.isSample,
      website: p.website,
      description: toBlocks(p.description),
      address: p.address,
      logo: await image(`partner-${p.slug}-logo`, p.logo),
    }), { localized: false, publish: true });
    count('partners', isNew);
  }

  for (const [i, p] of (await readSeed<PlaceSeed[]>(strapi, 'places.json')).entries()) {
    const isNew = await upsert(strapi, PLACE, places, p.slug, async (locale) => {
      const text = locale === 'en' ? p.en : p.de;
      if (!text) return undefined;
      return {
        slug: p.slug,
        isSample: p.isSample,
        stage: p.stage,
        network: p.network,
        region: regions.get(p.region),
        themes: themes.many(p.themes),
        partners: partners.many(p.partners),
        address: p.address,
        geo: p.geo,
        minutesFromBerlin: p.minutesFromBerlin,
        minutesFromHamburg: p.minutesFromHamburg,
        minutesFromHannover: p.minutesFromHannover,
        minutesFromMagdeburg: p.minutesFromMagdeburg,
        minutesFromLeipzig: p.minutesFromLeipzig,
        hubTimesBasis: p.hubTimesBasis,
        website: p.website,
        contact: p.contact,
        internalContact: p.internalContact,
        internalNotes: p.internalNotes,
        name: text.name,
        teaser: text.teaser,
        building: toBlocks(text.building),
        location: toBlocks(text.location),
        town: toBlocks(text.town),
        people: toBlocks(text.people),
        livingAndWorking: toBlocks(text.livingAndWorking),
        facts: text.facts,
        travelTimes: text.travelTimes,
        seo: text.seo,
        cover: await image(`place-${p.slug}-cover`, text.cover ?? p.de.cover),
        gallery: await images(`place-${p.slug}-gallery`, text.gallery ?? p.de.gallery),
        firstPublishedAt: seededFirstPublication(i, p),
      };
    }, { localized: true, publish: true });
    count('places', isNew);
  }

  for (const m of await readSeed<MeetingSeed[]>(strapi, 'meetings.json')) {
    const isNew = await upsert(strapi, MEETING, meetings, m.slug, async (locale) => {
      const text = locale === 'en' ? m.en : m.de;
      if (!text) return undefined;
      return {
        slug: m.slug,
        isSample: m.isSample,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        region: regions.optional(m.region),
        venuePartner: partners.optional(m.venuePartner),
        venuePlace: places.optional(m.venuePlace),
        address: m.address,
        hosts: partners.many(m.hosts),
        moderationPartner: partners.optional(m.moderationPartner),
        moderator: m.moderator,
        participants: places.many(m.participants),
        registrationUrl: m.registrationUrl,
        title: text.title,
        summary: text.summary,
        report: toBlocks(text.report),
        workshops: text.workshops?.map((w) => ({ ...w, results: toBlocks(w.results) })),
        seo: text.seo,
        cover: await image(`meeting-${m.slug}-cover`, text.cover ?? m.de.cover),
        gallery: await images(`meeting-${m.slug}-gallery`, text.gallery ?? m.de.gallery),
      };
    }, { localized: true, publish: true });
    count('meetings', isNew);
  }

  for (const [i, e] of (await readSeed<EventSeed[]>(strapi, 'events.json')).entries()) {
    const isNew = await upsert(strapi, EVENT, events, e.slug, async (locale) => {
      const text = locale === 'en' ? e.en : e.de;
      return text && {
        slug: e.slug,
        isSample: e.isSample,
        kind: e.kind,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        allDay: e.allDay ?? false,
        place: places.get(e.place),
        registrationUrl: e.registrationUrl,
        title: text.title,
        description: toBlocks(text.description),
        price: text.price,
        accessibility: text.accessibility,
        firstPublishedAt: seededFirstPublication(i, e),
      };
    }, { localized: true, publish: true });
    count('events', isNew);
  }

  // Notices have no slug: one is the same entry when its place and German text are.
  const notices = seedDocuments(strapi, NOTICE);
  for (const n of await readSeed<NoticeSeed[]>(strapi, 'notices.json')) {
    const place = places.get(n.place);
    const status = 'published' as const;
    const existing = await notices.findFirst({ filters: { place: { documentId: place }, text: n.de.text }, locale: 'de', status });
    if (!existing) {
      const shared = { place, direction: n.direction, kind: n.kind, isSample: n.isSample ?? false, addedOn: n.addedOn, expiresOn: n.expiresOn };
      const created = await notices.create({ data: { ...shared, text: n.de.text }, locale: 'de', status });
      if (n.en) await notices.update({ documentId: created.documentId, locale: 'en', data: { ...shared, text: n.en.text }, status });
    }
    count('notices', !existing);
  }

  for (const [i, p] of (await readSeed<PersonSeed[]>(strapi, 'people.json')).entries()) {
    const isNew = await upsert(strapi, PERSON, people, p.slug, async (locale) => {
      const text = locale === 'en' ? p.en : p.de;
      return text && {
        slug: p.slug,
        name: p.name,
        isSample: p.isSample,
        places: places.many(p.places),
        role: text.role,
        quote: text.quote,
        story: toBlocks(text.story),
        // Each person's own upload, shared by their languages: withdrawal deletes the file.
        portrait: await image(`person-${p.slug}-portrait`, text.portrait ?? p.de.portrait),
        consentGivenOn: '2026-12-06',
        consentScope: 'Keine echte Person: erfundener Beispielinhalt an einem Beispielort.',
        consentRecordedBy: 'Seed',
        firstPublishedAt: seededFirstPublication(i, p),
      };
    }, { localized: true, publish: true });
    count('people', isNew);
  }

  for (const a of await readSeed<ArticleSeed[]>(strapi, 'articles.json')) {
    const isNew = await upsert(strapi, ARTICLE, articles, a.slug, async (locale) => {
      const text = locale === 'en' ? a.en : a.de;
      if (!text) return undefined;
      return {
        slug: a.slug,
        isSample: a.isSample,
        publishedOn: a.publishedOn,
        meeting: meetings.optional(a.meeting),
        places: places.many(a.places),
        title: text.title,
        teaser: text.teaser,
        body: toBlocks(text.body),
        seo: text.seo,
        cover: await image(`article-${a.slug}-cover`, text.cover ?? a.de.cover),
        firstPublishedAt: seededFirstPublication(0, { isSample: a.isSample, day: a.publishedOn }),
      };
    }, { localized: true, publish: true });
    count('articles', isNew);
  }

  created.pages = await seedPages(strapi, { places: (slugs) => places.many(slugs), image });

  strapi.log.info(`Seed: created ${JSON.stringify(created)} in ${Date.now() - started} ms`);
  return created;
};

/** Seeds automatically only on the first start of an empty database. */
export const seedIfEmpty = async (strapi: Core.Strapi) => {
  if (process.env.SEED_ON_EMPTY === 'false') return;
  const [regions, places] = await Promise.all([
    strapi.db.query(REGION).count(),
    strapi.db.query(PLACE).count(),
  ]);
  if (regions === 0 && places === 0) await seedContent(strapi);
};
