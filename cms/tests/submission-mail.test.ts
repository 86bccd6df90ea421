import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, startCms, type Cms } from './support/cms';
import { sendJson } from './support/json';

const TOKEN = 'website-submissions-mail-test-token-0123456789';
type Received = { envelopeTo: string[]; mail: ParsedMail };

const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
        callback();
      })
      .catch(callback);
  },
});

let cms: Cms;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  // A server listening on a TCP port reports its address as an AddressInfo.
  const { port } = smtp.server.address() as AddressInfo;
  cms = await startCms({
    SUBMISSION_TOKEN: TOKEN,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Kreativorte im Grünen <cms@kreativorte.example>',
    SUBMISSION_NOTIFY_EMAILS: 'redaktion@kreativorte.example, zweite@kreativorte.example',
    PUBLIC_URL: 'https://cms.kreativorte.example',
  });
});
afterAll(async () => {
  await cms?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
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

const waitForMail = async (subject: RegExp) => {
  for (let i = 0; i < 200; i++) {
    const hit = received.find((r) => subject.test(r.mail.subject ?? ''));
    if (hit) return hit;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no mail matched ${subject}; received ${JSON.stringify(received.map((r) => r.mail.subject))}`);
};

it('emails the editors a German summary with a link to the proposal in the admin', async () => {
  const { status, body } = await submit('Scheune Kläden');
  expect(status).toBe(201);
  const { envelopeTo, mail } = await waitForMail(/Scheune Kläden/);

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
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  const before = received.length;
  const { status, body } = await submit('Speicher ohne Mail');
  expect(status).toBe(201);
  const stored = await cms.strapi.documents('api::submission.submission').findOne({ documentId: body!.data.documentId });
  expect(stored?.name).toBe('Speicher ohne Mail');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(received.length).toBe(before);
});
