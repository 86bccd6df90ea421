import type { Browser, Page } from 'playwright-core';
import { openPage, settle } from './browser';
import { seed } from './site';

/** PROPOSAL_MIN_FILL_MS of the test site (support/global-setup.ts). */
export const MIN_FILL_MS = 3_000;

export const themeSlugs = seed<{ slug: string }[]>('themes').map((theme) => theme.slug);

export type TypedProposal = {
  name: string;
  town: string;
  district: string;
  stage: string;
  themes: string[];
  description: string;
  website: string;
  contactName: string;
  contactEmail: string;
  consent: boolean;
};

/** A complete proposal that the site and the CMS accept. */
export const validProposal = (name: string): TypedProposal => ({
  name,
  town: 'Kläden',
  district: 'Stendal',
  stage: 'under_development',
  themes: [themeSlugs[0], themeSlugs[2]].sort(),
  description: 'Eine alte Dorfschule wird zu Ateliers und Wohnungen.\nIm Garten spielen Kinder < 6 Jahre.',
  website: 'alte-schule-klaeden.de',
  contactName: 'Jana Beispiel',
  contactEmail: 'jana@example.org',
  consent: true,
});

let lastAddress = 0;

/**
 * Opens the proposal form as a new visitor. The test site takes the client address from
 * X-Forwarded-For, so each visitor gets its own rate limit.
 */
export const openProposalForm = async (browser: Browser, url: string, { javaScript = true } = {}) => {
  const opened = await openPage(browser, url, { javaScript });
  const address = `198.51.100.${++lastAddress}`;
  await opened.context.setExtraHTTPHeaders({ 'x-forwarded-for': address });
  if (javaScript) await settle(opened.page);
  return { ...opened, address, openedAt: Date.now() };
};

/** Waits until the form has been open longer than the minimum fill time. */
export const waitForFillTime = async (openedAt: number) => {
  const left = openedAt + MIN_FILL_MS + 300 - Date.now();
  if (left > 0) await new Promise((done) => setTimeout(done, left));
};

/** Types a proposal the way a visitor does, field by field. */
export const fillProposal = async (page: Page, proposal: TypedProposal) => {
  await page.fill('#proposal-name', proposal.name);
  await page.fill('#proposal-town', proposal.town);
  await page.fill('#proposal-district', proposal.district);
  if (proposal.stage) await page.check(`#proposal-stage-${proposal.stage}`);
  for (const slug of proposal.themes) await page.check(`#proposal-themes-${slug}`);
  await page.fill('#proposal-description', proposal.description);
  await page.fill('#proposal-website', proposal.website);
  await page.fill('#proposal-contactName', proposal.contactName);
  await page.fill('#proposal-contactEmail', proposal.contactEmail);
  if (proposal.consent) await page.check('#proposal-consent');
};

/** What the form shows now, in the same shape (themes sorted by slug). */
export const shownProposal = (page: Page): Promise<TypedProposal> =>
  page.evaluate(() => {
    const value = (id: string) => (document.getElementById(`proposal-${id}`) as HTMLInputElement | HTMLTextAreaElement).value;
    const checked = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
    return {
      name: value('name'),
      town: value('town'),
      district: value('district'),
      stage: checked('stage')[0] ?? '',
      themes: checked('themes').sort(),
      description: value('description'),
      website: value('website'),
      contactName: value('contactName'),
      contactEmail: value('contactEmail'),
      consent: (document.getElementById('proposal-consent') as HTMLInputElement).checked,
    };
  });

/** The visible text of the error summary, or null when there is none. */
export const errorSummary = async (page: Page) => {
  const summary = page.locator('[aria-labelledby="proposal-summary-title"]');
  return (await summary.count()) ? (await summary.innerText()).replace(/\s+/g, ' ').trim() : null;
};

/** True when the error summary has the keyboard focus. */
export const summaryHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby') === 'proposal-summary-title');
