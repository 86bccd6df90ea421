import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinDay } from '../src/time';
import type { AdminCall } from './support/admin';
import { bearer, type Cms } from './support/cms';
import { EDIT_TOKEN, PRIVATE_EMAIL, startEditStack } from './support/edit-stack';
import { sendJson } from './support/json';

// "Gesucht & Angeboten" through the edit link: a place adds, changes and withdraws its notices
// as change requests, which the Redaktion reviews and applies (issue 17).

const PLACE = 'api::place.place';
const NOTICE = 'api::notice.notice';
const CHANGE_REQUEST = 'api::change-request.change-request';

let stack: Awaited<ReturnType<typeof startEditStack>>;
let smtp: typeof stack.smtp;
let cms: Cms;
let redaktion: AdminCall;
let autor: AdminCall;
let logged: string[] = [];

const placeId = async (slug: string): Promise<string> => (await cms.strapi.db.query(PLACE).findOne({ where: { slug, locale: 'de' }, select: ['documentId'] })).documentId;

type ApiError = { error: { status: number; details: { errors?: { path: (string | number)[]; code: string }[] } } };
type Sent = { data: { documentId: string; fields: string[] } } & ApiError;
const api = <T>(path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
  sendJson<T>(`${cms.url}/api${path}`, method, body, { ...bearer(EDIT_TOKEN), ...headers });

/** A fresh session of buergermeisterhof's edit link, as the site opens it from the mailed link. */
const newSession = async () => {
  const before = smtp.received.length;
  expect((await redaktion('POST', `/kreativorte/places/${await placeId('buergermeisterhof')}/edit-links`)).status).toBe(201);
  const { mail } = await smtp.waitForMail(/Bearbeitungslink/, before);
  const token = new URL(/https:\/\/kreativorte\.example\/bearbeiten\?t=\S+/.exec(mail.text ?? '')![0]).searchParams.get('t')!;
  return (await api<{ data: { session: string } }>('/edit-sessions', 'POST', { token })).body!.data.session;
};

const refusedPaths = (answer: { body: ApiError | null }) => answer.body?.error.details.errors?.map((error) => `${error.path.join('.')}:${error.code}`);

/** A notice as the Redaktion enters it in the admin, published, at the place of `slug`. */
const publishedNotice = async (slug: string, text: string) => {
  const created = await cms.strapi.documents(NOTICE).create({
    locale: 'de',
    data: { direction: 'offer', kind: 'studios', text, addedOn: '2025-01-15', place: await placeId(slug), isSample: false },
  });
  await cms.strapi.documents(NOTICE).publish({ documentId: created.documentId, locale: 'de' });
  return created.documentId;
};

beforeAll(async () => {
  stack = await startEditStack({ EDIT_RATE_LIMIT: '100' });
  ({ smtp, cms, redaktion, autor, logged } = stack);
});
afterAll(() => stack?.stop());

describe('notice requests', () => {
  const seeking = { direction: 'seeking', kind: 'investors', text: 'Wir suchen Menschen, die mit uns das Dach der Scheune finanzieren.', expiresOn: null };
  const send = (session: string, notice: Record<string, unknown>, noticeDocumentId: string | null = null) =>
    api<Sent>('/change-requests', 'POST', { data: { subject: 'notice', noticeDocumentId, notice } }, { 'x-edit-session': session });
  const withdraw = (session: string, noticeDocumentId: string) =>
    api<Sent>('/change-requests', 'POST', { data: { subject: 'notice', noticeDocumentId, cancel: true } }, { 'x-edit-session': session });
  let session = '';
  /** The notice the Redaktion applied from the first request, for the later tests. */
  let createdId = '';

  beforeAll(async () => {
    session = await newSession();
  });

  it('are refused with the field named: a kind its direction does not take, no text, too long, markup, a past or far last day', async () => {
    const today = berlinDay(new Date());
    const cases: [Record<string, unknown>, string][] = [
      [{ ...seeking, kind: 'coworking' }, 'kind:kind_direction'],
      [{ ...seeking, direction: 'offer' }, 'kind:kind_direction'],
      [{ ...seeking, kind: 'money' }, 'kind:invalid'],
      [{ ...seeking, direction: 'both' }, 'direction:invalid'],
      [{ ...seeking, text: '   ' }, 'text:required'],
      [{ ...seeking, text: 'x'.repeat(501) }, 'text:too_long'],
      [{ ...seeking, text: 'Hallo <script>alert(1)</script>' }, 'text:markup'],
      [{ ...seeking, expiresOn: '2020-01-01' }, 'expiresOn:in_past'],
      [{ ...seeking, expiresOn: `${Number(today.slice(0, 4)) + 3}${today.slice(4)}` }, 'expiresOn:too_far_ahead'],
      [{ ...seeking, expiresOn: '30.06.2027' }, 'expiresOn:invalid'],
    ];
    const before = await cms.strapi.db.query(CHANGE_REQUEST).count({});
    for (const [notice, refused] of cases) {
      const answer = await send(session, notice);
      expect(answer.status, refused).toBe(400);
      expect(refusedPaths(answer), refused).toContain(refused);
    }
    expect(await cms.strapi.db.query(CHANGE_REQUEST).count({})).toBe(before);
  });

  it("are accepted, shown to the Redaktion with every field, and applied as a German draft at the link's place, added today", async () => {
    const sent = await send(session, { ...seeking, expiresOn: '2027-06-30' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body?.data.fields).toEqual(['direction', 'kind', 'text', 'expiresOn']);
    const id = sent.body!.data.documentId;
    await smtp.waitForMail(/Neuer Änderungswunsch zu Gesucht & Angeboten/);

    const list = await redaktion<{ data: { documentId: string; subject: string; fields: string[] }[] }>('GET', '/kreativorte/change-requests?status=open');
    expect(list.body?.data.find((request) => request.documentId === id)).toMatchObject({ subject: 'notice', fields: [expect.stringMatching(/^Neu bei Gesucht & Angeboten: Wir suchen Menschen/)] });
    const detail = await redaktion<{ data: { subject: string; entry: unknown; fields: { field: string; label: string; proposed: string }[] } }>('GET', `/kreativorte/change-requests/${id}`);
    expect(detail.body?.data).toMatchObject({ subject: 'notice', entry: { documentId: null, cancel: false } });
    expect(detail.body?.data.fields.map(({ field, label, proposed }) => [field, label, proposed])).toEqual([
      ['direction', 'Richtung', 'Gesucht'],
      ['kind', 'Art', 'Investoren'],
      ['text', 'Beschreibung', seeking.text],
      ['expiresOn', 'Gültig bis', '30.06.2027'],
    ]);

    expect((await autor('POST', `/kreativorte/change-requests/${id}/apply`, { fields: [], images: [] })).status).toBe(403);
    const applied = await redaktion<{ data: { placeDocumentId: string; entryDocumentId: string } }>('POST', `/kreativorte/change-requests/${id}/apply`, { fields: [], images: [] });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    createdId = applied.body!.data.entryDocumentId;
    const created = await cms.strapi.documents(NOTICE).findOne({ documentId: createdId, locale: 'de', status: 'draft', populate: { place: true } });
    expect(created).toMatchObject({ direction: 'seeking', kind: 'investors', text: seeking.text, expiresOn: '2027-06-30', addedOn: berlinDay(new Date()), isSample: false });
    expect(created?.place?.documentId).toBe(await placeId('buergermeisterhof'));
    expect(await cms.strapi.documents(NOTICE).findOne({ documentId: createdId, locale: 'de', status: 'published' })).toBeNull();
    expect((await redaktion('POST', `/kreativorte/change-requests/${id}/apply`, { fields: [], images: [] })).status).toBe(409);
  });

  it('are listed to the session with drafts and expired ones marked; a change is measured against the draft and applied field by field', async () => {
    const expired = await publishedNotice('buergermeisterhof', 'Zwei Ateliers frei');
    await cms.strapi.db.query(NOTICE).updateMany({ where: { documentId: expired }, data: { expiresOn: '2025-06-30' } });
    const shown = await api<{ data: { notices: { documentId: string; published: boolean; expired: boolean; notice: Record<string, unknown> }[] } }>('/edit-sessions/current', 'GET', undefined, { 'x-edit-session': session });
    expect(shown.body?.data.notices).toEqual(
      expect.arrayContaining([
        { documentId: createdId, published: false, expired: false, notice: { ...seeking, expiresOn: '2027-06-30' } },
        { documentId: expired, published: true, expired: true, notice: { direction: 'offer', kind: 'studios', text: 'Zwei Ateliers frei', expiresOn: '2025-06-30' } },
      ]),
    );

    expect(refusedPaths(await send(session, { ...seeking, expiresOn: '2027-06-30' }, createdId))).toEqual([':unchanged']);
    const renewed = await send(session, { direction: 'offer', kind: 'studios', text: 'Zwei Ateliers frei, ab März', expiresOn: null }, expired);
    expect(renewed.body?.data.fields).toEqual(['text', 'expiresOn']);
    const change = await redaktion<{ data: { fields: { field: string; current: string; proposed: string }[] } }>('GET', `/kreativorte/change-requests/${renewed.body!.data.documentId}`);
    expect(change.body?.data.fields).toEqual([
      expect.objectContaining({ field: 'text', current: 'Zwei Ateliers frei', proposed: 'Zwei Ateliers frei, ab März' }),
      expect.objectContaining({ field: 'expiresOn', current: '30.06.2025', proposed: '(unbefristet)' }),
    ]);
    expect((await redaktion('POST', `/kreativorte/change-requests/${renewed.body!.data.documentId}/apply`, { fields: ['expiresOn'], images: [] })).status).toBe(200);
    expect(await cms.strapi.documents(NOTICE).findOne({ documentId: expired, locale: 'de', status: 'draft' })).toMatchObject({ text: 'Zwei Ateliers frei', expiresOn: null });
  });

  it("never touch another place's notice: refused on intake, and on applying a request stored as if it had passed", async () => {
    const foreign = await publishedNotice('kultur-nische', 'Werkstatt zu vermieten');
    expect(refusedPaths(await send(session, seeking, foreign))).toEqual(['noticeDocumentId:invalid']);
    expect(refusedPaths(await withdraw(session, foreign))).toEqual(['noticeDocumentId:invalid']);
    const forged = await cms.strapi.documents(CHANGE_REQUEST).create({
      data: { subject: 'notice', noticeDocumentId: foreign, placeDocumentId: await placeId('buergermeisterhof'), editLinkDocumentId: 'forged', changes: { ...seeking, direction: 'offer', kind: 'other', text: 'Übernommen?' }, reviewStatus: 'open' },
    });
    expect((await redaktion('POST', `/kreativorte/change-requests/${forged.documentId}/apply`, { fields: ['text'], images: [] })).status).toBe(404);
    const cancel = await cms.strapi.documents(CHANGE_REQUEST).create({
      data: { subject: 'notice', noticeDocumentId: foreign, placeDocumentId: await placeId('buergermeisterhof'), editLinkDocumentId: 'forged', changes: { cancel: true, title: 'x' }, reviewStatus: 'open' },
    });
    expect((await redaktion('POST', `/kreativorte/change-requests/${cancel.documentId}/apply`, { fields: [], images: [] })).status).toBe(404);
    expect(await cms.strapi.documents(NOTICE).findOne({ documentId: foreign, locale: 'de', status: 'published' })).toMatchObject({ text: 'Werkstatt zu vermieten' });
    expect((await cms.strapi.db.query(CHANGE_REQUEST).findOne({ where: { documentId: forged.documentId } })).reviewStatus).toBe('open');
  });

  it('are withdrawn for the place\'s own notices: applied, the notice is unpublished in every language and its draft stays', async () => {
    await cms.strapi.documents(NOTICE).publish({ documentId: createdId, locale: 'de' });
    const sent = await withdraw(session, createdId);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body?.data.fields).toEqual(['cancel']);
    const detail = await redaktion<{ data: { entry: unknown; fields: { field: string; label: string; current: string }[] } }>('GET', `/kreativorte/change-requests/${sent.body!.data.documentId}`);
    expect(detail.body?.data.entry).toEqual({ documentId: createdId, title: expect.stringMatching(/^Wir suchen Menschen.*…$/), cancel: true });
    expect(detail.body?.data.fields).toEqual([expect.objectContaining({ field: 'cancel', label: 'Zurückziehen', current: seeking.text })]);
    expect((await autor('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/apply`, { fields: [], images: [] })).status).toBe(403);
    expect((await redaktion('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/apply`, { fields: [], images: [] })).status).toBe(200);
    expect(await cms.strapi.documents(NOTICE).findOne({ documentId: createdId, locale: 'de', status: 'published' })).toBeNull();
    expect(await cms.strapi.documents(NOTICE).findOne({ documentId: createdId, locale: 'de', status: 'draft' })).toMatchObject({ text: seeking.text });
  });

  it('are rejected with a note that goes to the place', async () => {
    const sent = await send(session, { ...seeking, kind: 'supporters', text: 'Wir suchen Hände für den Garten.' });
    const before = smtp.received.length;
    expect((await redaktion('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/reject`, { note: 'Bitte mit Datum.' })).status).toBe(200);
    const { envelopeTo, mail } = await smtp.waitForMail(/Ihr Änderungswunsch/, before);
    expect(envelopeTo).toEqual([PRIVATE_EMAIL]);
    expect(mail.text).toContain('Bitte mit Datum.');
  });

  it('log ids and field names, never what was typed', () => {
    const log = logged.join('\n');
    expect(log).toMatch(/notice change request \S+ received for place \S+: new notice: direction, kind, text, expiresOn/);
    expect(log).toMatch(/notice change request \S+ received for place \S+: cancel notice \S+/);
    expect(log).not.toContain(seeking.text.slice(0, 30));
    expect(log).not.toContain('Zwei Ateliers frei, ab März');
  });
});
