import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logIn, violationsThatMatter } from './support/admin-browser';
import { launchBrowser } from './support/browser';
import { readDatabase } from './support/cms-database';
import { seed, type SeedPlace } from './support/site';
import { EDITORS } from './support/stack-env';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
const place = seed<SeedPlace[]>('places').find((p) => !p.isSample)!;

/** A reader's browser: chromium calls itself HeadlessChrome, which counts as a bot. */
const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

type Row = { day: string; kind: string; key: string; views: number };

/** Every row of every reach table, every column, as the CMS's SQLite file holds it. */
const reachTables = () => readDatabase(/^(?!.*reach)/);
const reachRows = (): Row[] => (reachTables().reach_counts ?? []).map((line) => JSON.parse(line));
const total = (rows: Row[], kind: string, key: string) => rows.filter((row) => row.kind === kind && row.key === key).reduce((sum, row) => sum + Number(row.views), 0);

/** Waits until the site's last counts have reached the table: two readings a flush apart agree. */
const settledRows = async () => {
  let last = JSON.stringify(reachRows());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const now = JSON.stringify(reachRows());
    if (now === last) return reachRows();
    last = now;
  }
};

const until = async (check: () => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('The counts did not arrive in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

describe('reach statistics without cookies', () => {
  let browser: Browser;
  let reader: BrowserContext;
  let partner: Server;
  let partnerOrigin = '';
  let before: Row[] = [];
  let after: Row[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    // A partner's page on another origin, framing the widget from a page deep in its site.
    partner = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="de"><title>Partner</title><iframe src="${siteUrl}/einbetten/orte?region=altmark&limit=3" title="Kreativorte"></iframe>`);
    });
    await new Promise<void>((resolve) => partner.listen(0, 'localhost', resolve));
    const address = partner.address();
    partnerOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    reader = await browser.newContext({ userAgent: READER, locale: 'de-DE' });

    before = await settledRows();

    // The scripted visit: the directory twice (once with a search), a profile by a click (the
    // client-side navigation) and once more by its address, its English page, the widget framed by
    // the partner, and a feed.
    const page = await reader.newPage();
    await page.goto(`${siteUrl}/orte`, { waitUntil: 'networkidle' });
    await page.goto(`${siteUrl}/orte?q=${encodeURIComponent(place.de.name.split(' ')[0])}&region=${place.region}`, { waitUntil: 'networkidle' });
    await page.locator(`a[href="/orte/${place.slug}"]`).first().click();
    await page.waitForURL(`${siteUrl}/orte/${place.slug}`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${siteUrl}/orte/${place.slug}?utm_source=newsletter`, { waitUntil: 'networkidle' });
    await page.goto(`${siteUrl}/en/orte/${place.slug}`, { waitUntil: 'networkidle' });
    await page.goto(`${partnerOrigin}/unsere-region/karte.html?nutzer=anna`, { waitUntil: 'networkidle' });
    await page.frameLocator('iframe').locator('li a').first().waitFor();
    expect((await fetch(`${siteUrl}/feed.xml?region=${place.region}`)).status).toBe(200);

    // Not counted: a bot, a missing page, a HEAD.
    expect((await fetch(`${siteUrl}/orte`, { headers: { 'user-agent': GOOGLEBOT } })).status).toBe(200);
    expect((await fetch(`${siteUrl}/orte/gibt-es-nicht`, { headers: { 'user-agent': READER } })).status).toBe(404);
    expect((await fetch(`${siteUrl}/orte`, { method: 'HEAD', headers: { 'user-agent': READER } })).status).toBe(200);

    await until(() => total(reachRows(), 'widget', partnerOrigin) >= 1 && total(reachRows(), 'page', `/en/orte/${place.slug}`) > total(before, 'page', `/en/orte/${place.slug}`));
    after = await settledRows();
  });
  afterAll(async () => {
    await reader?.close();
    await browser?.close();
    partner?.close();
  });

  const added = (kind: string, key: string) => total(after, kind, key) - total(before, kind, key);

  it('counts the scripted visit per path after a flush, and not the bot, the 404, the HEAD or the query apart', () => {
    expect(added('page', '/orte')).toBe(2);
    expect(added('page', `/orte/${place.slug}`)).toBe(2);
    expect(added('page', `/en/orte/${place.slug}`)).toBe(1);
    expect(added('widget', partnerOrigin)).toBe(1);
    expect(added('feed', '/feed.xml')).toBe(1);
    expect(added('page', '/orte/gibt-es-nicht')).toBe(0);
    const keys = after.map((row) => row.key);
    expect(keys.filter((key) => key.includes('?') || key.includes('__data.json'))).toEqual([]);
  });

  it('stores nothing personal: no address, user agent, cookie, query string or full referrer in any column of any reach table', async () => {
    const cookies = (await reader.cookies()).map((cookie) => cookie.value).filter(Boolean);
    expect(cookies).toEqual([]);
    const tables = reachTables();
    expect(Object.keys(tables)).toContain('reach_counts');
    const values = Object.values(tables)
      .flat()
      .flatMap((line) => Object.values(JSON.parse(line) as Record<string, unknown>))
      .filter((value) => value !== null)
      .map(String);
    expect(values.length).toBeGreaterThan(0);
    const personal = values.filter(
      (value) =>
        // IPv4 and IPv6 addresses, the loopback ones the test came from included
        /\b\d{1,3}(\.\d{1,3}){3}\b/.test(value) ||
        /(^|[^:])::(1|ffff:)|\b([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b/i.test(value) ||
        // user agents
        /Mozilla|Chrome|Googlebot|Safari|Gecko|undici|node/i.test(value) ||
        // query strings and cookies (name=value), and the partner's page beyond its origin
        /[?=;]/.test(value) ||
        value.includes('nutzer') ||
        value.includes('/unsere-region') ||
        (/^https?:\/\//.test(value) && new URL(value).origin !== value),
    );
    expect(personal).toEqual([]);
  });

  it('shows the Redaktion the figures on the admin page “Reichweite”, and the place its views on its edit page', async () => {
    const violations: string[] = [];
    const { context, page } = await logIn(browser, cmsUrl, EDITORS.redaktion, { violations });
    const table = (caption: string) => page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
    try {
      await page.locator('a[href$="/admin/reichweite"]').first().waitFor();
      await page.goto(`${cmsUrl}/admin/reichweite`);
      await page.getByRole('heading', { name: 'Reichweite', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Letzte 7 Tage' }).click();
      await page.waitForURL(/tage=7/);
      await table('Meistgelesene Orte').getByRole('link', { name: place.de.name }).waitFor();
      expect(await table('Widget auf anderen Websites').innerText()).toContain(partnerOrigin);
      expect(await table('Feed-Abrufe').innerText()).toContain('/feed.xml');
      expect(await table('Meistgelesene Seiten').innerText()).toContain(`/orte/${place.slug}`);
      await page.getByRole('button', { name: `Verlauf von ${place.de.name}` }).click();
      await page.locator('caption', { hasText: `Aufrufe von „${place.de.name}“ pro Tag` }).waitFor();
      expect(violationsThatMatter(violations)).toEqual([]);

      // The place's own edit page: its panel counts German and English profile views.
      await table('Meistgelesene Orte').getByRole('link', { name: place.de.name }).click();
      const panel = page.getByText(/\d+ Aufrufe des Profils in den letzten 30 Tagen/);
      await panel.waitFor();
      const shown = Number(/(\d+) Aufrufe/.exec(await panel.innerText())?.[1]);
      expect(shown).toBeGreaterThanOrEqual(3);
      expect(shown).toBe(total(after, 'page', `/orte/${place.slug}`) + total(after, 'page', `/en/orte/${place.slug}`));
    } finally {
      await context.close();
    }
  });
});
