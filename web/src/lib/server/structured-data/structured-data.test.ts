import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import sharp from 'sharp';
import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '$lib/json-ld';
import { propertyOf } from '$lib/server/property';
import { pageEvent } from '$lib/server/testing/events';
import { listenLocally } from '$lib/server/testing/listen';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load as loadHome } from '../../../routes/[[lang=lang]]/+page.server';
import { load as loadPlace } from '../../../routes/[[lang=lang]]/orte/[slug]/+page.server';
import { load as loadMeeting } from '../../../routes/[[lang=lang]]/treffen/[slug]/+page.server';
import { load as loadPartner } from '../../../routes/[[lang=lang]]/partner/[slug]/+page.server';
import { load as loadEvent } from '../../../routes/[[lang=lang]]/termine/[slug]/+page.server';
import { load as loadPerson } from '../../../routes/[[lang=lang]]/menschen/[slug]/+page.server';
import { renderShareCard } from '../share-image';
import { breadcrumbJsonLd } from './breadcrumb';
import { meetingJsonLd } from './meeting';
import { eventPage, meetingPage, personPage, placePage } from './pages';
import type { MeetingReport } from '$lib/types';

useReplayCms({ now: '2026-11-29T12:00:00.000Z' });

const byType = (items: WithContext<Thing>[], type: string) => items.find((item) => propertyOf(item, '@type') === type);

/** Every string under a key named url, item or logo must be an absolute http(s) address. */
const linkValues = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(linkValues)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) =>
          ['url', 'item', 'logo', 'image'].includes(key) && typeof inner === 'string' ? [inner] : linkValues(inner),
        )
      : [];

describe('structured data built by the page loads', () => {
  it('describes a place with its coordinates, address and breadcrumb', async () => {
    const data = await loadPlace(pageEvent<Parameters<typeof loadPlace>[0]>('/orte/buergermeisterhof', { slug: 'buergermeisterhof' }));
    const place = byType(data.structuredData, 'Place');
    expect(place).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Bürgermeisterhof',
      url: 'http://localhost/orte/buergermeisterhof',
      geo: { '@type': 'GeoCoordinates', latitude: 52.8507, longitude: 11.152 },
      address: { '@type': 'PostalAddress', streetAddress: 'Burgstraße', postalCode: '29410', addressLocality: 'Salzwedel', addressCountry: 'DE' },
    });
    expect(propertyOf(place, 'description')).toBeTruthy();
    expect(byType(data.structuredData, 'BreadcrumbList')).toMatchObject({
      itemListElement: [
        { position: 1, item: 'http://localhost/' },
        { position: 2, item: 'http://localhost/orte' },
        { position: 3, item: 'http://localhost/orte/buergermeisterhof' },
      ],
    });
    expect(data.shareImage).toEqual({ url: 'http://localhost/share/orte/buergermeisterhof.jpg', width: 1200, height: 630, alt: 'Bürgermeisterhof' });
    for (const link of linkValues(data.structuredData)) expect(link).toMatch(/^https?:\/\/[^/]+\//);
  });

  it('leaves sample meetings out, and describes a real dated meeting as an offline Event organized by its hosts', async () => {
    const path = '/treffen/netzwerktreffen-kalbe-2027';
    const data = await loadMeeting(pageEvent<Parameters<typeof loadMeeting>[0]>(path, { slug: 'netzwerktreffen-kalbe-2027' }));
    expect(data.meeting.isSample).toBe(true);
    expect(data.structuredData).toEqual([]);
    // Every dated meeting in the seed is a sample; the same meeting as real content:
    const context = { url: new URL(path, 'http://localhost'), locale: 'de' as const, contentLocale: 'de' as const };
    const real = meetingPage(context, { ...data.meeting, isSample: false }).structuredData;
    const event = byType(real, 'Event');
    expect(event).toMatchObject({
      startDate: '2027-03-12T12:00:00.000Z',
      endDate: '2027-03-12T16:00:00.000Z',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      url: 'http://localhost/treffen/netzwerktreffen-kalbe-2027',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '39624', addressLocality: 'Kalbe (Milde)' } },
    });
    expect(event).toMatchObject({
      organizer: [{ url: 'http://localhost/partner/gemeinde-lindenfelde' }, { url: 'http://localhost/partner/landwerk-genossenschaft' }],
    });
    for (const link of linkValues(real)) expect(link).toMatch(/^https?:\/\/[^/]+\//);
  });

  it('gives an undated meeting no Event, since search engines require a start date, but keeps its breadcrumb', async () => {
    const data = await loadMeeting(pageEvent<Parameters<typeof loadMeeting>[0]>('/treffen/netzwerktreffen-stendal', { slug: 'netzwerktreffen-stendal' }));
    expect(data.structuredData.map((item) => propertyOf(item, '@type'))).toEqual(['BreadcrumbList']);
  });

  it('describes a real event as an offline Event at its place, with Berlin offsets, its offer and language', async () => {
    const path = '/termine/werkstattwochenende-werkhalle-kloetze';
    const data = await loadEvent(pageEvent<Parameters<typeof loadEvent>[0]>(path, { slug: 'werkstattwochenende-werkhalle-kloetze' }));
    expect(data.structuredData).toEqual([]);
    // Every event in the seed is a sample; the same event as real content, as the page would serialize it:
    const context = { url: new URL(path, 'http://localhost'), locale: 'de' as const, contentLocale: 'de' as const };
    const real: WithContext<Thing>[] = JSON.parse(serializeJsonLd(eventPage(context, { ...data.event, isSample: false }).structuredData));
    const event = byType(real, 'Event');
    expect(event).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Werkstattwochenende: Lehmputz',
      description: expect.stringMatching(/^Zwei Tage Lehmputz/),
      url: 'http://localhost/termine/werkstattwochenende-werkhalle-kloetze',
      image: expect.stringMatching(/^https?:\/\//),
      inLanguage: 'de',
      startDate: '2027-09-18T10:00:00+02:00',
      endDate: '2027-09-19T16:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: expect.objectContaining({
        '@type': 'Place',
        name: 'Werkhalle Klötze',
        url: 'http://localhost/orte/werkhalle-kloetze',
        address: expect.objectContaining({ '@type': 'PostalAddress', addressLocality: 'Klötze', addressCountry: 'DE' }),
      }),
      organizer: { '@type': 'Organization', name: 'Werkhalle Klötze', url: 'http://localhost/orte/werkhalle-kloetze' },
      offers: { '@type': 'Offer', url: 'https://www.example.org/werkstattwochenende', description: '90 €, ermäßigt 60 €, mit Mittagessen' },
    });
    expect(byType(real, 'BreadcrumbList')).toMatchObject({
      itemListElement: [{ item: 'http://localhost/' }, { item: 'http://localhost/termine' }, { item: 'http://localhost/termine/werkstattwochenende-werkhalle-kloetze' }],
    });
    for (const link of linkValues(real)) expect(link).toMatch(/^https?:\/\/[^/]+\//);
  });

  it('gives an all-day event dates only, its last day included, and an English page its language', async () => {
    const path = '/en/termine/probewohnen-vierseithof-bismark';
    const data = await loadEvent(pageEvent<Parameters<typeof loadEvent>[0]>(path, { slug: 'probewohnen-vierseithof-bismark' }));
    const context = { url: new URL(path, 'http://localhost'), locale: 'en' as const, contentLocale: data.contentLocale };
    const event = byType(eventPage(context, { ...data.event, isSample: false }).structuredData, 'Event');
    expect(event).toMatchObject({ startDate: '2027-07-05', endDate: '2027-07-11', inLanguage: 'en', url: 'http://localhost/en/termine/probewohnen-vierseithof-bismark' });
    expect(propertyOf(event, 'offers')).toEqual({ '@type': 'Offer', url: 'https://www.example.org/probewohnen-bismark', description: '€180 for the week' });
  });

  it('describes a partner as an Organization and the network on the home page', async () => {
    const partner = await loadPartner(pageEvent<Parameters<typeof loadPartner>[0]>('/partner/daily-am-dom', { slug: 'daily-am-dom' }));
    expect(byType(partner.structuredData, 'Organization')).toMatchObject({ name: 'DAILY AM DOM', url: 'http://localhost/partner/daily-am-dom' });
    const home = await loadHome(pageEvent<Parameters<typeof loadHome>[0]>('/'));
    expect(byType(home.structuredData, 'Organization')).toMatchObject({
      name: 'Kreativorte im Grünen',
      url: 'http://localhost/',
      logo: 'http://localhost/share/logo.png',
    });
  });
});

describe('people', () => {
  it('gives a sample person none, and a real one a Person linked by @id to the Place of each real place', async () => {
    const path = '/menschen/beispiel-marta-kruse';
    const data = await loadPerson(pageEvent<Parameters<typeof loadPerson>[0]>(path, { slug: 'beispiel-marta-kruse' }));
    expect(data.structuredData).toEqual([]);
    // Every seeded person is a sample at sample places; the same person and places as real content:
    const context = { url: new URL(path, 'http://localhost'), locale: 'de' as const, contentLocale: 'de' as const };
    const places = data.person.places.map((place) => ({ ...place, isSample: false }));
    const real = personPage(context, { ...data.person, isSample: false, places }).structuredData;
    // As the page embeds it: escaped, then parsed back.
    const parsed: WithContext<Thing>[] = JSON.parse(serializeJsonLd(real));
    const person = byType(parsed, 'Person');
    expect(person).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': 'http://localhost/menschen/beispiel-marta-kruse',
      url: 'http://localhost/menschen/beispiel-marta-kruse',
      name: 'Marta Kruse',
      jobTitle: 'Keramikerin und Mitgründerin',
      description: expect.stringMatching(/^Keramikerin und Mitgründerin: In der Stadt/),
      image: expect.stringMatching(/^https:\/\/cms\.example\.org\/uploads\//),
      workLocation: [
        { '@type': 'Place', '@id': 'http://localhost/orte/alte-molkerei-kalbe', name: 'Alte Molkerei Kalbe', url: 'http://localhost/orte/alte-molkerei-kalbe' },
      ],
    });
    expect(byType(parsed, 'BreadcrumbList')).toMatchObject({ itemListElement: [{ position: 1 }, { item: 'http://localhost/menschen' }, { item: 'http://localhost/menschen/beispiel-marta-kruse' }] });
    for (const link of linkValues(parsed)) expect(link).toMatch(/^https?:\/\/[^/]+\//);
    // An English visitor reading the German original: the person links the German pages' Places.
    const english = { ...context, url: new URL(`/en${path}`, 'http://localhost'), locale: 'en' as const };
    const fallback = byType(personPage(english, { ...data.person, isSample: false, places }).structuredData, 'Person');
    expect(propertyOf(fallback, 'workLocation')).toEqual([expect.objectContaining({ '@id': 'http://localhost/orte/alte-molkerei-kalbe' })]);
    // Sample places are left out of a real person's places.
    const atSamples = byType(personPage(context, { ...data.person, isSample: false }).structuredData, 'Person');
    expect(propertyOf(atSamples, 'workLocation')).toBeUndefined();
  });

  it('lists a real place’s real people as Persons working at its Place', async () => {
    const data = await loadPlace(pageEvent<Parameters<typeof loadPlace>[0]>('/orte/buergermeisterhof', { slug: 'buergermeisterhof' }));
    const context = { url: new URL('/orte/buergermeisterhof', 'http://localhost'), locale: 'de' as const, contentLocale: 'de' as const };
    const person = { slug: 'anna', name: 'Anna Beispiel', role: 'Gründerin', isSample: false, portrait: null, contentLocale: 'de' as const };
    const sample = { ...person, slug: 'beispiel', isSample: true };
    const parsed: WithContext<Thing>[] = JSON.parse(serializeJsonLd(placePage(context, data.place, [person, sample]).structuredData));
    const place = byType(parsed, 'Place');
    expect(propertyOf(place, '@id')).toBe('http://localhost/orte/buergermeisterhof');
    expect(parsed.filter((item) => propertyOf(item, '@type') === 'Person')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Person',
        '@id': 'http://localhost/menschen/anna',
        url: 'http://localhost/menschen/anna',
        name: 'Anna Beispiel',
        jobTitle: 'Gründerin',
        workLocation: [{ '@type': 'Place', '@id': 'http://localhost/orte/buergermeisterhof', name: 'Bürgermeisterhof', url: 'http://localhost/orte/buergermeisterhof' }],
      },
    ]);
  });
});

describe('builders', () => {
  const meeting: MeetingReport = {
    slug: 'treffen',
    title: 'Treffen',
    startsAt: '2027-01-01T10:00:00.000Z',
    endsAt: null,
    summary: null,
    report: [],
    isSample: false,
    cover: null,
    gallery: [],
    region: null,
    workshops: [],
    hosts: [],
    moderator: null,
    moderationPartner: null,
    venue: null,
    address: '',
    postalAddress: null,
    participants: [],
    registrationUrl: null,
    seo: { title: 'Treffen', description: 'Ein Treffen' },
  };
  const options = {
    url: 'https://example.org/treffen/treffen',
    shareImage: 'https://example.org/share/treffen/treffen.jpg',
    partnerUrl: (slug: string) => `https://example.org/partner/${slug}`,
    network: { '@type': 'Organization', name: 'Netz', url: 'https://example.org/' } as const,
  };

  it('lets the network organize a meeting without hosts, and names each partner once', () => {
    expect(meetingJsonLd(meeting, options)).toMatchObject({ organizer: { '@type': 'Organization', name: 'Netz' }, image: options.shareImage });
    const host = { slug: 'a', name: 'A' };
    const both = meetingJsonLd({ ...meeting, hosts: [host], moderationPartner: host }, options);
    expect(propertyOf(both, 'organizer')).toEqual({ '@type': 'Organization', name: 'A', url: 'https://example.org/partner/a' });
    expect(meetingJsonLd({ ...meeting, startsAt: null }, options)).toBeNull();
  });

  it('numbers breadcrumb items from one', () => {
    const list = breadcrumbJsonLd([
      { name: 'A', url: 'https://example.org/' },
      { name: 'B', url: 'https://example.org/b' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'A', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'B', item: 'https://example.org/b' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element, and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('share image', () => {
  const card = { subtitle: 'Salzwedel, Altmarkkreis Salzwedel', network: 'Kreativorte im Grünen' };
  const size = async (image: Buffer) => {
    const { format, width, height } = await sharp(image).metadata();
    return { format, width, height };
  };

  it('is a 1200×630 JPEG without a cover, whatever the title', async () => {
    for (const title of ['Hof', 'Ein <sehr> langer & "schwieriger" Titel, der umbrechen muss '.repeat(6)]) {
      const { image, complete } = await renderShareCard({ ...card, title, cover: null });
      expect(complete).toBe(true);
      expect(await size(image)).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    }
  });

  it('draws on the cover from the CMS, and says so when the cover cannot be fetched', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#c03020' } }).jpeg().toBuffer();
    const server = createServer((req, res) => (req.url === '/cover.jpg' ? res.end(photo) : res.writeHead(404).end()));
    const base = await listenLocally(server);
    const cover = (path: string) => ({ src: `${base}${path}`, srcset: `${base}${path} 1600w`, width: 1600, height: 1000, alt: '', credit: null, licence: null });
    try {
      const drawn = await renderShareCard({ ...card, title: 'Hof', cover: cover('/cover.jpg') });
      expect(drawn.complete).toBe(true);
      expect(await size(drawn.image)).toEqual({ format: 'jpeg', width: 1200, height: 630 });
      // The middle right shows the red cover, not the brand's green.
      const { data } = await sharp(drawn.image).extract({ left: 1100, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
      expect(data[0]).toBeGreaterThan(data[1] + 60);
      const missing = await renderShareCard({ ...card, title: 'Hof', cover: cover('/gone.jpg') });
      expect(missing.complete).toBe(false);
      expect(await size(missing.image)).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    } finally {
      server.close();
    }
  });
});
