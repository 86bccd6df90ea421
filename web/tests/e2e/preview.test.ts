import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { PLACE, adminApi, createPlace } from './support/cms-admin';
import { cspDirective } from './support/site';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');

describe('preview of drafts', () => {
  const admin = adminApi();
  let browser: Browser;
  let documentId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    documentId = await createPlace(admin, 'hof-in-der-vorschau', { name: 'Hof in der Vorschau' });
  });
  afterAll(async () => {
    await browser?.close();
    // The shared CMS stays as seeded, whichever file runs next.
    if (documentId) await admin(`/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, { method: 'DELETE' });
  });

  /** The URL the admin's preview pane opens, from the CMS's own preview endpoint. */
  const previewUrl = async (locale = 'de') =>
    (await admin(`/content-manager/preview/url/${PLACE}?documentId=${documentId}&locale=${locale}&status=draft`)).data.url as string;

  it('shows an unpublished draft only through the signed link, marked and never cached', async () => {
    expect((await fetch(`${siteUrl}/orte/hof-in-der-vorschau`)).status).toBe(404);

    const url = await previewUrl();
    expect(url.startsWith(`${siteUrl}/orte/hof-in-der-vorschau?preview=`)).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(cspDirective(response.headers, 'frame-ancestors')).toBe(`frame-ancestors 'self' ${new URL(cmsUrl).origin}`);
    const body = await response.text();
    expect(body).toContain('Hof in der Vorschau');
    expect(body).toContain('Vorschau');

    // The draft changes, and the preview shows the change at once.
    await admin(`/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, {
      method: 'PUT',
      body: JSON.stringify({ teaser: 'Jetzt mit neuem Text.' }),
    });
    expect(await (await fetch(url)).text()).toContain('Jetzt mit neuem Text.');
    expect((await fetch(`${siteUrl}/orte/hof-in-der-vorschau`)).status).toBe(404);

    // Ordinary pages may only be framed by the site itself.
    expect(cspDirective((await fetch(`${siteUrl}/orte`)).headers, 'frame-ancestors')).toBe("frame-ancestors 'self'");
  });

  it("opens a person's draft at /menschen/<slug> through the CMS's preview link, as a place's", async () => {
    const PERSON = 'api::person.person';
    const consent = { consentGivenOn: '2026-12-01', consentScope: 'Vorschau im Test', consentRecordedBy: 'e2e' };
    const { data: person } = await admin(`/content-manager/collection-types/${PERSON}?locale=de`, {
      method: 'POST',
      body: JSON.stringify({ name: 'Vera Vorschau', slug: 'vera-vorschau', role: 'Testerin', isSample: false, ...consent }),
    });
    try {
      expect((await fetch(`${siteUrl}/menschen/vera-vorschau`)).status).toBe(404);
      const { data } = await admin(`/content-manager/preview/url/${PERSON}?documentId=${person.documentId}&locale=de&status=draft`);
      expect(data.url.startsWith(`${siteUrl}/menschen/vera-vorschau?preview=`)).toBe(true);
      const response = await fetch(data.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(await response.text()).toContain('<h1>Vera Vorschau</h1>');
    } finally {
      await admin(`/content-manager/collection-types/${PERSON}/${person.documentId}?locale=de`, { method: 'DELETE' });
    }
  });

  it('refuses a forged, moved or expired link with 401', async () => {
    const url = new URL(await previewUrl());
    const token = url.searchParams.get('preview')!;
    const [payload, signature] = token.split('.');

    const forged = `${payload}.${signature.slice(0, -2)}xx`;
    expect((await fetch(`${siteUrl}/orte/hof-in-der-vorschau?preview=${forged}`)).status).toBe(401);
    expect((await fetch(`${siteUrl}/orte/buergermeisterhof?preview=${token}`)).status).toBe(401);
    const expired = Buffer.from(JSON.stringify({ path: '/orte/hof-in-der-vorschau', exp: 1 })).toString('base64url');
    const response = await fetch(`${siteUrl}/orte/hof-in-der-vorschau?preview=${expired}.${signature}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toContain('Vorschau-Link ist ungültig oder abgelaufen');
  });

  it('marks the page with a visible banner in the browser', async () => {
    const opened = await openPage(browser, await previewUrl());
    try {
      const banner = opened.page.getByRole('status').filter({ hasText: 'Vorschau' });
      await banner.waitFor();
      expect(await banner.innerText()).toContain('Besucherinnen und Besucher sehen ihn erst nach dem Veröffentlichen');
      expect(await opened.page.locator('h1').innerText()).toBe('Hof in der Vorschau');
    } finally {
      await opened.close();
    }
  });
});
