import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  allRequests,
  formatViolations,
  launchBrowser,
  offSiteRequests,
  openPage,
  screenshot,
  seriousA11yViolations,
  settle,
  tabStopsWithoutVisibleFocus,
  type OpenedPage,
} from './support/browser';
import { seed, seedNoticeId } from './support/site';

const siteUrl = inject('siteUrl');

const article = seed<{ slug: string; isSample: boolean }[]>('articles').find((a) => !a.isSample)!;
const notice = await seedNoticeId(inject('cmsUrl'), 'buergermeisterhof');

/** One page of every type, with the name its screenshots get. */
const pageTypes = [
  { name: 'home', path: '/', status: 200 },
  { name: 'orte', path: '/orte', status: 200 },
  { name: 'ort', path: '/orte/buergermeisterhof', status: 200 },
  { name: 'region', path: '/regionen/altmark', status: 200 },
  { name: 'treffen', path: '/treffen', status: 200 },
  { name: 'treffen-detail', path: '/treffen/netzwerktreffen-stendal', status: 200 },
  { name: 'termine', path: '/termine', status: 200 },
  { name: 'termine-gefiltert', path: '/termine?region=altmark&monat=2027-06&art=open_day', status: 200 },
  { name: 'termine-archiv', path: '/termine/archiv', status: 200 },
  { name: 'termine-en', path: '/en/termine', status: 200 },
  { name: 'termin', path: '/termine/werkstattwochenende-werkhalle-kloetze', status: 200 },
  { name: 'termin-en', path: '/en/termine/probewohnen-vierseithof-bismark', status: 200 },
  { name: 'ort-mit-terminen', path: '/orte/alte-molkerei-kalbe', status: 200 },
  { name: 'gesucht', path: '/gesucht', status: 200 },
  { name: 'gesucht-gefiltert', path: '/gesucht?art=angeboten&region=altmark', status: 200 },
  { name: 'gesucht-en', path: '/en/gesucht', status: 200 },
  { name: 'menschen', path: '/menschen', status: 200 },
  { name: 'menschen-en', path: '/en/menschen', status: 200 },
  { name: 'neu', path: '/neu', status: 200 },
  { name: 'orte-gefiltert', path: '/orte?region=altmark&thema=wohnen-bauen', status: 200 },
  { name: 'mensch', path: '/menschen/beispiel-jonas-albrecht', status: 200 },
  { name: 'partner', path: '/partner', status: 200 },
  { name: 'partner-detail', path: '/partner/daily-am-dom', status: 200 },
  { name: 'beitraege', path: '/beitraege', status: 200 },
  { name: 'beitrag', path: `/beitraege/${article.slug}`, status: 200 },
  { name: 'ueber', path: '/ueber', status: 200 },
  { name: 'impressum', path: '/impressum', status: 200 },
  { name: 'datenschutz', path: '/datenschutz', status: 200 },
  { name: 'barrierefreiheit', path: '/barrierefreiheit', status: 200 },
  { name: 'mitmachen', path: '/mitmachen', status: 200 },
  { name: 'anzeige', path: `/gesucht/${notice}`, status: 200 },
  { name: 'anzeige-en', path: `/en/gesucht/${notice}`, status: 200 },
  { name: 'mitmachen-en', path: '/en/mitmachen', status: 200 },
  { name: '404', path: '/orte/gibt-es-nicht', status: 404 },
];

const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The focus indicator of the focused element: an outline or a box shadow that is really drawn. */
const focusIndicator = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().slice(0, 60),
      href: element.getAttribute('href'),
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : null,
      shadow: style.boxShadow !== 'none' ? style.boxShadow : null,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    };
  });

/** What sticks out of the viewport on the right (innermost elements and text runs), if the page scrolls sideways. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const describe = (element: Element | null) =>
      element ? `<${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className ? ` class="${element.className}"` : ''}>` : '?';
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 1;
    const found = [...document.querySelectorAll('body *')]
      .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
      .map((element) => `${describe(element)} right edge at ${Math.round(element.getBoundingClientRect().right)} px`);
    // Long words overflow their box without making the box wider.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = Math.max(0, ...[...range.getClientRects()].map((box) => box.right));
      if (right > width + 1) found.push(`text "${(node.textContent ?? '').trim().slice(0, 60)}" in ${describe(node.parentElement)} ends at ${Math.round(right)} px`);
    }
    return found.length ? found.slice(0, 8) : [`the page is ${scrollWidth} px wide`];
  });

describe('accessibility of every page type', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, 'about:blank', DESKTOP);
    page = opened.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(pageTypes)('$path ($name): no serious or critical axe violations at 1280 and 390 px, no sideways scrolling at 390 px', async ({ name, path, status }) => {
    await page.setViewportSize(DESKTOP);
    const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    expect(response?.status(), `GET ${path}`).toBe(status);
    await settle(page);
    expect(await page.locator('h1').count(), 'exactly one h1').toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');

    const desktop = await seriousA11yViolations(page);
    await screenshot(page, name);

    await page.setViewportSize(MOBILE);
    await page.waitForTimeout(100);
    const mobile = await seriousA11yViolations(page);
    const overflow = await horizontalOverflow(page);
    await screenshot(page, name);

    expect(desktop, `at 1280 px:\n${formatViolations(desktop)}`).toEqual([]);
    expect(mobile, `at 390 px:\n${formatViolations(mobile)}`).toEqual([]);
    // WCAG 1.4.10 (reflow): at 390 px nothing may need horizontal scrolling.
    expect(overflow, 'what sticks out of the 390 px viewport').toEqual([]);
  });

  it.each(['/', '/orte/buergermeisterhof'])('%s: the skip link is the first focusable element, visibly focused, and it works', async (path) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await settle(page);

    await page.keyboard.press('Tab');
    const skip = await focusIndicator(page);
    expect(skip?.tag).toBe('a');
    expect(skip?.text).toBe('Zum Inhalt springen');
    expect(skip?.focusVisible).toBe(true);
    expect(skip?.outline ?? skip?.shadow, 'a focus outline or shadow').toBeTruthy();
    expect(skip?.onScreen, 'the focused skip link is on screen').toBe(true);

    const target = skip?.href?.replace(/^#/, '') ?? '';
    expect(await page.locator(`[id="${target}"]`).evaluate((element) => element.tagName.toLowerCase())).toBe('main');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), 'the next Tab lands inside main').toBe(true);
  });

  it('focus is visible on each of the first 15 tab stops of the home page', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
    await settle(page);
    const invisible = await tabStopsWithoutVisibleFocus(page, 15);
    expect(invisible, 'tab stops that look the same focused and unfocused').toEqual([]);
  });

  it('every request of this file stayed on 127.0.0.1/localhost', () => {
    expect(allRequests.length).toBeGreaterThan(pageTypes.length);
    expect(offSiteRequests()).toEqual([]);
  });
});
