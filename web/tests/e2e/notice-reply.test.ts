import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop } from '../../../scripts/lib/processes.mjs';
import { startSmtp } from '../../../cms/tests/support/smtp';
import { allRequests, formatViolations, launchBrowser, offSiteRequests, seriousA11yViolations } from './support/browser';
import { adminApi, PLACE, type AdminApi } from './support/cms-admin';
import { startOwnStack } from './support/own-stack';
import { openProposalForm, waitForFillTime } from './support/proposal';

// A visitor answers a notice on a stack of its own with a real mail server: the answer reaches
// the place's private address, and that address reaches nothing public.
const SLUG = 'buergermeisterhof';
const PRIVATE_EMAIL = 'vorstand-geheim@buergermeisterhof.example';
const NOTICE = 'api::notice.notice';

let stack: Awaited<ReturnType<typeof startOwnStack>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let admin: AdminApi;
let noticeId = '';
let placeId = '';

const placeDocumentId = async () => {
  const found = await admin(`/content-manager/collection-types/${PLACE}?filters[slug][$eq]=${SLUG}&locale=de`);
  return found.results[0].documentId as string;
};

/** The place's published German notice, as the seed or an editor made it; one is made if it has none. */
const noticeOfPlace = async () => {
  const found = await admin(`/content-manager/collection-types/${NOTICE}?locale=de&filters[place][documentId][$eq]=${placeId}&pageSize=1`);
  const existing = found.results.find((notice: { publishedAt: string | null; expiresOn: string | null }) => notice.publishedAt && (!notice.expiresOn || notice.expiresOn >= '2026-12-31'));
  if (existing) return existing.documentId as string;
  const data = { direction: 'seeking', kind: 'tenants', text: 'Wir suchen Mieterinnen und Mieter für zwei Ateliers im Seitenflügel.', addedOn: '2026-11-20', isSample: false, place: { connect: [{ documentId: placeId, locale: 'de' }] } };
  const { data: created } = await admin(`/content-manager/collection-types/${NOTICE}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
  await admin(`/content-manager/collection-types/${NOTICE}/${created.documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
  return created.documentId as string;
};

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startOwnStack({ cmsSettings: { ...smtp.env, SUBMISSION_NOTIFY_EMAILS: 'redaktion@kreativorte.example' } });
  browser = await launchBrowser();
  admin = adminApi({ cmsUrl: stack.cmsUrl, adminToken: stack.adminToken });
  placeId = await placeDocumentId();
  await admin(`/content-manager/collection-types/${PLACE}/${placeId}?locale=de`, { method: 'PUT', body: JSON.stringify({ privateEmail: PRIVATE_EMAIL }) });
  noticeId = await noticeOfPlace();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.close();
});

/** Opens the notice's page at a phone's width as a new visitor (its own client address). */
const openNotice = async ({ javaScript = true, path = `/gesucht/${noticeId}` } = {}) => {
  const opened = await openProposalForm(browser, `${stack.siteUrl}${path}`, { javaScript });
  await opened.page.setViewportSize({ width: 390, height: 844 });
  return opened;
};

const fill = async (page: Page, { name, email, message }: { name: string; email: string; message: string }) => {
  await page.fill('#reply-name', name);
  await page.fill('#reply-email', email);
  await page.fill('#reply-message', message);
  await page.check('#reply-consent');
};

/** Submits the answer form and waits for its answer: a document without JavaScript, the action's JSON with it. */
const send = async (page: Page, { javaScript }: { javaScript: boolean }): Promise<Response> => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(`/gesucht/${noticeId}`)),
    page.locator('form.reply button[type="submit"]').click(),
  ]);
  if (javaScript) await page.waitForFunction(() => !document.querySelector('form.reply button[aria-disabled="true"]'));
  else await page.waitForLoadState('load');
  return response;
};

describe('answering a notice', () => {
  it('shows the notice and its answer form, axe-clean at 390 px and not cached', async () => {
    const { page, response, close } = await openNotice();
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Gesucht: /);
    expect(await page.getByRole('link', { name: 'Bürgermeisterhof' }).first().getAttribute('href')).toBe(`/orte/${SLUG}`);
    expect(await page.locator('label[for="reply-consent"]').textContent()).toContain('Ich bin einverstanden, dass Name, E-Mail-Adresse und Nachricht an Bürgermeisterhof weitergegeben werden.');
    expect(await page.getByRole('link', { name: 'Datenschutzerklärung' }).getAttribute('href')).toBe('/datenschutz');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const violations = await seriousA11yViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await close();
  });

  it('sends the answer with JavaScript: the mail reaches the private address, Reply-To the visitor', async () => {
    const { page, openedAt, close } = await openNotice();
    await fill(page, { name: 'Erika Muster', email: 'erika@example.org', message: 'Guten Tag,\nich hätte Interesse an einem Atelier.' });
    await waitForFillTime(openedAt);
    const before = smtp.received.length;
    await send(page, { javaScript: true });
    await page.getByRole('heading', { name: 'Ihre Nachricht ist unterwegs' }).waitFor();
    expect(new URL(page.url()).search).toBe('?gesendet');

    const { envelopeTo, mail } = await smtp.waitForMail(/Antwort auf Ihre Anzeige/, before);
    expect(envelopeTo).toEqual([PRIVATE_EMAIL]);
    expect(mail.replyTo?.value.map((box) => box.address)).toEqual(['erika@example.org']);
    expect(mail.html).toBe(false);
    expect(mail.text).toContain('ich hätte Interesse an einem Atelier.');
    expect(mail.text).toContain(`/gesucht/${noticeId}`);
    await close();
  });

  it('works without JavaScript: a refusal (400) keeps every value, then the answer is sent', async () => {
    const { page, openedAt, close } = await openNotice({ javaScript: false });
    await fill(page, { name: 'Max Ohne-Skript', email: 'keine-adresse', message: 'Ich kann helfen: Zimmermann, zwei Wochen im Sommer.' });
    await waitForFillTime(openedAt);
    const refused = await send(page, { javaScript: false });
    expect(refused.status()).toBe(400);
    expect(refused.headers()['cache-control']).toBe('private, no-store');
    expect(await page.locator('[aria-labelledby="reply-summary-title"]').textContent()).toContain('Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.');
    expect(await page.inputValue('#reply-name')).toBe('Max Ohne-Skript');
    expect(await page.inputValue('#reply-message')).toBe('Ich kann helfen: Zimmermann, zwei Wochen im Sommer.');
    expect(await page.isChecked('#reply-consent')).toBe(true);
    expect(await page.title()).toMatch(/^Fehler: /);

    await page.fill('#reply-email', 'max@example.org');
    const before = smtp.received.length;
    const sent = await send(page, { javaScript: false });
    expect(sent.status()).toBe(303);
    expect(new URL(page.url()).search).toBe('?gesendet');
    const { envelopeTo, mail } = await smtp.waitForMail(/Antwort auf Ihre Anzeige/, before);
    expect(envelopeTo).toEqual([PRIVATE_EMAIL]);
    expect(mail.replyTo?.value.map((box) => box.address)).toEqual(['max@example.org']);
    await close();
  });

  it('refuses a filled-in honeypot with 400 and sends nothing', async () => {
    const { page, openedAt, close } = await openNotice({ javaScript: false });
    await fill(page, { name: 'Bot', email: 'bot@example.org', message: 'Kaufen Sie jetzt!' });
    await page.evaluate(() => {
      const trap = document.querySelector<HTMLInputElement>('#reply-trap');
      if (trap) trap.value = 'https://spam.example';
    });
    await waitForFillTime(openedAt);
    const before = smtp.received.length;
    expect((await send(page, { javaScript: false })).status()).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.length).toBe(before);
    await close();
  });

  it('puts the private address on no public page, feed or API', async () => {
    const pages = [`/gesucht/${noticeId}`, `/en/gesucht/${noticeId}`, '/gesucht', '/gesucht.xml', `/orte/${SLUG}`, `/en/orte/${SLUG}`, '/feed.xml', '/orte.geojson', '/sitemap.xml', '/'];
    for (const path of pages) {
      const response = await fetch(`${stack.siteUrl}${path}`);
      const body = await response.text();
      expect(body, path).not.toContain(PRIVATE_EMAIL);
      expect(body, path).not.toContain('vorstand-geheim');
    }
    const graphql = async (query: string) => (await fetch(`${stack.cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).text();
    // Every field the public schema has on places and notices, one level into the objects they hold.
    const schema = JSON.parse(await graphql('{ __schema { types { name kind fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }'));
    type Field = { name: string; args: { type: { kind: string } }[]; type: { kind: string; name: string | null; ofType: Field['type'] | null } };
    const types = new Map<string, Field[]>(schema.data.__schema.types.map((type: { name: string; fields: Field[] | null }) => [type.name, type.fields ?? []]));
    const named = (type: Field['type']): Field['type'] => (type.ofType ? named(type.ofType) : type);
    const selection = (typeName: string, depth: number): string =>
      (types.get(typeName) ?? [])
        .filter((field) => !field.args.some((arg) => arg.type.kind === 'NON_NULL') && !field.name.endsWith('_connection') && field.name !== 'localizations')
        .flatMap((field) => {
          const type = named(field.type);
          if (type.kind === 'SCALAR' || type.kind === 'ENUM') return [field.name];
          return depth > 0 && type.name ? [`${field.name} { ${selection(type.name, depth - 1)} }`] : [];
        })
        .join(' ');
    expect(JSON.stringify(schema)).not.toMatch(/privateEmail/);
    const answers = [
      // One place, within the public cost limit; the notices each with their place.
      await graphql(`{ places(filters: { slug: { eq: "${SLUG}" } }, pagination: { limit: 1 }) { ${selection('Place', 1)} } }`),
      await graphql(`{ notices(pagination: { limit: 20 }) { ${selection('Notice', 1)} } }`),
      await graphql(`{ notice(documentId: "${noticeId}") { ${selection('Notice', 2)} } }`),
    ];
    for (const answer of answers) {
      expect(answer).not.toContain('"errors"');
      expect(answer).toContain(SLUG);
    }
    for (const path of ['/api/notices?populate=*&pagination[pageSize]=100', '/api/places?populate=*&pagination[pageSize]=100', `/api/notices/${noticeId}?populate=*`]) {
      const response = await fetch(`${stack.cmsUrl}${path}`);
      answers.push(await response.text());
      expect(response.status, path).toBe(200);
    }
    for (const answer of answers) expect(answer).not.toContain(PRIVATE_EMAIL);
  });

  it('keeps the input and answers 503 while the CMS is down, nothing lost', async () => {
    const { page, openedAt, close } = await openNotice({ javaScript: false });
    await fill(page, { name: 'Erika Muster', email: 'erika-spaeter@example.org', message: 'Während der Störung geschrieben.' });
    await waitForFillTime(openedAt);
    await stop(stack.cms);
    const refused = await send(page, { javaScript: false });
    expect(refused.status()).toBe(503);
    expect(await page.locator('[aria-labelledby="reply-summary-title"]').textContent()).toContain('es ist nichts verloren');
    expect(await page.inputValue('#reply-email')).toBe('erika-spaeter@example.org');
    expect(await page.inputValue('#reply-message')).toBe('Während der Störung geschrieben.');
    await close();
  });

  it('made every request of this file to 127.0.0.1/localhost only', () => {
    expect(offSiteRequests(allRequests)).toEqual([]);
  });
});
