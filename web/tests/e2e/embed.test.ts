import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, offSiteRequests, openPage, seriousA11yViolations, settle } from './support/browser';
import { seed, type SeedPlace } from './support/site';

/** One copy button per example query that /daten shows (src/lib/api-examples/). */
const EXAMPLES = readdirSync(fileURLToPath(new URL('../../src/lib/api-examples/', import.meta.url))).filter((name) => name.endsWith('.graphql')).length;

const siteUrl = inject('siteUrl');
const altmark = seed<SeedPlace[]>('places').filter((p) => !p.isSample && p.region === 'altmark');

describe('the embeddable widget and /daten', () => {
  let browser: Browser;
  let partner: Server;
  let partnerUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    // A partner's page on another origin (another port), framing the widget as /daten tells them to.
    partner = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="de"><title>Partnerseite</title><h1>Unsere Region</h1>
        <iframe src="${siteUrl}/einbetten/orte?region=altmark&limit=5" title="Kreativorte in der Altmark" width="600" height="520"></iframe>`);
    });
    await new Promise<void>((resolve) => partner.listen(0, 'localhost', resolve));
    const address = partner.address();
    partnerUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await browser?.close();
    partner?.close();
  });

  it('shows our Altmark places inside a partner page on another origin, without scripts and without leaving localhost', async () => {
    const opened = await openPage(browser, partnerUrl);
    try {
      const frame = opened.page.frameLocator('iframe');
      await frame.getByRole('link', { name: altmark[0].de.name }).waitFor();
      const names = await frame.locator('li a').allInnerTexts();
      expect(names.sort()).toEqual(altmark.map((p) => p.de.name).sort());
      expect(await frame.locator('li a').first().getAttribute('href')).toBe(`${siteUrl}/orte/${altmark.map((p) => p.slug).sort()[0]}`);
      expect(await frame.locator('script').count()).toBe(0);
      await settle(opened.page);
      expect(offSiteRequests(opened.requests)).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('sends its own policy: any page may frame it, it may run no script, and bad parameters name themselves', async () => {
    const response = await fetch(`${siteUrl}/einbetten/orte?region=altmark&lang=en`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const body = await response.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain(`${siteUrl}/en/orte/`);

    const bad = await fetch(`${siteUrl}/einbetten/orte?limit=500`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('"limit"');
  });

  it('documents the API on /daten with copyable examples and a live preview of the widget, accessibly', async () => {
    const opened = await openPage(browser, `${siteUrl}/daten`);
    try {
      await settle(opened.page);
      expect(await opened.page.locator('h1').innerText()).toBe('Offene Daten und API');
      expect(await opened.page.getByRole('button', { name: 'Abfrage kopieren' }).count()).toBe(EXAMPLES);
      // The preview loads lazily, as partners' iframes should.
      await opened.page.locator('iframe[title^="Vorschau"]').scrollIntoViewIfNeeded();
      await opened.page.frameLocator('iframe[title^="Vorschau"]').locator('li').first().waitFor();
      const violations = await seriousA11yViolations(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(offSiteRequests(opened.requests)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
