import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, offSiteRequests, openPage, settle, type OpenedPage } from './support/browser';
import { seed, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');

const places = seed<SeedPlace[]>('places');
const regions = seed<{ slug: string; parent: string | null }[]>('regions');
const themes = seed<{ slug: string; de: { name: string } }[]>('themes');
const meetings = seed<{ slug: string; startsAt?: string; hosts: string[]; participants: string[]; de: { title: string } }[]>('meetings');
const partners = seed<{ slug: string; name: string }[]>('partners');
const pages = seed<Record<string, { de: Record<string, unknown> }>>('pages');

// What the directory should show for Altmark + "Wohnen & Bauen": a region also matches its child regions.
const inRegion = (place: SeedPlace, region: string) =>
  place.region === region || regions.find((r) => r.slug === place.region)?.parent === region;
const theme = themes.find((t) => t.de.name === 'Wohnen & Bauen')!;
const filtered = places.filter((place) => inRegion(place, 'altmark') && place.themes.includes(theme.slug));
const countText = (n: number) => (n === 1 ? '1 Ort gefunden' : `${n} Orte gefunden`);

// The Bürgermeisterhof takes part in no meeting in the seed, so the meeting leg of the journey
// continues from a filtered place that does, through the latest meeting that has hosts.
const meetingsOf = (slug: string) =>
  meetings
    .filter((meeting) => meeting.participants.includes(slug) && meeting.hosts.length)
    .sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? ''));
const journeyPlace = [...filtered]
  .sort((a, b) => (a.slug === 'buergermeisterhof' ? -1 : b.slug === 'buergermeisterhof' ? 1 : a.de.name.localeCompare(b.de.name, 'de')))
  .find((place) => meetingsOf(place.slug).length)!;
const journeyMeeting = meetingsOf(journeyPlace.slug)[0];
const journeyHost = partners.find((partner) => partner.slug === journeyMeeting.hosts[0])!;

const h1 = (page: Page) => page.locator('h1').first().innerText();

describe('visitor journey: start page → directory → filter → profile → meeting → host partner', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  const documentRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, `${siteUrl}/`);
    page = opened.page;
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documentRequests.push(request.url());
    });
    await settle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the seed has what the journey needs', () => {
    expect(filtered.map((p) => p.slug)).toContain('buergermeisterhof');
    expect(journeyPlace, 'a filtered place that takes part in a meeting with hosts').toBeDefined();
    expect(journeyHost).toBeDefined();
  });

  it('starts on the home page and clicks into the directory', async () => {
    expect(opened.response?.status()).toBe(200);
    expect(await h1(page)).toBe(pages.homepage.de.heroTitle);

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).locator('a[href="/orte"]').click();
    await page.waitForURL(`${siteUrl}/orte`);
    await expect.poll(() => h1(page)).toBe('Kreativorte finden');
    await expect.poll(() => page.getByRole('status').innerText()).toBe(countText(places.length));
  });

  it('filters by region and theme without a full page reload', async () => {
    await settle(page);
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = 'no-reload';
    });
    const documentsBefore = documentRequests.length;

    const region = page.getByLabel('Region');
    expect(await region.locator('option[value="altmark"]').innerText()).toContain('Altmark');
    await region.selectOption('altmark');
    await page.waitForURL((url) => url.searchParams.get('region') === 'altmark');

    await page.getByLabel('Thema').selectOption({ label: 'Wohnen & Bauen' });
    await page.waitForURL((url) => url.searchParams.get('thema') === theme.slug);

    await expect.poll(() => page.getByRole('status').innerText()).toBe(countText(filtered.length));
    const url = new URL(page.url());
    expect(url.pathname).toBe('/orte');
    expect(url.searchParams.get('region')).toBe('altmark');
    expect(url.searchParams.get('thema')).toBe('wohnen-bauen');

    const names = await page.locator('main article h2').allInnerTexts();
    expect(names.map((n) => n.trim()).sort()).toEqual(filtered.map((p) => p.de.name).sort());

    expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe('no-reload');
    expect(documentRequests.slice(documentsBefore), 'document requests while filtering').toEqual([]);
  });

  it('opens the Bürgermeisterhof: sections in order, location, stage badge', async () => {
    await page.getByRole('link', { name: 'Bürgermeisterhof', exact: true }).click();
    await page.waitForURL(`${siteUrl}/orte/buergermeisterhof`);
    await expect.poll(() => h1(page)).toBe('Bürgermeisterhof');

    const sections = ['Das Objekt', 'Die Lage', 'Der Ort', 'Die Menschen', 'Leben und Arbeiten vor Ort'];
    const headings = (await page.locator('main h2').allInnerTexts()).map((text) => text.trim());
    expect(headings.filter((text) => sections.includes(text))).toEqual(sections);

    expect(await page.locator('main header .location').innerText()).toContain('Salzwedel');
    await expect.poll(() => page.locator('main header .badges').getByText('Im Aufbau', { exact: true }).isVisible()).toBe(true);
  });

  it(`follows a meeting ${journeyPlace.de.name} took part in`, async () => {
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/orte' && url.searchParams.get('region') === 'altmark');
    await page.getByRole('link', { name: journeyPlace.de.name, exact: true }).click();
    await page.waitForURL(`${siteUrl}/orte/${journeyPlace.slug}`);
    await expect.poll(() => h1(page)).toBe(journeyPlace.de.name);

    const meetingsBox = page.locator('main section', { has: page.getByRole('heading', { name: 'Netzwerktreffen' }) });
    const meetingLink = meetingsBox.getByRole('link', { name: journeyMeeting.de.title, exact: true });
    expect(await meetingLink.getAttribute('href')).toBe(`/treffen/${journeyMeeting.slug}`);
    const navigation = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith(`/treffen/${journeyMeeting.slug}`));
    await meetingLink.click();
    const response = await navigation;
    expect(response.status(), `GET ${response.url()}`).toBe(200);
    await page.waitForURL(`${siteUrl}/treffen/${journeyMeeting.slug}`);
    await expect.poll(() => h1(page)).toBe(journeyMeeting.de.title);
  });

  it('follows the meeting’s host partner', async () => {
    expect(new URL(page.url()).pathname, 'still on the meeting page').toBe(`/treffen/${journeyMeeting.slug}`);
    const hostLink = page.locator(`main a[href="/partner/${journeyHost.slug}"]`).first();
    await hostLink.click({ timeout: 5_000 });
    await page.waitForURL(`${siteUrl}/partner/${journeyHost.slug}`);
    await expect.poll(() => h1(page)).toBe(journeyHost.name);
  });

  it('raised no JavaScript errors and requested nothing off 127.0.0.1', () => {
    expect(opened.errors).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
  });
});
