import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, screenshot, seriousA11yViolations, settle } from './support/browser';

const siteUrl = inject('siteUrl');
const PHONE = { width: 390, height: 844 };

/** Each list page and its first entry, which must show on a phone's first screen. */
const listPages = [
  { name: 'orte', path: '/orte', first: '#orte-liste > li' },
  { name: 'orte-gefiltert', path: '/orte?region=altmark&phase=active', first: '#orte-liste > li' },
  { name: 'termine', path: '/termine', first: 'ol.entries > li' },
  { name: 'gesucht', path: '/gesucht', first: 'ol.entries > li' },
  { name: 'menschen', path: '/menschen', first: 'ul.people > li' },
  { name: 'beitraege', path: '/beitraege', first: 'ul.articles > li' },
  { name: 'orte-en', path: '/en/orte', first: '#orte-liste > li' },
];

const menu = (page: Page) => page.locator('header details');
const mainNav = (page: Page, name = 'Hauptnavigation') => page.getByRole('navigation', { name });
const isOpen = (page: Page) => menu(page).evaluate((details) => (details as HTMLDetailsElement).open);

describe.each([true, false])('a 390 px phone, JavaScript %s', (javaScript) => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(listPages)('$path: a compact header, and the first entry on the first screen', async ({ name, path, first }) => {
    const opened = await openPage(browser, `${siteUrl}${path}`, { javaScript, ...PHONE });
    try {
      const { page } = opened;
      expect(opened.response?.status()).toBe(200);
      const header = await page.locator('header').boundingBox();
      expect(header?.height, 'header height').toBeLessThanOrEqual(80);
      // The menu's links are inside the closed disclosure: out of sight and out of the tab order.
      expect(await mainNav(page, path.startsWith('/en') ? 'Main navigation' : undefined).isVisible()).toBe(false);
      const entry = await page.locator(first).first().boundingBox();
      expect(entry, `${first} exists`).not.toBeNull();
      expect(entry!.y, 'the first entry starts on the first screen').toBeLessThan(PHONE.height - 100);
      await screenshot(page, `phone-${name}-${javaScript ? 'js' : 'nojs'}`);
    } finally {
      await opened.close();
    }
  });

  it('the menu opens with a tap, is axe-clean open, and its links lead on', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte`, { javaScript, ...PHONE });
    try {
      const { page } = opened;
      await settle(page);
      const summary = menu(page).locator('summary');
      await summary.click();
      expect(await isOpen(page)).toBe(true);
      await expect.poll(() => mainNav(page).isVisible()).toBe(true);
      const links = await mainNav(page).getByRole('link').allInnerTexts();
      expect(links).toEqual(expect.arrayContaining(['Orte', 'Karte', 'Termine', 'Gesucht & Angeboten', 'Menschen', 'Ort vorschlagen']));
      expect(await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).isVisible()).toBe(true);
      // axe needs the page's timers, which a context without JavaScript never runs; the markup is the same.
      if (javaScript) {
        const violations = await seriousA11yViolations(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      }
      await screenshot(page, `phone-menu-${javaScript ? 'js' : 'nojs'}`);

      await mainNav(page).getByRole('link', { name: 'Termine' }).click();
      await page.waitForURL(`${siteUrl}/termine`);
      await expect.poll(() => page.locator('h1').innerText()).toBe('Termine');
      // Without JavaScript the new page comes closed from the server; with it, the navigation closes it.
      await expect.poll(() => isOpen(page)).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('the directory filters are one tap away and say how many are active', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte?region=altmark&phase=active`, { javaScript, ...PHONE });
    try {
      const { page } = opened;
      await settle(page);
      const filters = page.locator('main details');
      const region = page.getByLabel('Region', { exact: true });
      expect(await region.isVisible()).toBe(false);
      await expect.poll(() => filters.locator('summary').innerText()).toMatch(/Orte filtern\s*2 aktiv/);
      await filters.locator('summary').click();
      await expect.poll(() => region.isVisible()).toBe(true);
      expect(await region.inputValue()).toBe('altmark');
      await screenshot(page, `phone-filter-${javaScript ? 'js' : 'nojs'}`);
    } finally {
      await opened.close();
    }
  });
});

describe('the menu with JavaScript', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Escape closes it and gives the focus back to its button', async () => {
    const opened = await openPage(browser, `${siteUrl}/`, PHONE);
    try {
      const { page } = opened;
      await settle(page);
      await menu(page).locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => isOpen(page)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Hauptnavigation');
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    } finally {
      await opened.close();
    }
  });

  it('on a wide screen the navigation and the filters show without a tap', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte`, { width: 1280, height: 900 });
    try {
      const { page } = opened;
      expect(await menu(page).locator('summary').isVisible()).toBe(false);
      expect(await mainNav(page).getByRole('link', { name: 'Termine' }).isVisible()).toBe(true);
      expect(await page.locator('main details summary').isVisible()).toBe(false);
      expect(await page.getByLabel('Region', { exact: true }).isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
