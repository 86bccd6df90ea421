import { createServer } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearCache } from '$lib/server/cms/client';
import { issueFillTimeToken } from '$lib/server/proposals/fill-time';
import { pageEvent } from '$lib/server/testing/events';
import { listenLocally } from '$lib/server/testing/listen';
import { actions } from './+page.server';

// These cases end before the CMS answers. Sending, the CMS's limits and the mail are tested
// against a real CMS and SMTP server (cms/tests/notice-replies.test.ts, tests/e2e/notice-reply.test.ts).

type Event = Parameters<typeof actions.default>[0];
const NOTICE = 'k3b9x0qv7m2w4z8c1d5f6g7h';

const closedAddress = async () => {
  const server = createServer();
  const url = await listenLocally(server);
  await new Promise((done) => server.close(done));
  return url;
};

const typed = { name: 'Erika Muster', email: 'erika@example.org', message: 'Ich kann helfen. Viele Grüße', consent: 'yes' };

/** Posts the answer form as a visitor would: honeypot empty, rendered a minute ago. */
const post = async (values: Record<string, string>, { locale = 'de', notice = NOTICE }: { locale?: 'de' | 'en'; notice?: string } = {}) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ homepage: '', formStarted: issueFillTimeToken(Date.now() - 60_000), ...values })) form.append(name, value);
  const headers: Record<string, string> = {};
  const event = pageEvent<Event>(
    `${locale === 'en' ? '/en' : ''}/gesucht/${notice}`,
    { notice, ...(locale === 'en' ? { lang: 'en' } : {}) },
    { method: 'POST', body: form },
    { getClientAddress: () => '198.51.100.1', setHeaders: (set: Record<string, string>) => Object.assign(headers, set) },
  );
  const result = await actions.default(event);
  if (!result) throw new Error('expected a refusal');
  return { status: result.status, data: result.data, headers };
};

beforeAll(async () => {
  vi.stubEnv('CMS_URL', await closedAddress());
  vi.stubEnv('CMS_TIMEOUT_MS', '1000');
  vi.stubEnv('SUBMISSION_TOKEN', 'forms-token-for-unit-tests');
  clearCache();
});

afterEach(() => {
  vi.stubEnv('PROPOSAL_MIN_FILL_MS', undefined);
});

describe('/gesucht/<documentId> action', () => {
  it('names each refused field in German, in the order of the form, and hands back everything typed', async () => {
    const values = { name: '', email: 'erika(at)example', message: 'Hallo <b>fett</b>', consent: '' };
    const { status, data } = await post(values);
    expect(status).toBe(400);
    expect(data.errors).toEqual({
      name: 'Bitte geben Sie Ihren Namen an.',
      email: 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.',
      message: 'Ihre Nachricht: Bitte schreiben Sie nur Text, ohne HTML-Tags wie <b> oder <a>.',
      consent: 'Bitte bestätigen Sie, dass wir Name, E-Mail-Adresse und Nachricht an den Ort weitergeben dürfen.',
    });
    expect(Object.keys(data.errors)).toEqual(['name', 'email', 'message', 'consent']);
    expect(data.values).toEqual({ ...values, consent: false });
  });

  it('counts the message’s length in English on /en', async () => {
    const { data } = await post({ ...typed, message: 'x'.repeat(2001) }, { locale: 'en' });
    expect(data.errors).toEqual({ message: 'Your message: at most 2,000 characters, it has 2,001.' });
  });

  it('refuses a filled-in honeypot and a form sent too fast with 400, keeping the values', async () => {
    const trapped = await post({ ...typed, homepage: 'https://spam.example' });
    expect(trapped.status).toBe(400);
    expect(trapped.data.message).toContain('verstecktes Prüffeld');
    expect(trapped.data.values.message).toBe(typed.message);
    vi.stubEnv('PROPOSAL_MIN_FILL_MS', '3000');
    const token = issueFillTimeToken();
    const fast = await post({ ...typed, formStarted: token });
    expect(fast.status).toBe(400);
    expect(fast.data.token).toBe(token);
  });

  it('answers 503 while the CMS is unreachable and keeps every value: nothing is lost', async () => {
    const { status, data } = await post(typed);
    expect(status).toBe(503);
    expect(data.message).toBe('Ihre Nachricht konnte gerade nicht angenommen werden; es ist nichts verloren. Ihre Angaben sind noch da, bitte senden Sie das Formular in einer Minute noch einmal.');
    expect(data.values).toEqual({ ...typed, consent: true });
  });
});
