import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, offSiteRequests, openPage, seriousA11yViolations } from './support/browser';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');

/** landhandel-seehausen's seeking whose last day was 2025-06-30 (cms/data/seed/notices.json). */
const LAPSED = 'Crowdfunding';

type Notice = { documentId: string; direction: string; text: string; expiresOn: string | null };

const noticesOf = async (slug: string, locale: string): Promise<Notice[]> => {
  const query = `query ($slug: String!, $locale: I18NLocaleCode) { notices(filters: { place: { slug: { eq: $slug } } }, locale: $locale) { documentId direction text expiresOn } }`;
  const response = await fetch(`${cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { slug, locale } }) });
  const body: { data: { notices: Notice[] } } = await response.json();
  return body.data.notices;
};

describe("a place's profile lists what it seeks and offers", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [locale, prefix, heading] of [
    ['de', '', 'Gesucht'],
    ['en', '/en', 'Looking for'],
  ] as const) {
    it(`in ${locale}: each current notice under its documentId, the lapsed one nowhere, axe-clean and without JavaScript`, async () => {
      const notices = await noticesOf('landhandel-seehausen', locale);
      expect(notices.map(({ direction }) => direction).sort()).toEqual(['offer', 'seeking']);
      expect(JSON.stringify(notices)).not.toContain(LAPSED);

      const { page } = await openPage(browser, `${siteUrl}${prefix}/orte/landhandel-seehausen`, { javaScript: false });
      const seeking = page.locator('section.seeking');
      expect(await seeking.locator('h2').innerText()).toBe(heading);
      for (const notice of notices) expect(await page.locator(`li[id="${notice.documentId}"]`).innerText()).toContain(notice.text);
      expect(await seeking.locator('li').count()).toBe(1);
      expect(await page.locator('main').innerText()).not.toContain(LAPSED);
      const violations = await seriousA11yViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(offSiteRequests()).toEqual([]);
    });
  }
});
