import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, startCms, type Cms } from './support/cms';
import { sendJson } from './support/json';
import { startSmtp } from './support/smtp';

const TOKEN = 'website-submissions-mail-test-token-0123456789';
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let cms: Cms;
beforeAll(async () => {
  smtp = await startSmtp();
  cms = await startCms({
    SUBMISSION_TOKEN: TOKEN,
    ...smtp.env,
    EMAIL_FROM: 'Kreativorte im Grünen <cms@kreativorte.example>',
    SUBMISSION_NOTIFY_EMAILS: 'redaktion@kreativorte.example, zweite@kreativorte.example',
    PUBLIC_URL: 'https://cms.kreativorte.example',
  });
});
afterAll(async () => {
  await cms?.stop();
  await smtp?.close();
});

const submit = (name: string) =>
  sendJson<{ data: { documentId: string } }>(
    `${cms.url}/api/submissions`,
    'POST',
    {
      data: {
        name,
        town: 'Kläden',
        district: 'Landkreis Stendal',
        stage: 'under_development',
        themes: ['arbeiten-wirtschaft'],
        description: 'Eine Scheune wird zur Werkstatt für das Dorf.\n\nMit Café & Fahrradreparatur <3',
        website: 'https://scheune.example',
        contactName: 'Max Mustermann',
        contactEmail: 'max@example.org',
        consent: true,
      },
    },
    bearer(TOKEN),
  );

it('emails the editors a German summary with a link to the proposal in the admin', async () => {
  const { status, body } = await submit('Scheune Kläden');
  expect(status).toBe(201);
  const { envelopeTo, mail } = await smtp.waitForMail(/Scheune Kläden/);

  expect(envelopeTo.sort()).toEqual(['redaktion@kreativorte.example', 'zweite@kreativorte.example']);
  expect(mail.subject).toBe('Neuer Vorschlag: Scheune Kläden (Kläden)');
  expect(mail.from?.value[0]).toMatchObject({ address: 'cms@kreativorte.example', name: 'Kreativorte im Grünen' });
  expect(mail.replyTo?.value[0].address).toBe('max@example.org');
  const link = `https://cms.kreativorte.example/admin/content-manager/collection-types/api::submission.submission/${body!.data.documentId}`;
  for (const line of [
    'Name des Orts: Scheune Kläden',
    'Ort: Kläden, Landkreis Stendal',
    'Entwicklungsstand: Im Aufbau',
    'Themen: Arbeiten & Wirtschaft',
    'Kontakt: Max Mustermann <max@example.org>',
    'Mit Café & Fahrradreparatur <3',
    link,
  ]) {
    expect(mail.text).toContain(line);
  }
  expect(mail.html).toContain(`href="${link}"`);
  expect(mail.html).toContain('Mit Café &amp; Fahrradreparatur &lt;3');
});

it('keeps the proposal when the mail server is down', async () => {
  await smtp?.close();
  const before = smtp.received.length;
  const { status, body } = await submit('Speicher ohne Mail');
  expect(status).toBe(201);
  const stored = await cms.strapi.documents('api::submission.submission').findOne({ documentId: body!.data.documentId });
  expect(stored?.name).toBe('Speicher ohne Mail');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(smtp.received.length).toBe(before);
});
