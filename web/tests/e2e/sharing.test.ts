// Structured data, Open Graph tags and share images of the built site against the seeded CMS.
// Expectations come from the seed; the one real dated meeting is published here through the
// admin API (the seed's dated meetings are all samples, which get no structured data) and deleted
// again, so later files see the seed unchanged.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminApi } from './support/cms-admin';
import { launchBrowser, offSiteRequests, openPage, settle } from './support/browser';
import { seed, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');

type Place = SeedPlace & {
  geo: { latitude: number; longitude: number };
  address: { street?: string; postalCode?: string; town?: string };
  de: { name: string; seo?: { metaTitle?: string } };
  en?: { name: string };
};
type Meeting = { slug: string; isSample: boolean; startsAt?: string; de: { title: string } };
type Partner = { slug: string; name: string; isSample: boolean; address?: { town?: string } };

const places = seed<Place[]>('places');
const meetings = seed<Meeting[]>('meetings');
const partners = seed<Partner[]>('partners');

const place = places.find((p) => !p.isSample && p.geo && p.en)!;
const undatedMeeting = meetings.find((m) => !m.isSample && !m.startsAt)!;
const sampleMeeting = meetings.find((m) => m.isSample && m.startsAt)!;
const partner = partners.find((p) => !p.isSample && p.address?.town)!;

type Json = Record<string, any>;

const get = async (path: string) => {
  const response = await fetch(path.startsWith('http') ? path : `${siteUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
};
const html = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return response.bytes.toString('utf8');
};

/** A page just published through the admin API: the publish webhook empties the site's cache, so allow it a moment. */
const published = async (path: string) => {
  let response = await get(path);
  for (let i = 0; i < 20 && response.status !== 200; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    response = await get(path);
  }
  expect(response.status, path).toBe(200);
  return response.bytes.toString('utf8');
};

/** Every JSON-LD block of a page; none may contain a raw `<`, which could end its script element. */
const jsonLd = (page: string): Json[] =>
  [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, body]) => {
    expect(body).not.toContain('<');
    return JSON.parse(body);
  });
const ofType = (items: Json[], type: string) => items.filter((item) => item['@type'] === type);

const decode = (text: string) =>
  text.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[name as string]!);

/** The content of each `<meta property|name=… content=…>` with that key, in document order. */
const meta = (page: string, key: string) =>
  [...page.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].filter(([, k]) => k === key).map(([, , content]) => decode(content));
const one = (page: string, key: string) => {
  const values = meta(page, key);
  expect(values, key).toHaveLength(1);
  return values[0];
};

/** Width and height from a JPEG's start-of-frame or a PNG's IHDR, read from the bytes. */
const imageSize = (bytes: Buffer) => {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  expect(bytes.readUInt16BE(0), 'JPEG start of image').toBe(0xffd8);
  let offset = 2;
  while (offset < bytes.length) {
    const marker = bytes.readUInt16BE(offset);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)) {
      return { format: 'jpeg', height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  throw new Error('no JPEG frame header');
};

/** The Open Graph and Twitter tags every page has, and the image they announce. */
const expectPreview = async (page: string, { url, type, locale, image }: { url: string; type: string; locale: 'de_DE' | 'en_GB'; image: string }) => {
  expect(one(page, 'og:url')).toBe(url);
  expect(page).toContain(`<link rel="canonical" href="${url}"`);
  expect(one(page, 'og:type')).toBe(type);
  expect(one(page, 'og:locale')).toBe(locale);
  expect(meta(page, 'og:locale:alternate')).toEqual([locale === 'de_DE' ? 'en_GB' : 'de_DE']);
  expect(one(page, 'og:title')).toBeTruthy();
  expect(one(page, 'og:description')).toBeTruthy();
  expect(one(page, 'og:image')).toBe(`${siteUrl}${image}`);
  expect(one(page, 'og:image:width')).toBe('1200');
  expect(one(page, 'og:image:height')).toBe('630');
  expect(one(page, 'og:image:alt')).toBeTruthy();
  expect(one(page, 'twitter:card')).toBe('summary_large_image');
  expect(one(page, 'twitter:image')).toBe(`${siteUrl}${image}`);
  await expectShareImage(image);
};

const expectShareImage = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toBe('image/jpeg');
  expect(response.headers.get('cache-control'), path).toBe('public, max-age=86400');
  expect(imageSize(response.bytes), path).toEqual({ format: 'jpeg', width: 1200, height: 630 });
  return response.bytes;
};

/** Each breadcrumb step is an absolute URL on this site that answers 200; the last is the page. */
const expectBreadcrumb = async (items: Json[], last: string) => {
  const [list] = ofType(items, 'BreadcrumbList');
  const steps = list.itemListElement as Json[];
  expect(steps.map((step) => step.position)).toEqual(steps.map((_, i) => i + 1));
  expect(steps.at(-1)!.item).toBe(last);
  for (const step of steps) {
    expect(step.item.startsWith(`${siteUrl}/`), step.item).toBe(true);
    expect((await get(step.item)).status, step.item).toBe(200);
  }
};

describe('a place', () => {
  it('is a Place with its seed coordinates and address, and a breadcrumb', async () => {
    const url = `${siteUrl}/orte/${place.slug}`;
    const page = await html(`/orte/${place.slug}`);
    const items = jsonLd(page);
    expect(items.map((item) => item['@type']).sort()).toEqual(['BreadcrumbList', 'Place']);
    const [data] = ofType(items, 'Place');
    expect(data['@context']).toBe('https://schema.org');
    expect(data.name).toBe(place.de.name);
    expect(data.url).toBe(url);
    expect(data.geo).toEqual({ '@type': 'GeoCoordinates', latitude: place.geo.latitude, longitude: place.geo.longitude });
    expect(data.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: place.address.town, addressCountry: 'DE' });
    if (place.address.street) expect(data.address.streetAddress).toBe(place.address.street);
    if (place.address.postalCode) expect(data.address.postalCode).toBe(place.address.postalCode);
    // The cover comes from the CMS's public URL.
    expect((await get(data.image)).status).toBe(200);
    await expectBreadcrumb(items, url);

    await expectPreview(page, { url, type: 'place', locale: 'de_DE', image: `/share/orte/${place.slug}.jpg` });
    expect(one(page, 'place:location:latitude')).toBe(String(place.geo.latitude));
  });

  it('has English addresses and tags on its English page', async () => {
    const url = `${siteUrl}/en/orte/${place.slug}`;
    const page = await html(`/en/orte/${place.slug}`);
    const items = jsonLd(page);
    expect(ofType(items, 'Place')[0]).toMatchObject({ name: place.en!.name, url });
    await expectBreadcrumb(items, url);
    expect(ofType(items, 'BreadcrumbList')[0].itemListElement[1].item).toBe(`${siteUrl}/en/orte`);
    await expectPreview(page, { url, type: 'place', locale: 'en_GB', image: `/share/orte/${place.slug}.jpg` });
  });

  it('has a share image drawn once and then served from memory; unknown slugs get 404', async () => {
    const first = await expectShareImage(`/share/orte/${place.slug}.jpg`);
    const started = Date.now();
    const again = await expectShareImage(`/share/orte/${place.slug}.jpg`);
    expect(again.equals(first)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await get('/share/orte/gibt-es-nicht.jpg')).status).toBe(404);
    expect((await get('/share/treffen/gibt-es-nicht.jpg')).status).toBe(404);
  });
});

describe('meetings', () => {
  it('gives the undated meeting a breadcrumb but no Event, which would need a start date', async () => {
    const url = `${siteUrl}/treffen/${undatedMeeting.slug}`;
    const page = await html(`/treffen/${undatedMeeting.slug}`);
    const items = jsonLd(page);
    expect(items.map((item) => item['@type'])).toEqual(['BreadcrumbList']);
    await expectBreadcrumb(items, url);
    await expectPreview(page, { url, type: 'website', locale: 'de_DE', image: `/share/treffen/${undatedMeeting.slug}.jpg` });
  });

  it('leaves sample meetings out of structured data, while they still preview when shared', async () => {
    const page = await html(`/treffen/${sampleMeeting.slug}`);
    expect(jsonLd(page)).toEqual([]);
    expect(one(page, 'robots')).toBe('noindex');
    await expectPreview(page, { url: `${siteUrl}/treffen/${sampleMeeting.slug}`, type: 'website', locale: 'de_DE', image: `/share/treffen/${sampleMeeting.slug}.jpg` });
  });

  describe('a published dated meeting', () => {
    const MEETING = 'api::meeting.meeting';
    const slug = 'sharing-test-treffen';
    const startsAt = '2027-06-05T08:00:00.000Z';
    const endsAt = '2027-06-05T14:30:00.000Z';
    const host = partners.find((p) => !p.isSample)!;
    let documentId: string;
    let admin: ReturnType<typeof adminApi>;

    beforeAll(async () => {
      admin = adminApi();
      const { results } = await admin(`/content-manager/collection-types/api::partner.partner?filters[$and][0][slug][$eq]=${host.slug}`);
      const data = {
        title: 'Sommertreffen im Test',
        slug,
        startsAt,
        endsAt,
        isSample: false,
        summary: 'Ein Treffen, das der Browsertest anlegt </script><script>alert(1)</script>',
        address: { street: 'Am Markt 1', postalCode: '39576', town: 'Stendal' },
        hosts: { connect: [{ documentId: results[0].documentId }] },
      };
      const { data: created } = await admin(`/content-manager/collection-types/${MEETING}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
      documentId = created.documentId;
      await admin(`/content-manager/collection-types/${MEETING}/${documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    });
    afterAll(async () => {
      if (documentId) await admin(`/content-manager/collection-types/${MEETING}/${documentId}?locale=de`, { method: 'DELETE' });
    });

    it('is an offline Event with its dates, address and host, safe against markup in its text', async () => {
      const url = `${siteUrl}/treffen/${slug}`;
      const page = await published(`/treffen/${slug}`);
      const items = jsonLd(page);
      const [event] = ofType(items, 'Event');
      expect(event).toMatchObject({
        '@context': 'https://schema.org',
        name: 'Sommertreffen im Test',
        url,
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Am Markt 1', postalCode: '39576', addressLocality: 'Stendal' } },
        organizer: { '@type': 'Organization', name: host.name, url: `${siteUrl}/partner/${host.slug}` },
      });
      expect(Date.parse(event.startDate)).toBe(Date.parse(startsAt));
      expect(Date.parse(event.endDate)).toBe(Date.parse(endsAt));
      expect(event.description).toContain('</script><script>alert(1)</script>');
      expect((await get(event.organizer.url)).status).toBe(200);
      await expectBreadcrumb(items, url);
      await expectPreview(page, { url, type: 'website', locale: 'de_DE', image: `/share/treffen/${slug}.jpg` });
    });
  });
});

describe('events', () => {
  const sampleEvent = seed<{ slug: string; isSample: boolean }[]>('events').find((e) => e.isSample)!;

  it('leaves sample events out of structured data, while they still preview with the network’s image', async () => {
    const page = await html(`/termine/${sampleEvent.slug}`);
    expect(jsonLd(page)).toEqual([]);
    expect(one(page, 'robots')).toBe('noindex');
    await expectPreview(page, { url: `${siteUrl}/termine/${sampleEvent.slug}`, type: 'website', locale: 'de_DE', image: '/share/netzwerk.jpg' });
  });

  describe('a published real event', () => {
    const EVENT = 'api::event.event';
    const slug = 'sharing-test-termin';
    let documentId: string;
    let admin: ReturnType<typeof adminApi>;

    beforeAll(async () => {
      admin = adminApi();
      const { results } = await admin(`/content-manager/collection-types/api::place.place?filters[$and][0][slug][$eq]=${place.slug}&locale=de`);
      const data = {
        title: 'Offene Werkstatt im Test',
        slug,
        kind: 'workshop',
        startsAt: '2027-01-16T09:00:00.000Z',
        endsAt: '2027-01-16T15:00:00.000Z',
        isSample: false,
        price: 'Eintritt frei',
        place: { connect: [{ documentId: results[0].documentId }] },
      };
      const { data: created } = await admin(`/content-manager/collection-types/${EVENT}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
      documentId = created.documentId;
      await admin(`/content-manager/collection-types/${EVENT}/${documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    });
    afterAll(async () => {
      if (documentId) await admin(`/content-manager/collection-types/${EVENT}/${documentId}?locale=de`, { method: 'DELETE' });
    });

    it('is an offline Event at its place, in Berlin time, with its price as the offer', async () => {
      const url = `${siteUrl}/termine/${slug}`;
      const page = await published(`/termine/${slug}`);
      const items = jsonLd(page);
      const [event] = ofType(items, 'Event');
      expect(event).toMatchObject({
        '@context': 'https://schema.org',
        name: 'Offene Werkstatt im Test',
        url,
        inLanguage: 'de',
        startDate: '2027-01-16T10:00:00+01:00',
        endDate: '2027-01-16T16:00:00+01:00',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': 'Place', name: place.de.name, url: `${siteUrl}/orte/${place.slug}`, geo: { '@type': 'GeoCoordinates' } },
        organizer: { '@type': 'Organization', name: place.de.name, url: `${siteUrl}/orte/${place.slug}` },
        offers: { '@type': 'Offer', description: 'Eintritt frei' },
      });
      expect((await get(event.location.url)).status).toBe(200);
      await expectBreadcrumb(items, url);
      await expectPreview(page, { url, type: 'website', locale: 'de_DE', image: '/share/netzwerk.jpg' });
    });
  });
});

describe('a partner and the network', () => {
  it('describes a partner as an Organization', async () => {
    const url = `${siteUrl}/partner/${partner.slug}`;
    const page = await html(`/partner/${partner.slug}`);
    const items = jsonLd(page);
    const [organization] = ofType(items, 'Organization');
    expect(organization).toMatchObject({ '@context': 'https://schema.org', name: partner.name, url });
    expect(organization.address.addressLocality).toContain(partner.address!.town);
    await expectBreadcrumb(items, url);
    await expectPreview(page, { url, type: 'website', locale: 'de_DE', image: '/share/netzwerk.jpg' });
  });

  it('describes the network on the home page, with a logo that is a real image', async () => {
    const page = await html('/');
    const [network] = ofType(jsonLd(page), 'Organization');
    expect(network).toMatchObject({ '@context': 'https://schema.org', name: 'Kreativorte im Grünen', url: `${siteUrl}/`, logo: `${siteUrl}/share/logo.png` });
    const logo = await get(network.logo);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(imageSize(logo.bytes)).toEqual({ format: 'png', width: 512, height: 512 });
    await expectPreview(page, { url: `${siteUrl}/`, type: 'website', locale: 'de_DE', image: '/share/netzwerk.jpg' });
  });
});

describe('in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps exactly one copy of each JSON-LD block after hydration and requests nothing off the machine', async () => {
    const { page, requests, errors, close } = await openPage(browser, `${siteUrl}/orte/${place.slug}`);
    try {
      await settle(page);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks.map((block) => JSON.parse(block)['@type']).sort()).toEqual(['BreadcrumbList', 'Place']);
      expect(await page.locator('meta[property="og:image"]').count()).toBe(1);
      expect(errors).toEqual([]);
      expect(offSiteRequests(requests)).toEqual([]);
    } finally {
      await close();
    }
  });
});
