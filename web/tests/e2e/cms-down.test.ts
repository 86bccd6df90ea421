// The CMS stopped for good, on a stack of this file's own.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAnswers } from '../../../scripts/lib/cms-server.mjs';
import { stop } from '../../../scripts/lib/processes.mjs';
import { launchBrowser } from './support/browser';
import { startOwnStack } from './support/own-stack';
import { errorSummary, fillProposal, openProposalForm, shownProposal, summaryHasFocus, validProposal, waitForFillTime } from './support/proposal';
import { expectBaseHeaders, expectPagePolicy } from './support/security';
import { stackTraceIn, textOf } from './support/site';

let stack: Awaited<ReturnType<typeof startOwnStack>> | undefined;
let siteUrl = '';
let cmsUrl = '';

const get = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

const cmsAnswers = () => graphqlAnswers(cmsUrl)().catch(() => false);

describe('when the CMS is down', () => {
  let browser: Browser | undefined;
  /** Proposal forms filled in while the CMS was up, and sent once it is down. */
  const forms: { javaScript: boolean; page: Page; openedAt: number }[] = [];
  const typed = { ...validProposal('Hof im Funkloch'), website: 'https://funkloch.example.org', district: 'Altmarkkreis Salzwedel' };

  beforeAll(async () => {
    stack = await startOwnStack();
    ({ siteUrl, cmsUrl } = stack);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('a profile page is loaded (and cached) while the CMS is up', async () => {
    expect(await cmsAnswers()).toBe(true);
    const { status, body } = await get('/orte/buergermeisterhof');
    expect(status).toBe(200);
    expect(body).toMatch(/<h1[^>]*>Bürgermeisterhof<\/h1>/);
  });

  it('the proposal form is opened and filled in while the CMS is up, with and without JavaScript', async () => {
    browser = await launchBrowser();
    for (const javaScript of [true, false]) {
      const { page, response, openedAt } = await openProposalForm(browser, `${siteUrl}/mitmachen`, { javaScript });
      expect(response?.status()).toBe(200);
      await fillProposal(page, typed);
      forms.push({ javaScript, page, openedAt });
    }
  });

  it('the CMS stops, cleanly', async () => {
    expect(await stop(stack?.cms, { timeoutMs: 10_000 })).toEqual({ code: 0, signal: null });
    expect(await cmsAnswers()).toBe(false);
  });

  it('an uncached page answers 503 with Retry-After and a friendly German page', async () => {
    const started = Date.now();
    const { status, headers, body } = await get('/orte?q=neu-und-ungecached');
    expect(status).toBe(503);
    expect(Date.now() - started, 'answers within the CMS timeout').toBeLessThan(5_000);
    expect(Number(headers.get('retry-after')), 'Retry-After in seconds').toBeGreaterThan(0);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toMatch(/<html lang="de"/);
    expect(body).toMatch(/<h1[^>]*>Gleich wieder da<\/h1>/);
    expect(textOf(body)).toContain('Unsere Inhalte werden gerade gewartet oder sind kurz nicht erreichbar');
    expect(body).toMatch(/<a href="\/"[^>]*>Zur Startseite<\/a>/);
    expect(stackTraceIn(body), 'traces of a stack trace or server internals').toEqual([]);
    expect(textOf(body)).not.toMatch(/Internal Error|Service Unavailable/);
    expectBaseHeaders(headers, '503');
    expectPagePolicy(headers, body, '503', cmsUrl);
  });

  it('the cached profile page is still served', async () => {
    const { status, headers, body } = await get('/orte/buergermeisterhof');
    expect(status).toBe(200);
    expect(['HIT', 'STALE']).toContain(headers.get('x-cache'));
    expect(body).toMatch(/<h1[^>]*>Bürgermeisterhof<\/h1>/);
    expect(textOf(body)).toContain('Salzwedel');
    expectBaseHeaders(headers, headers.get('x-cache') ?? '');
    expectPagePolicy(headers, body, headers.get('x-cache') ?? '', cmsUrl);
  });

  it('a proposal sent now answers 503 with a friendly message and keeps every typed value', async () => {
    for (const { javaScript, page, openedAt } of forms) {
      await waitForFillTime(openedAt);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('form.proposal button[type="submit"]').click(),
      ]);
      if (javaScript) {
        expect(await response.json()).toMatchObject({ type: 'failure', status: 503 });
        await expect.poll(() => errorSummary(page)).not.toBeNull();
      } else {
        expect(response.status()).toBe(503);
        expect(Number(response.headers()['retry-after']), 'Retry-After in seconds').toBeGreaterThan(0);
        await page.waitForLoadState('load');
      }
      expect(await errorSummary(page), `JavaScript ${javaScript}`).toBe(
        'Ihr Vorschlag ist noch nicht gespeichert Ihr Vorschlag konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da, bitte senden Sie das Formular in einer Minute noch einmal.',
      );
      expect(await summaryHasFocus(page)).toBe(true);
      expect(await shownProposal(page), `JavaScript ${javaScript}`).toEqual(typed);
      expect(stackTraceIn(await page.content())).toEqual([]);
    }
  });
});
