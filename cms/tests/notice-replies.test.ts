import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule, printServedSchema } from '../scripts/strapi-app.mjs';
import { bearer, previewToken, startCms, type Cms } from './support/cms';
import { sendJson } from './support/json';
import { startSmtp } from './support/smtp';

const { deliverDue, dropUndeliverable } = compiledModule<typeof import('../src/notice-replies/queue')>('notice-replies/queue');

const TOKEN = 'website-forms-notice-reply-test-0123456789';
const PLACE = 'api::place.place';
const NOTICE = 'api::notice.notice';
const REPLY = 'api::notice-reply.notice-reply';
const PRIVATE_EMAIL = 'vorstand@buergermeisterhof.example';
/** Answers a visitor may send a day, and a place may receive. */
const PER_VISITOR = 3;
const PER_PLACE = 4;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let cms: Cms;
/** Everything the CMS logged while this file ran. */
const logged: string[] = [];
const notices: Record<'open' | 'other' | 'third' | 'noAddress' | 'expired' | 'draft', string> = { open: '', other: '', third: '', noAddress: '', expired: '', draft: '' };

const placeId = async (slug: string): Promise<string> =>
  (await cms.strapi.db.query(PLACE).findOne({ where: { slug, locale: 'de' }, select: ['documentId'] })).documentId;

const createNotice = async (slug: string, { text, expiresOn, addedOn = '2026-11-01', publish = true }: { text: string; expiresOn?: string; addedOn?: string; publish?: boolean }) => {
  const created = await cms.strapi.documents(NOTICE).create({
    locale: 'de',
    data: { direction: 'seeking', kind: 'tenants', text, place: await placeId(slug), addedOn, expiresOn, isSample: false },
    status: publish ? 'published' : undefined,
  });
  return created.documentId;
};

beforeAll(async () => {
  smtp = await startSmtp();
  cms = await startCms({
    SUBMISSION_TOKEN: TOKEN,
    ...smtp.env,
    EMAIL_FROM: 'Kreativorte im Grünen <cms@kreativorte.example>',
    SUBMISSION_NOTIFY_EMAILS: 'redaktion@kreativorte.example',
    SITE_URL: 'https://kreativorte.example',
    NOTICE_REPLY_DAILY_LIMIT: String(PER_VISITOR),
    NOTICE_REPLY_PLACE_DAILY_LIMIT: String(PER_PLACE),
  });
  cms.strapi.log.on('data', (entry: unknown) => logged.push(JSON.stringify(entry)));
  await cms.strapi.db.query(PLACE).updateMany({ where: { slug: 'buergermeisterhof' }, data: { privateEmail: PRIVATE_EMAIL } });
  await cms.strapi.db.query(PLACE).updateMany({ where: { slug: 'kultur-nische' }, data: { privateEmail: 'post@kultur-nische.example' } });
  notices.open = await createNotice('buergermeisterhof', { text: 'Wir suchen Mieter für zwei Ateliers\nim Seitenflügel.' });
  notices.other = await createNotice('kultur-nische', { text: 'Wir suchen Leute, die mit anpacken.' });
  await cms.strapi.db.query(PLACE).updateMany({ where: { slug: 'speicherwerk-tangermuende' }, data: { privateEmail: 'post@speicherwerk.example' } });
  notices.third = await createNotice('speicherwerk-tangermuende', { text: 'Wir bieten Werkstattplätze.' });
  notices.noAddress = await createNotice('alte-molkerei-kalbe', { text: 'Wir suchen Mitstreiter.' });
  notices.expired = await createNotice('buergermeisterhof', { text: 'Abgelaufen.', addedOn: '2025-05-01', expiresOn: '2025-06-30' });
  notices.draft = await createNotice('buergermeisterhof', { text: 'Nur ein Entwurf.', publish: false });
});
afterAll(async () => {
  await cms?.stop();
  await smtp?.close();
});

type ApiError = { error: { status: number; message: string; details: { errors?: { path: (string | number)[]; code: string }[]; retryAfterSeconds?: number } } };
type Answer = { data: { status: 'delivered' | 'queued' } };

let visitors = 0;
/** A valid answer from a visitor of its own (address and email), unless the test names them. */
const answer = (overrides: Record<string, unknown> = {}) => {
  visitors += 1;
  return {
    noticeDocumentId: notices.open,
    name: 'Erika Muster',
    email: `erika${visitors}@example.org`,
    message: 'Guten Tag,\nich hätte Interesse an einem Atelier.\n\nViele Grüße',
    consent: true,
    visitor: `192.0.2.${visitors}`,
    ...overrides,
  };
};

const send = (data: unknown, headers: Record<string, string> = bearer(TOKEN)) => sendJson<Answer & ApiError>(`${cms.url}/api/notice-replies`, 'POST', { data }, headers);
const status = (documentId: string, headers: Record<string, string> = bearer(TOKEN)) => sendJson<{ data: { open: boolean } }>(`${cms.url}/api/notice-replies/${documentId}`, 'GET', undefined, headers);
const queued = () => cms.strapi.db.query(REPLY).count();
const pathsOf = (body: ApiError | null) => (body?.error.details.errors ?? []).map((error) => error.path.join('.'));

describe('an answer to a notice', () => {
  it('goes to the place’s private address as plain text, Reply-To the visitor, and is deleted once delivered', async () => {
    const before = smtp.received.length;
    const sent = answer({ name: 'Erika Muster', email: 'erika@example.org', message: 'Ich hätte Interesse <3 & Zeit.\r\nBis bald' });
    const { status: code, body } = await send(sent);
    expect(code).toBe(201);
    expect(body).toEqual({ data: { status: 'delivered' } });

    const { envelopeTo, mail } = await smtp.waitForMail(/Antwort auf Ihre Anzeige/, before);
    expect(envelopeTo).toEqual([PRIVATE_EMAIL]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((box) => box.address) : []).toEqual([PRIVATE_EMAIL]);
    expect(mail.replyTo?.value.map((box) => box.address)).toEqual(['erika@example.org']);
    expect(mail.from?.value[0].address).toBe('cms@kreativorte.example');
    expect(mail.subject).toBe('Antwort auf Ihre Anzeige: Gesucht: Wir suchen Mieter für zwei Ateliers im Seitenflügel.');
    expect(mail.html).toBe(false);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'text/plain' });
    for (const line of ['Von: Erika Muster', 'E-Mail: erika@example.org', 'Ich hätte Interesse <3 & Zeit.\nBis bald', `https://kreativorte.example/gesucht/${notices.open}`, 'Pinnwand „Gesucht & Angeboten“']) {
      expect(mail.text).toContain(line);
    }
    expect(await queued()).toBe(0);
  });

  it('tells the site whether a notice takes answers, and 404 for one that is unknown, expired or unpublished', async () => {
    expect(await status(notices.open)).toEqual({ status: 200, body: { data: { open: true } } });
    expect(await status(notices.noAddress)).toEqual({ status: 200, body: { data: { open: false } } });
    for (const gone of [notices.expired, notices.draft, 'abcdefghijklmnopqrstuvwx']) expect((await status(gone)).status).toBe(404);
    expect((await send(answer({ noticeDocumentId: notices.expired }))).status).toBe(404);
    expect((await send(answer({ noticeDocumentId: notices.draft }))).status).toBe(404);
    const refused = await send(answer({ noticeDocumentId: notices.noAddress }));
    expect(refused.status).toBe(409);
    expect(refused.body?.error.message).toBe('Dieser Ort nimmt über die Pinnwand keine Nachrichten an.');
    expect(await queued()).toBe(0);
  });

  it('is refused with 400 naming each wrong field, and nothing is queued', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: '   ' }, ['name']],
      [{ email: 'keine-adresse' }, ['email']],
      [{ message: 'x'.repeat(2001) }, ['message']],
      [{ message: '' }, ['message']],
      [{ consent: false }, ['consent']],
      [{ name: '', email: '', consent: 'yes' }, ['name', 'email', 'consent']],
      [{ message: 'Mit <b>Markup</b>' }, ['message']],
    ];
    for (const [overrides, paths] of cases) {
      const { status: code, body } = await send(answer(overrides));
      expect(code, JSON.stringify(overrides)).toBe(400);
      expect(pathsOf(body).sort()).toEqual(paths.sort());
    }
    expect((await send({ ...answer(), bcc: 'boese@example.org' })).status).toBe(400);
    expect(await queued()).toBe(0);
  });

  it('cannot add recipients or headers: names with line breaks and addresses with commas or angle brackets are refused, a message’s line breaks stay text', async () => {
    for (const overrides of [
      { name: 'Eve\r\nBcc: boese@example.org' },
      { name: 'Eve\nX-Injected: 1' },
      { email: 'eve@example.org, boese@example.org' },
      { email: 'Eve <eve@example.org>' },
      { email: 'eve@example.org\r\nBcc: boese@example.org' },
      { email: '<boese@example.org>' },
    ]) {
      const { status: code, body } = await send(answer(overrides));
      expect(code, JSON.stringify(overrides)).toBe(400);
      expect(pathsOf(body)).toEqual(Object.keys(overrides));
    }
    const before = smtp.received.length;
    expect((await send(answer({ name: 'Eve: Bcc', message: 'Hallo\r\nBcc: boese@example.org\r\nSubject: gefälscht\r\n\r\nText' }))).status).toBe(201);
    const { envelopeTo, mail } = await smtp.waitForMail(/Antwort auf Ihre Anzeige/, before);
    expect(envelopeTo).toEqual([PRIVATE_EMAIL]);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has('x-injected')).toBe(false);
    expect(mail.subject).toMatch(/^Antwort auf Ihre Anzeige/);
    expect(mail.text).toContain('Hallo\nBcc: boese@example.org\nSubject: gefälscht');
  });

  it('is limited per visitor address, per email address and per place a day (429)', async () => {
    const visitor = '198.51.100.7';
    for (let i = 0; i < PER_VISITOR; i += 1) expect((await send(answer({ visitor, noticeDocumentId: notices.other }))).status).toBe(201);
    const limited = await send(answer({ visitor, noticeDocumentId: notices.other }));
    expect(limited.status).toBe(429);
    expect(limited.body?.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.body?.error.message).toMatch(/zu viele Nachrichten/);
    // The place's fourth answer of the day is its last, whoever writes.
    expect((await send(answer({ noticeDocumentId: notices.other }))).status).toBe(201);
    expect((await send(answer({ noticeDocumentId: notices.other }))).status).toBe(429);

    // One email address from ever new client addresses counts as one visitor.
    const email = 'vielschreiber@example.org';
    for (let i = 0; i < PER_VISITOR; i += 1) expect((await send(answer({ email, noticeDocumentId: notices.third }))).status).toBe(201);
    expect((await send(answer({ email, noticeDocumentId: notices.third }))).status).toBe(429);
    expect((await send(answer({ noticeDocumentId: notices.third }))).status).toBe(201);
  });

  it('stays queued while the mail server is down ("wird zugestellt", 202) and is delivered once it is back, exactly once', async () => {
    await smtp.close();
    const { status: code, body } = await send(answer({ message: 'Während der Störung geschrieben.' }));
    expect(code).toBe(202);
    expect(body).toEqual({ data: { status: 'queued' } });
    const [stored] = await cms.strapi.db.query(REPLY).findMany({});
    expect(stored).toMatchObject({ attempts: 1, message: 'Während der Störung geschrieben.' });
    // Not yet due: the first retry waits a minute.
    expect(await deliverDue(cms.strapi, new Date())).toBe(0);
    expect(await deliverDue(cms.strapi, new Date(Date.now() + 2 * MINUTE))).toBe(0);
    expect((await cms.strapi.db.query(REPLY).findOne({ where: { id: stored.id } })).attempts).toBe(2);

    smtp = await startSmtp({ port: smtp.port });
    // The second retry is due two minutes after the second failure.
    expect(await deliverDue(cms.strapi, new Date(Date.now() + 3 * MINUTE))).toBe(0);
    expect(await deliverDue(cms.strapi, new Date(Date.now() + 5 * MINUTE))).toBe(1);
    const { envelopeTo, mail } = await smtp.waitForMail(/Antwort auf Ihre Anzeige/);
    expect(envelopeTo).toEqual([PRIVATE_EMAIL]);
    expect(mail.text).toContain('Während der Störung geschrieben.');
    expect(await queued()).toBe(0);
    expect(await deliverDue(cms.strapi, new Date(Date.now() + 60 * MINUTE))).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('is deleted when undeliverable for 7 days, and the Redaktion is told without its content', async () => {
    await smtp.close();
    expect((await send(answer({ visitor: '192.0.2.250', noticeDocumentId: notices.open, message: 'Geheime Nachricht, nie zugestellt.' }))).status).toBe(202);
    smtp = await startSmtp({ port: smtp.port });
    expect(await dropUndeliverable(cms.strapi, new Date(Date.now() + 6 * DAY))).toBe(0);
    expect(await queued()).toBe(1);
    expect(await dropUndeliverable(cms.strapi, new Date(Date.now() + 7 * DAY + MINUTE))).toBe(1);
    expect(await queued()).toBe(0);
    const { envelopeTo, mail } = await smtp.waitForMail(/nicht zustellbar/);
    expect(envelopeTo).toEqual(['redaktion@kreativorte.example']);
    expect(mail.subject).toBe('Eine Antwort auf Anzeigen nicht zustellbar');
    expect(mail.text).toContain('Betroffene Orte: Bürgermeisterhof');
    expect(mail.text).not.toContain('Geheime Nachricht');
    expect(mail.text).not.toMatch(/@example\.org/);
  });
});

describe('answers are private', () => {
  it('are in no public schema, REST route or role, and only the forms token may send them', async () => {
    expect(printServedSchema(cms.strapi)).not.toMatch(/noticeReply|NoticeReply|notice_repl/i);
    expect((await send(answer(), {})).status).toBe(403);
    expect((await send(answer(), bearer(previewToken()))).status).toBe(403);
    expect((await send(answer(), bearer('falsch'))).status).toBe(401);
    expect((await status(notices.open, {})).status).toBe(403);
    expect((await cms.rest('/api/notice-replies')).status).toBe(404);
    expect((await cms.rest('/api/notice-replies', bearer(TOKEN))).status).toBe(404);
  });

  it('never reach the log: no names, addresses or messages', () => {
    const text = logged.join('\n');
    expect(text).toContain('[notice-replies]');
    for (const secret of ['Erika', 'example.org', 'Interesse', PRIVATE_EMAIL, 'Geheime Nachricht', 'Störung']) expect(text).not.toContain(secret);
  });
});
