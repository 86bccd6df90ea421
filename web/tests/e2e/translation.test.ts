// A place published here without a translation: on a stack of its own, so that the shared one stays as seeded.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, settle } from './support/browser';
import { adminApi, createPlace, type AdminApi } from './support/cms-admin';
import { startOwnStack } from './support/own-stack';
import { seed, type SeedPlace } from './support/site';

let stack: Awaited<ReturnType<typeof startOwnStack>> | undefined;
let siteUrl = '';
let admin: AdminApi;
const place = seed<(SeedPlace & { en: { name: string; teaser: string } })[]>('places').find((p) => p.slug === 'buergermeisterhof')!;

const html = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`);
  return { status: response.status, body: await response.text() };
};
/** The page's links of one rel, without feeds (which are alternates too, but of no language). */
const links = (body: string, rel: string) =>
  [...body.matchAll(new RegExp(`<link[^>]*rel="${rel}"[^>]*>`, 'g'))].filter(([tag]) => !tag.includes('type=')).map(([tag]) => ({
    hreflang: /hreflang="([^"]+)"/.exec(tag)?.[1],
    href: /href="([^"]+)"/.exec(tag)?.[1],
  }));

describe('English', () => {
  let browser: Browser;
  beforeAll(async () => {
    stack = await startOwnStack();
    siteUrl = stack.siteUrl;
    admin = adminApi(stack);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('serves translated content and interface under /en, linked to the German page by hreflang', async () => {
    const { status, body } = await html(`/en/orte/${place.slug}`);
    expect(status).toBe(200);
    expect(body).toContain('<html lang="en">');
    expect(body).toContain(place.en.teaser);
    expect(body).toContain('At a glance');
    expect(body).not.toContain('not been translated');
    expect(links(body, 'alternate')).toEqual([
      { hreflang: 'de', href: `${siteUrl}/orte/${place.slug}` },
      { hreflang: 'en', href: `${siteUrl}/en/orte/${place.slug}` },
      { hreflang: 'x-default', href: `${siteUrl}/orte/${place.slug}` },
    ]);
    expect(links(body, 'canonical')[0].href).toBe(`${siteUrl}/en/orte/${place.slug}`);

    const german = await html(`/orte/${place.slug}`);
    expect(german.body).toContain('<html lang="de">');
    expect(german.body).toContain('Auf einen Blick');
    expect(links(german.body, 'canonical')[0].href).toBe(`${siteUrl}/orte/${place.slug}`);
  });

  it('falls back to German where a page has no translation, says so, and points the canonical URL at the German page', async () => {
    await createPlace(admin, 'nur-auf-deutsch', { publish: true, name: 'Nur auf Deutsch' });
    const { status, body } = await html('/en/orte/nur-auf-deutsch');
    expect(status).toBe(200);
    expect(body).toContain('Nur auf Deutsch: ein Ort, der gerade entsteht.');
    expect(body).toContain('This page has not been translated into English yet.');
    expect(body).toContain('At a glance');
    expect(links(body, 'canonical')[0].href).toBe(`${siteUrl}/orte/nur-auf-deutsch`);
  });

  it('keeps the visitor on the same page when switching the language', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte/${place.slug}`);
    try {
      await settle(opened.page);
      await opened.page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
      await opened.page.waitForURL(`${siteUrl}/en/orte/${place.slug}`);
      expect(await opened.page.getAttribute('html', 'lang')).toBe('en');
      expect(await opened.page.locator('h1').innerText()).toBe(place.en.name);
      await opened.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Places' }).click();
      await opened.page.waitForURL(`${siteUrl}/en/orte`);
      expect(await opened.page.locator('h1').innerText()).toBe('Find creative places');

      await opened.page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
      await opened.page.waitForURL(`${siteUrl}/orte`);
      expect(await opened.page.getAttribute('html', 'lang')).toBe('de');
    } finally {
      await opened.close();
    }
  });

  it('answers an unknown English page with an English 404', async () => {
    const { status, body } = await html('/en/orte/gibt-es-nicht');
    expect(status).toBe(404);
    expect(body).toContain('This page does not exist');
    expect(body).toContain('We could not find this place.');
  });
});
