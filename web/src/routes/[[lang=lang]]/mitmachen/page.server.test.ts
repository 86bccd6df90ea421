import { createServer } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearCache } from '$lib/server/cms/client';
import { issueFillTimeToken } from '$lib/server/proposals/fill-time';
import { pageEvent } from '$lib/server/testing/events';
import { listenLocally } from '$lib/server/testing/listen';
import { actions } from './+page.server';

// These cases end before anything is stored. Storing, and the CMS's own answers, are tested in
// the browser suite against a real CMS (tests/e2e/proposal.test.ts).

type Event = Parameters<typeof actions.default>[0];

/** An address nothing listens on, so that the CMS is really unreachable. */
const closedAddress = async () => {
  const server = createServer();
  const url = await listenLocally(server);
  await new Promise((done) => server.close(done));
  return url;
};

let nextAddress = 1;

const fields = (values: Record<string, string | string[]>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) for (const one of [value].flat()) form.append(name, one);
  return form;
};

const typed = {
  name: 'Alte Schule Kläden',
  town: 'Kläden',
  district: 'Stendal',
  stage: 'active',
  themes: ['wohnen-bauen'],
  description: 'Ateliers und Wohnungen in der alten Dorfschule.',
  website: '',
  contactName: 'Jana Beispiel',
  contactEmail: 'jana@example.org',
  consent: 'yes',
};

/** Posts the form as a visitor would: honeypot empty, rendered a minute ago. */
const post = async (
  values: Record<string, string | string[]>,
  { locale = 'de', address = `198.51.100.${nextAddress++}` }: { locale?: 'de' | 'en'; address?: string } = {},
) => {
  const headers: Record<string, string> = {};
  const form = fields({ homepage: '', formStarted: issueFillTimeToken(Date.now() - 60_000), ...values });
  const event = pageEvent<Event>(
    `${locale === 'en' ? '/en' : ''}/mitmachen`,
    locale === 'en' ? { lang: 'en' } : {},
    { method: 'POST', body: form },
    { getClientAddress: () => address, setHeaders: (set: Record<string, string>) => Object.assign(headers, set) },
  );
  const result = await actions.default(event);
  if (!result) throw new Error('expected a refusal');
  return { status: result.status, data: result.data, headers };
};

beforeAll(async () => {
  vi.stubEnv('CMS_URL', await closedAddress());
  vi.stubEnv('CMS_TIMEOUT_MS', '1000');
  clearCache();
});

afterEach(() => {
  vi.stubEnv('PROPOSAL_RATE_LIMIT', undefined);
  vi.stubEnv('PROPOSAL_MIN_FILL_MS', undefined);
});

describe('/mitmachen action', () => {
  it('names each refused field in German and hands back everything typed', async () => {
    const values = { ...typed, name: '', contactEmail: 'jana(at)example', website: 'javascript:alert(1)', description: 'Hof <b>fett</b>', consent: [] };
    const { status, data } = await post(values);
    expect(status).toBe(400);
    expect(data.errors).toEqual({
      name: 'Bitte geben Sie den Namen des Ortes an.',
      description: 'Kurze Beschreibung: Bitte schreiben Sie nur Text, ohne HTML-Tags wie <b> oder <a>.',
      website: 'Bitte geben Sie die Website als Adresse wie https://www.beispiel.de an, oder lassen Sie das Feld leer.',
      contactEmail: 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.',
      consent: 'Bitte bestätigen Sie, dass wir Ihre Angaben dafür speichern dürfen.',
    });
    expect(Object.keys(data.errors), 'in the order of the form').toEqual(['name', 'description', 'website', 'contactEmail', 'consent']);
    expect(data.values).toEqual({ ...values, consent: false });
    expect(data.message).toBeNull();
  });

  it('answers in English on /en/mitmachen, with the length it counted', async () => {
    const { data } = await post({ ...typed, town: 'x'.repeat(81) }, { locale: 'en' });
    expect(data.errors).toEqual({ town: 'Town or village: at most 80 characters, it has 81.' });
  });

  it('refuses a filled-in honeypot with 400, honestly and without storing', async () => {
    const { status, data } = await post({ ...typed, homepage: 'https://spam.example' });
    expect(status).toBe(400);
    expect(data.message).toContain('verstecktes Prüffeld');
    expect(data.values.name).toBe(typed.name);
  });

  it('refuses a form sent faster than PROPOSAL_MIN_FILL_MS and keeps its render time', async () => {
    vi.stubEnv('PROPOSAL_MIN_FILL_MS', '3000');
    const token = issueFillTimeToken();
    const { status, data } = await post({ ...typed, formStarted: token });
    expect(status).toBe(400);
    expect(data.message).toBe('Das Formular wurde schneller gesendet, als man es ausfüllen kann. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.');
    expect(data.token, 'the fill time keeps counting from the first render').toBe(token);
  });

  it('refuses a forged render time and hands out a fresh one', async () => {
    const { status, data } = await post({ ...typed, formStarted: `${Date.now() - 60_000}.forged` });
    expect(status).toBe(400);
    expect(data.message).toContain('abgelaufen');
    expect(data.token).toMatch(/^\d+\.[\w-]{43}$/);
  });

  it('answers 429 with Retry-After once an address has used up PROPOSAL_RATE_LIMIT', async () => {
    vi.stubEnv('PROPOSAL_RATE_LIMIT', '2');
    const address = '203.0.113.9';
    for (let i = 0; i < 2; i++) expect((await post({ ...typed, homepage: 'bot' }, { address })).status).toBe(400);
    const { status, data, headers } = await post(typed, { address });
    expect(status).toBe(429);
    expect(Number(headers['retry-after'])).toBeGreaterThan(3500);
    expect(Number(headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(data.message).toBe('Von Ihrem Anschluss kamen in kurzer Zeit schon mehrere Vorschläge. Ihre Angaben sind noch da, bitte senden Sie das Formular in 60 Minuten noch einmal.');
    expect(data.values).toEqual({ ...typed, consent: true });
    expect((await post(typed, { address: '203.0.113.10' })).status, 'another address is not limited').not.toBe(429);
  });

  it('answers 503 while the CMS is unreachable, keeps every value, and does not count the attempt', async () => {
    vi.stubEnv('PROPOSAL_RATE_LIMIT', '1');
    const address = '203.0.113.20';
    for (let i = 0; i < 2; i++) {
      const { status, data } = await post(typed, { address });
      expect(status).toBe(503);
      expect(data.message).toBe('Ihr Vorschlag konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da, bitte senden Sie das Formular in einer Minute noch einmal.');
      expect(data.values).toEqual({ ...typed, consent: true });
      expect(data.errors).toEqual({});
    }
  });
});
