import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, offSiteRequests, screenshot, seriousA11yViolations } from './support/browser';
import { adminApi } from './support/cms-admin';
import {
  MIN_FILL_MS,
  errorSummary,
  fillProposal,
  openProposalForm,
  shownProposal,
  summaryHasFocus,
  validProposal,
  waitForFillTime,
  type TypedProposal,
} from './support/proposal';
import { stackTraceIn, textOf } from './support/site';

const siteUrl = inject('siteUrl');
const SUBMISSION = 'api::submission.submission';

/** The CMS's admin API, as the editors' panel uses it. */
const admin = adminApi();

type StoredProposal = TypedProposal & { documentId: string; consent: boolean };

/** The proposals stored under a name, straight from the CMS. */
const stored = async (name: string): Promise<StoredProposal[]> =>
  (await admin(`/content-manager/collection-types/${SUBMISSION}?pageSize=100&filters[$and][0][name][$eq]=${encodeURIComponent(name)}`)).results;

const storedThemes = async (documentId: string): Promise<string[]> => {
  const { results } = await admin(`/content-manager/relations/${SUBMISSION}/${documentId}/themes?pageSize=20`);
  const names: string[] = results.map((theme: { name: string }) => theme.name);
  return names.sort();
};

/** Submits with the button and waits for the form's answer: a document without JavaScript, the action's JSON with it. */
const send = async (page: Page, { javaScript }: { javaScript: boolean }): Promise<Response> => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/mitmachen')),
    page.locator('form.proposal button[type="submit"]').click(),
  ]);
  if (javaScript) await page.waitForFunction(() => !document.querySelector('form.proposal button[aria-disabled="true"]'));
  else await page.waitForLoadState('load');
  return response;
};

const title = (page: Page) => page.title();

describe('proposing a place at /mitmachen', () => {
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (path: string, options: { javaScript?: boolean } = {}) => {
    const opened = await openProposalForm(browser, `${siteUrl}${path}`, options);
    opened.context.on('request', (request) => requests.push(request.url()));
    expect(opened.response?.status()).toBe(200);
    expect(opened.response?.headers()['cache-control']).toBe('private, no-store');
    return opened;
  };

  it('shows field errors for bad input, focuses the error summary and keeps every value (JavaScript)', async () => {
    const { page, openedAt, errors, close } = await open('/mitmachen');
    expect(await page.locator('h1').innerText()).toBe('Ort vorschlagen');
    const typed: TypedProposal = {
      ...validProposal(''),
      website: 'javascript:alert(1)',
      contactEmail: 'jana(at)example',
      description: 'Ein <b>fetter</b> Hof',
      consent: false,
    };
    await fillProposal(page, typed);
    await waitForFillTime(openedAt);
    const response = await send(page, { javaScript: true });
    expect(response.status(), 'SvelteKit 2 answers an enhanced action with 200 JSON that carries the status').toBe(200);
    expect(await response.json()).toMatchObject({ type: 'failure', status: 400 });

    expect(new URL(page.url()).pathname).toBe('/mitmachen');
    expect(await summaryHasFocus(page)).toBe(true);
    expect(await errorSummary(page)).toBe(
      [
        'Bitte prüfen Sie Ihre Angaben',
        'Bitte geben Sie den Namen des Ortes an.',
        'Kurze Beschreibung: Bitte schreiben Sie nur Text, ohne HTML-Tags wie <b> oder <a>.',
        'Bitte geben Sie die Website als Adresse wie https://www.beispiel.de an, oder lassen Sie das Feld leer.',
        'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.',
        'Bitte bestätigen Sie, dass wir Ihre Angaben dafür speichern dürfen.',
      ].join(' '),
    );
    expect(await title(page)).toMatch(/^Fehler: Ort vorschlagen/);
    expect(await shownProposal(page)).toEqual(typed);

    // Each field names its error, and screen readers read it with the field.
    const email = page.locator('#proposal-contactEmail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect((await email.getAttribute('aria-describedby'))?.split(' ')).toContain('proposal-contactEmail-error');
    expect(await page.locator('#proposal-contactEmail-error').textContent()).toBe('Fehler: Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.');
    expect(await page.locator('#proposal-town').getAttribute('aria-invalid')).toBeNull();

    // A link in the summary takes the keyboard to its field.
    await page.locator('[aria-labelledby="proposal-summary-title"] a').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('proposal-name');

    const violations = await seriousA11yViolations(page);
    await screenshot(page, 'mitmachen-fehler');
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the same errors without JavaScript: 400, the summary focused, every value kept', async () => {
    const { page, openedAt, close } = await open('/mitmachen', { javaScript: false });
    const typed: TypedProposal = { ...validProposal('Hof ohne Skript'), town: ' ', stage: '', themes: [], description: 'x'.repeat(1001) };
    await fillProposal(page, typed);
    await waitForFillTime(openedAt);
    const response = await send(page, { javaScript: false });
    expect(response.status()).toBe(400);
    expect(await errorSummary(page)).toBe(
      'Bitte prüfen Sie Ihre Angaben Bitte geben Sie an, in welchem Ort er liegt. Bitte wählen Sie aus, wie weit der Ort ist. Kurze Beschreibung: höchstens 1.000 Zeichen, jetzt sind es 1.001.',
    );
    expect(await summaryHasFocus(page), 'the summary is focused by autofocus, without JavaScript').toBe(true);
    expect(await shownProposal(page)).toEqual(typed);
    expect(await page.locator('#proposal-stage-error').textContent()).toBe('Fehler: Bitte wählen Sie aus, wie weit der Ort ist.');
    await close();
  });

  it('speaks English at /en/mitmachen: labels, themes, errors and the privacy link', async () => {
    const { page, openedAt, close } = await open('/en/mitmachen', { javaScript: false });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Propose a place');
    expect(await page.locator('label[for="proposal-themes-wohnen-bauen"]').innerText()).toBe('Living & Building');
    expect(await page.locator('#proposal-consent-privacy a').getAttribute('href')).toBe('/en/datenschutz');
    await waitForFillTime(openedAt);
    const response = await send(page, { javaScript: false });
    expect(response.status()).toBe(400);
    expect(await title(page)).toMatch(/^Error: Propose a place/);
    const summary = await errorSummary(page);
    expect(summary).toContain('Please check your entries');
    expect(summary).toContain('Please enter the name of the place.');
    expect(summary).toContain('Please confirm that we may store your details for this.');
    await close();
  });

  it('refuses a filled-in honeypot with 400 and stores nothing', async () => {
    const { page, openedAt, close } = await open('/mitmachen', { javaScript: false });
    const typed = validProposal('Honigtopf-Hof');
    await fillProposal(page, typed);
    // Hidden from people and screen readers; a bot fills in every field it finds.
    expect(await page.locator('input[name="homepage"]').isVisible()).toBe(false);
    await page.locator('input[name="homepage"]').evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'));
    await waitForFillTime(openedAt);
    const response = await send(page, { javaScript: false });
    expect(response.status()).toBe(400);
    expect(await errorSummary(page)).toContain('weil ein verstecktes Prüffeld ausgefüllt war');
    expect(await shownProposal(page)).toEqual(typed);
    expect(await stored(typed.name)).toEqual([]);
    await close();
  });

  it('refuses a form sent faster than a person fills it in, then stores it when sent again (no JavaScript)', async () => {
    const { page, openedAt, close } = await open('/mitmachen', { javaScript: false });
    const typed = validProposal('Schnellschuss-Hof');
    await fillProposal(page, typed);
    expect(Date.now() - openedAt, 'filled in within the minimum fill time').toBeLessThan(MIN_FILL_MS);
    const response = await send(page, { javaScript: false });
    expect(response.status()).toBe(400);
    expect(await errorSummary(page)).toBe(
      'Ihr Vorschlag ist noch nicht gespeichert Das Formular wurde schneller gesendet, als man es ausfüllen kann. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.',
    );
    expect(await shownProposal(page)).toEqual(typed);
    expect(await stored(typed.name)).toEqual([]);

    // The form keeps its first render time, so sending it again a moment later works.
    await waitForFillTime(openedAt);
    const again = await send(page, { javaScript: false });
    expect(again.status(), 'post/redirect/get').toBe(303);
    expect(new URL(page.url()).search).toBe('?danke');
    expect(await stored(typed.name)).toHaveLength(1);
    await close();
  });

  it('stores a valid proposal in the CMS and thanks the visitor (JavaScript)', async () => {
    const { page, openedAt, errors, close } = await open('/mitmachen');
    const typed = { ...validProposal('Alte Schule Kläden'), name: '  Alte Schule Kläden  ' };
    await fillProposal(page, typed);
    await waitForFillTime(openedAt);
    const response = await send(page, { javaScript: true });
    expect(await response.json()).toMatchObject({ type: 'redirect', status: 303, location: '/mitmachen?danke' });
    await page.waitForURL((url) => url.search === '?danke');
    expect(await page.locator('h1').innerText()).toBe('Danke für Ihren Vorschlag!');
    const thanks = textOf(await page.content());
    expect(thanks).toContain('Die Redaktion prüft Ihren Vorschlag');
    expect(thanks).toContain('veröffentlichen sie nicht');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await screenshot(page, 'mitmachen-danke');
    const violations = await seriousA11yViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    const [proposal, ...more] = await stored('Alte Schule Kläden');
    expect(more).toEqual([]);
    expect(proposal).toMatchObject({
      name: 'Alte Schule Kläden',
      town: typed.town,
      district: typed.district,
      stage: typed.stage,
      description: typed.description,
      website: 'https://alte-schule-klaeden.de',
      contactName: typed.contactName,
      contactEmail: typed.contactEmail,
      consent: true,
    });
    expect(await storedThemes(proposal.documentId)).toEqual(['Leben & Tourismus', 'Wohnen & Bauen']);
    expect(errors).toEqual([]);
    await close();
  });

  it('answers the sixth proposal from one address within the hour with 429 and Retry-After', async () => {
    const address = '203.0.113.77';
    const form = await fetch(`${siteUrl}/mitmachen`, { headers: { 'x-forwarded-for': address } });
    const token = /<input[^>]*name="formStarted"[^>]*value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    expect(token).not.toBe('');
    await waitForFillTime(Date.now());
    // What a browser without JavaScript sends for the form (accept: text/html, or SvelteKit answers with JSON).
    const post = (name: string, from = address) => {
      const { themes, consent, ...text } = validProposal(name);
      const body = new URLSearchParams({ ...text, homepage: '', formStarted: token });
      for (const slug of themes) body.append('themes', slug);
      if (consent) body.set('consent', 'yes');
      return fetch(`${siteUrl}/mitmachen`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: siteUrl, accept: 'text/html', 'x-forwarded-for': from, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    };
    for (let i = 1; i <= 5; i++) expect((await post(`Serienhof ${i}`)).status, `proposal ${i}`).toBe(303);

    const refused = await post('Serienhof 6');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter, 'Retry-After in seconds, within the hour').toBeGreaterThan(3_500);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    const body = await refused.text();
    expect(textOf(body)).toContain(
      'Von Ihrem Anschluss kamen in kurzer Zeit schon mehrere Vorschläge. Ihre Angaben sind noch da, bitte senden Sie das Formular in 60 Minuten noch einmal.',
    );
    expect(body).toContain('value="Serienhof 6"');
    expect(stackTraceIn(body)).toEqual([]);
    expect(await stored('Serienhof 5')).toHaveLength(1);
    expect(await stored('Serienhof 6')).toEqual([]);

    expect((await post('Nachbarhof', '203.0.113.78')).status, 'another address is not limited').toBe(303);
  });

  it('every request of this file stayed on 127.0.0.1/localhost', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(offSiteRequests(requests)).toEqual([]);
  });
});
