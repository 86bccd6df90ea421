// The guide "Welcher Ort passt zu mir?" (issue 19) on the built site: walked without JavaScript
// and with it, in German and English, one question a page, each step axe-clean, ending on the
// directory's own filter URL with the places the seed says, each card saying why it matches.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, navigate, offSiteRequests, openPage, seriousA11yViolations, settle } from './support/browser';
import { seed, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');

const HUB_FIELDS = {
  berlin: 'minutesFromBerlin',
  hamburg: 'minutesFromHamburg',
  hannover: 'minutesFromHannover',
  magdeburg: 'minutesFromMagdeburg',
  leipzig: 'minutesFromLeipzig',
} as const;
type Hub = keyof typeof HUB_FIELDS;
type Place = SeedPlace & { en?: { name: string } } & Partial<Record<(typeof HUB_FIELDS)[Hub], number>>;
const places = seed<Place[]>('places');
const regions = seed<{ slug: string; parent: string | null }[]>('regions');
const themes = seed<{ slug: string; de: { name: string }; en: { name: string } }[]>('themes');

const minutesFrom = (place: Place, hub: Hub) => place[HUB_FIELDS[hub]];

type Filters = { theme?: string; stage?: string; from?: Hub; minutes?: number; region?: string };

/** The seed's places the directory lists for the filters, in its order: by time from the hub, else by name. */
const expected = (filters: Filters, locale: 'de' | 'en') => {
  const { theme, stage, from, minutes, region } = filters;
  const name = (place: Place) => (locale === 'en' ? (place.en?.name ?? place.de.name) : place.de.name);
  const found = places.filter(
    (place) =>
      (!theme || place.themes.includes(theme)) &&
      (!stage || place.stage === stage) &&
      (!region || place.region === region || regions.find((r) => r.slug === place.region)?.parent === region) &&
      (!from || (minutesFrom(place, from) !== undefined && (!minutes || minutesFrom(place, from)! <= minutes))),
  );
  const byName = (a: Place, b: Place) => name(a).localeCompare(name(b), 'de');
  found.sort(from ? (a, b) => minutesFrom(a, from)! - minutesFrom(b, from)! || byName(a, b) : byName);
  return found.map(name);
};

const count = { de: (n: number) => (n === 1 ? '1 Ort passt bisher' : `${n} Orte passen bisher`), en: (n: number) => (n === 1 ? '1 place matches so far' : `${n} places match so far`) };

const cardNames = async (page: Page) => (await page.locator('main article h2').allInnerTexts()).map((name) => name.trim());
const status = async (page: Page) => (await page.locator('form [role="status"]').innerText()).trim();

const expectAxeClean = async (page: Page, step: string) => {
  const violations = await seriousA11yViolations(page);
  expect(violations, `${step}:\n${formatViolations(violations)}`).toEqual([]);
};

/** axe needs the page's timers, which a context without JavaScript never runs: the same pages are checked with it. */
const expectAxeCleanAt = async (urls: string[]) => {
  const opened = await openPage(browser, urls[0]);
  try {
    for (const url of urls) {
      expect((await opened.page.goto(url))?.status(), url).toBe(200);
      await expectAxeClean(opened.page, url);
    }
    requests.push(...opened.requests);
  } finally {
    await opened.close();
  }
};

/** A step's question and progress as the page shows them. */
const question = async (page: Page) => ({
  heading: (await page.locator('main legend h2').innerText()).trim(),
  progress: (await page.locator('main .progress p').innerText()).trim(),
});

const requests: string[] = [];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the guide without JavaScript', () => {
  it('walks five questions as GET forms and ends on the directory’s filter URL, each card saying why', async () => {
    const opened = await openPage(browser, `${siteUrl}/welcher-ort`, { javaScript: false });
    const { page } = opened;
    try {
      expect(opened.response?.status()).toBe(200);
      expect(await question(page)).toEqual({ heading: 'Was haben Sie vor?', progress: 'Frage 1 von 5' });
      expect(await status(page)).toBe(count.de(places.length));
      // Each intent names the theme it looks for, read from the CMS.
      const wohnen = themes.find((t) => t.slug === 'wohnen-bauen')!.de.name;
      expect(await page.locator('main').innerText()).toContain(`Orte zum Thema „${wohnen}“`);
      const visited = [page.url()];

      const steps: { label: string; url: string; heading: string; filters: Filters }[] = [
        { label: 'Auf dem Land wohnen', url: '/welcher-ort?absicht=wohnen&schritt=2', heading: 'Wie weit soll der Ort schon sein?', filters: { theme: 'wohnen-bauen' } },
        { label: 'Egal', url: '/welcher-ort?absicht=wohnen&phase=&schritt=3', heading: 'Von wo reisen Sie mit Bahn und Bus an?', filters: { theme: 'wohnen-bauen' } },
        {
          label: 'Berlin',
          url: '/welcher-ort?absicht=wohnen&von=berlin&schritt=4',
          heading: 'Wie lange darf die Fahrt ab Berlin höchstens dauern?',
          filters: { theme: 'wohnen-bauen', from: 'berlin' },
        },
        {
          label: 'Höchstens 2 Std.',
          url: '/welcher-ort?absicht=wohnen&von=berlin&minuten=120&schritt=5',
          heading: 'In welcher Region?',
          filters: { theme: 'wohnen-bauen', from: 'berlin', minutes: 120 },
        },
      ];
      for (const [index, step] of steps.entries()) {
        await page.getByLabel(step.label, { exact: true }).check();
        const response = await navigate(page, () => page.getByRole('button', { name: 'Weiter' }).click());
        expect(response.status(), step.label).toBe(200);
        expect(page.url().slice(siteUrl.length)).toBe(step.url);
        expect(await question(page)).toEqual({ heading: step.heading, progress: `Frage ${index + 2} von 5` });
        // The count is in the HTML the server sent.
        expect(await status(page)).toBe(count.de(expected(step.filters, 'de').length));
        visited.push(page.url());
      }

      // Back keeps every answer given, and the question shows the answer chosen.
      await navigate(page, () => page.getByRole('link', { name: 'Zurück' }).click());
      expect(page.url().slice(siteUrl.length)).toBe('/welcher-ort?absicht=wohnen&von=berlin&minuten=120&schritt=4');
      expect(await page.getByLabel('Höchstens 2 Std.', { exact: true }).isChecked()).toBe(true);
      await navigate(page, () => page.getByRole('button', { name: 'Weiter' }).click());

      await page.getByLabel('In allen Regionen').check();
      // The 303 leads to the directory's own, shareable filter URL.
      const result = '/orte?thema=wohnen-bauen&von=berlin&minuten=120';
      const response = await navigate(page, () => page.getByRole('button', { name: 'Passende Orte zeigen' }).click());
      expect([response.status(), response.headers().location]).toEqual([303, result]);
      await page.waitForURL(`${siteUrl}${result}`);
      const names = expected({ theme: 'wohnen-bauen', from: 'berlin', minutes: 120 }, 'de');
      expect(names.length, 'the seed has places for these answers').toBeGreaterThan(1);
      expect(names.length).toBeLessThan(places.filter((p) => p.themes.includes('wohnen-bauen')).length);
      expect(await cardNames(page)).toEqual(names);
      const whys = await page.locator('main article .why').allInnerTexts();
      expect(whys).toHaveLength(names.length);
      for (const [index, why] of whys.entries()) {
        expect(why).toMatch(new RegExp(`^Passt, weil: Thema ${wohnen} · ab Berlin ca\\. (\\d+ Min\\.|\\d Std\\.( \\d+ Min\\.)?) \\((Bahnhof zu Bahnhof|Tür zu Tür)\\)$`));
        expect(why, names[index]).not.toContain('undefined');
      }
      // Nothing about the visitor is kept in the browser either.
      expect(await opened.context.cookies()).toEqual([]);
      requests.push(...opened.requests);
      await expectAxeCleanAt([...visited, page.url()]);
    } finally {
      await opened.close();
    }
  });

  it('skips how far when the journey does not matter, and 400s an answer it does not offer', async () => {
    const skipped = await fetch(`${siteUrl}/welcher-ort?absicht=besuchen&phase=active&von=&schritt=4`, { redirect: 'manual' });
    expect(skipped.status).toBe(303);
    expect(skipped.headers.get('location')).toBe('/welcher-ort?absicht=besuchen&phase=active&schritt=5');
    for (const [query, param] of [
      ['absicht=urlaub', 'absicht'],
      ['von=muenchen&schritt=4', 'von'],
      ['von=berlin&minuten=75&schritt=5', 'minuten'],
      ['region=atlantis&schritt=6', 'region'],
      ['schritt=9', 'schritt'],
    ]) {
      const response = await fetch(`${siteUrl}/welcher-ort?${query}`, { redirect: 'manual' });
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toContain(`Ungültiger Wert für „${param}“.`);
    }
  });
});

describe('the guide with JavaScript', () => {
  it('navigates without reloading, moves the focus to each new question and previews the count of an answer', async () => {
    const opened = await openPage(browser, `${siteUrl}/welcher-ort`);
    const { page } = opened;
    try {
      await settle(page);
      // A full page load would lose this mark.
      await page.evaluate(() => Object.assign(window, { guideMark: true }));
      const walk: { label: string; heading: string; filters: Filters }[] = [
        { label: 'Auf dem Land arbeiten', heading: 'Wie weit soll der Ort schon sein?', filters: { theme: 'arbeiten-wirtschaft' } },
        { label: 'Im Aufbau: mit anpacken', heading: 'Von wo reisen Sie mit Bahn und Bus an?', filters: { theme: 'arbeiten-wirtschaft', stage: 'under_development' } },
        {
          label: 'Leipzig',
          heading: 'Wie lange darf die Fahrt ab Leipzig höchstens dauern?',
          filters: { theme: 'arbeiten-wirtschaft', stage: 'under_development', from: 'leipzig' },
        },
        { label: 'Höchstens 2 Std.', heading: 'In welcher Region?', filters: { theme: 'arbeiten-wirtschaft', stage: 'under_development', from: 'leipzig', minutes: 120 } },
      ];
      for (const [index, step] of walk.entries()) {
        // Choosing an answer says at once how many places it leaves, before it is sent.
        await page.getByLabel(step.label, { exact: true }).check();
        const preview = expected(step.filters, 'de').length;
        await expect.poll(() => status(page)).toBe(preview === 1 ? 'Mit dieser Antwort passt 1 Ort' : `Mit dieser Antwort passen ${preview} Orte`);
        // By keyboard: from the chosen answer Tab reaches the button.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(step.heading);
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
        expect((await question(page)).progress).toBe(`Frage ${index + 2} von 5`);
        expect(await status(page)).toBe(count.de(preview));
        await expectAxeClean(page, `${step.heading} (JavaScript)`);
      }
      expect(await page.evaluate(() => 'guideMark' in window)).toBe(true);

      await page.getByLabel('Sachsen-Anhalt', { exact: true }).check();
      await page.getByRole('button', { name: 'Passende Orte zeigen' }).click();
      await page.waitForURL(/\/orte\?/);
      expect(page.url().slice(siteUrl.length)).toBe('/orte?region=sachsen-anhalt&thema=arbeiten-wirtschaft&phase=under_development&von=leipzig&minuten=120');
      const names = expected({ theme: 'arbeiten-wirtschaft', stage: 'under_development', from: 'leipzig', minutes: 120, region: 'sachsen-anhalt' }, 'de');
      expect(names.length, 'the seed has places for these answers').toBeGreaterThan(0);
      await expect.poll(() => cardNames(page)).toEqual(names);
      for (const why of await page.locator('main article .why').allInnerTexts()) {
        expect(why).toMatch(/^Passt, weil: Region (Altmark|Sachsen-Anhalt) · Thema Arbeiten & Wirtschaft · im Aufbau · ab Leipzig ca\. /);
      }
      expect(await page.evaluate(() => 'guideMark' in window)).toBe(true);
      await expectAxeClean(page, 'Ergebnis (JavaScript)');
      expect(opened.errors).toEqual([]);
      expect(await opened.context.cookies()).toEqual([]);
      requests.push(...opened.requests);
    } finally {
      await opened.close();
    }
  });
});

describe('the guide in English', () => {
  it.each([{ javaScript: false }, { javaScript: true }])('walks /en/welcher-ort to /en/orte (JavaScript: $javaScript)', async ({ javaScript }) => {
    const opened = await openPage(browser, `${siteUrl}/en/welcher-ort`, { javaScript });
    const { page } = opened;
    try {
      if (javaScript) await settle(page);
      expect(await question(page)).toEqual({ heading: 'What would you like to do?', progress: 'Question 1 of 5' });
      const visited: string[] = [];
      const checkAxe = async (step: string) => (javaScript ? expectAxeClean(page, step) : visited.push(page.url()));
      await checkAxe('question 1 (English)');
      const next = async (label: string, button = 'Next') => {
        await page.getByLabel(label, { exact: true }).check();
        const heading = (await question(page)).heading;
        if (javaScript) {
          await page.getByRole('button', { name: button }).click();
          await expect.poll(async () => (await question(page).catch(() => ({ heading }))).heading).not.toBe(heading);
        } else await navigate(page, () => page.getByRole('button', { name: button }).click());
      };
      await next('Visit and experience places');
      await next('Up and running: use what is already there');
      expect(await status(page)).toBe(count.en(expected({ theme: 'leben-tourismus', stage: 'active' }, 'en').length));
      // No city: how far is not asked, the region is question 5.
      await next('No preference, the journey does not matter');
      expect(await question(page)).toEqual({ heading: 'In which region?', progress: 'Question 5 of 5' });
      await checkAxe('question 5 (English)');
      await page.getByLabel('Brandenburg', { exact: true }).check();
      if (javaScript) {
        await page.getByRole('button', { name: 'Show matching places' }).click();
        await page.waitForURL(/\/en\/orte\?/);
      } else await navigate(page, () => page.getByRole('button', { name: 'Show matching places' }).click());
      expect(page.url().slice(siteUrl.length)).toBe('/en/orte?region=brandenburg&thema=leben-tourismus&phase=active');
      const names = expected({ theme: 'leben-tourismus', stage: 'active', region: 'brandenburg' }, 'en');
      expect(names.length).toBeGreaterThan(0);
      await expect.poll(() => cardNames(page)).toEqual(names);
      const lifeAndTourism = themes.find((t) => t.slug === 'leben-tourismus')!.en.name;
      for (const why of await page.locator('main article .why').allInnerTexts()) {
        expect(why).toBe(`Matches because: region Brandenburg · theme ${lifeAndTourism} · up and running`);
      }
      await checkAxe('result (English)');
      expect(opened.errors).toEqual([]);
      requests.push(...opened.requests);
      if (visited.length) await expectAxeCleanAt(visited);
    } finally {
      await opened.close();
    }
  });
});

describe('the guide’s traces', () => {
  it('requested nothing from another origin', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(offSiteRequests(requests)).toEqual([]);
  });
});
