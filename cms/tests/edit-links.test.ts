import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { purgeChangeRequests } from '../src/change-requests/retention';
import { sign } from '../src/edit-links/tokens';
import { addCounts } from '../src/reach/store';
import { berlinDay } from '../src/time';
import type { AdminCall } from './support/admin';
import { bearer, type Cms } from './support/cms';
import { EDIT_LINK_SECRET, EDIT_TOKEN, PRIVATE_EMAIL, startEditStack } from './support/edit-stack';
import { siteToken } from './support/env';
import { readJson, sendJson } from './support/json';

/** Attempts per link and minute: more than the tests of one link make, fewer than the limit test sends. */
const PER_MINUTE = 8;
const PLACE = 'api::place.place';
const filesDir = mkdtempSync(join(tmpdir(), 'kig-held-'));

let stack: Awaited<ReturnType<typeof startEditStack>>;
let smtp: typeof stack.smtp;
let cms: Cms;
let redaktion: AdminCall;
let autor: AdminCall;
let site: typeof stack.site;
/** Everything the CMS logged while this file ran. */
let logged: string[] = [];

const placeId = async (slug: string): Promise<string> =>
  (await cms.strapi.db.query(PLACE).findOne({ where: { slug, locale: 'de' }, select: ['documentId'] })).documentId;

beforeAll(async () => {
  stack = await startEditStack({ CHANGE_REQUEST_FILES_DIR: filesDir, EDIT_RATE_LIMIT: String(PER_MINUTE) });
  ({ smtp, site, cms, redaktion, autor, logged } = stack);
});
afterAll(() => stack?.stop());

type Session = { session: string; expiresAt: string; place: { slug: string; name: string } };
type ApiError = { error: { status: number; message: string; details: { reason?: string; errors?: { path: (string | number)[]; code: string }[]; retryAfterSeconds?: number } } };

const api = <T>(path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
  sendJson<T>(`${cms.url}/api${path}`, method, body, { ...bearer(EDIT_TOKEN), ...headers });
const exchange = (token: string) => api<{ data: Session } & ApiError>('/edit-sessions', 'POST', { token });
const current = (session: string) =>
  api<{ data: { profile: Profile; images: unknown[]; place: { slug: string }; views: { days: number; total: number; weeks: { until: string; views: number }[] } } } & ApiError>('/edit-sessions/current', 'GET', undefined, { 'x-edit-session': session });

type Profile = Record<string, unknown> & { town: string; building: string; facts: Record<string, unknown> };
/** Sends a change request as the site does: the whole profile, and images as multipart. */
const submit = async (session: string, profile: Profile, images: { meta: Record<string, string>; file?: Buffer; type?: string }[] = []) => {
  const headers = { ...bearer(EDIT_TOKEN), 'x-edit-session': session };
  if (!images.length) return api<{ data: { documentId: string; fields: string[] } } & ApiError>('/change-requests', 'POST', { data: { profile, images: [] } }, { 'x-edit-session': session });
  const form = new FormData();
  form.set('data', JSON.stringify({ profile, images: images.map((image) => image.meta) }));
  images.forEach((image, index) => image.file && form.set(`image${index}`, new Blob([image.file], { type: image.type ?? 'image/jpeg' }), `bild-${index}.jpg`));
  const response = await fetch(`${cms.url}/api/change-requests`, { method: 'POST', headers, body: form });
  return { status: response.status, body: await readJson<{ data: { documentId: string; fields: string[] } } & ApiError>(response) };
};

const photo = () => sharp({ create: { width: 320, height: 200, channels: 3, background: '#4a7a3b' } }).jpeg().toBuffer();

/** Sends a link from the admin, as the Redaktion, and reads its token from the mail. */
const sendLink = async (slug: string) => {
  const before = smtp.received.length;
  const sent = await redaktion<{ data: { documentId: string } }>('POST', `/kreativorte/places/${await placeId(slug)}/edit-links`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  const { mail, envelopeTo: to } = await smtp.waitForMail(/Bearbeitungslink/, before);
  const token = new URL(/https:\/\/kreativorte\.example\/bearbeiten\?t=\S+/.exec(mail.text ?? '')![0]).searchParams.get('t')!;
  return { token, to, mail, linkId: sent.body!.data.documentId };
};

describe('edit links', () => {
  let token = '';
  let session = '';
  let linkId = '';

  it('are mailed to the place private address, with a link to the site, and only by reviewers', async () => {
    expect((await autor('GET', `/kreativorte/places/${await placeId('buergermeisterhof')}/edit-links`)).status).toBe(403);
    expect((await autor('POST', `/kreativorte/places/${await placeId('buergermeisterhof')}/edit-links`)).status).toBe(403);
    const sent = await sendLink('buergermeisterhof');
    ({ token, linkId } = sent);
    expect(sent.to).toEqual([PRIVATE_EMAIL]);
    expect(sent.mail.subject).toContain('Bürgermeisterhof');
    expect(sent.mail.text).toContain('https://kreativorte.example/en/bearbeiten?t=');
    const state = await redaktion<{ data: { canSend: boolean; links: { status: string }[] } }>('GET', `/kreativorte/places/${await placeId('buergermeisterhof')}/edit-links`);
    expect(state.body?.data).toMatchObject({ canSend: true, links: [{ status: 'active' }] });
  });

  it('are refused for sample places and places without a private address', async () => {
    const sample = await cms.strapi.db.query(PLACE).findOne({ where: { isSample: true, locale: 'de' }, select: ['documentId'] });
    const refusedSample = await redaktion<ApiError>('POST', `/kreativorte/places/${sample.documentId}/edit-links`);
    expect(refusedSample.status).toBe(409);
    expect(refusedSample.body?.error.message).toContain('Beispielorte');
    const noEmail = await redaktion<ApiError>('POST', `/kreativorte/places/${await placeId('kultur-nische')}/edit-links`);
    expect(noEmail.status).toBe(409);
    expect(noEmail.body?.error.message).toContain('private E-Mail');
  });

  it('open a session for exactly their place, showing its published profile', async () => {
    const opened = await exchange(token);
    expect(opened.status).toBe(201);
    expect(opened.body?.data.place.slug).toBe('buergermeisterhof');
    session = opened.body!.data.session;
    const shown = await current(session);
    expect(shown.status).toBe(200);
    expect(shown.body?.data.place.slug).toBe('buergermeisterhof');
    expect(shown.body?.data.profile.building.length).toBeGreaterThan(20);
    expect(JSON.stringify(shown.body)).not.toContain(PRIVATE_EMAIL);
  });

  it("show the place's own profile views of the last 30 days, German and English page together, by week", async () => {
    const today = berlinDay(new Date());
    await addCounts(cms.strapi, [
      { day: today, kind: 'page', key: '/orte/buergermeisterhof', views: 3 },
      { day: today, kind: 'page', key: '/en/orte/buergermeisterhof', views: 2 },
      { day: today, kind: 'page', key: '/orte/kultur-nische', views: 7 },
    ]);
    const { views } = (await current(session)).body!.data;
    expect(views).toMatchObject({ days: 30, total: 5 });
    expect(views.weeks[0]).toEqual({ until: today, views: 5 });
    expect(views.weeks.reduce((sum, week) => sum + week.views, 0)).toBe(5);
  });

  it('give the site nothing else: its token reads no content, no proposals and no change requests', async () => {
    for (const path of ['/places', '/submissions', '/change-requests', '/edit-links', `/places/${await placeId('kultur-nische')}`]) {
      expect((await api(path, 'GET')).status, path).toBeGreaterThanOrEqual(400);
    }
    const graphql = await sendJson<{ errors?: unknown[]; data?: unknown }>(`${cms.url}/graphql`, 'POST', { query: '{ places { name } }' }, bearer(EDIT_TOKEN));
    expect(graphql.body?.errors?.length ?? 0, JSON.stringify(graphql.body)).toBeGreaterThan(0);
    // The site's read token may not open sessions.
    const withSiteToken = await sendJson(`${cms.url}/api/edit-sessions`, 'POST', { token }, bearer(siteToken));
    expect(withSiteToken.status).toBe(403);
  });

  it('refuse forged, tampered and expired tokens and sessions with 401', async () => {
    const forged = sign('not-the-secret', 'link', { link: linkId, exp: new Date(Date.now() + 60_000) });
    expect((await exchange(forged)).body?.error).toMatchObject({ status: 401, details: { reason: 'invalid' } });
    expect((await exchange(`${token.slice(0, -2)}xx`)).status).toBe(401);
    // A session is no link token, and a link token is no session.
    expect((await exchange(session)).status).toBe(401);
    expect((await current(token)).status).toBe(401);
    // A genuine token for this link that the database does not know (not the one mailed).
    expect((await exchange(sign(EDIT_LINK_SECRET, 'link', { link: linkId, exp: new Date(Date.now() + 60_000) }))).status).toBe(401);
    const expired = sign(EDIT_LINK_SECRET, 'session', { link: linkId, exp: new Date(Date.now() - 1000) });
    expect((await current(expired)).body?.error).toMatchObject({ status: 401, details: { reason: 'expired' } });
  });
});

describe('change requests', () => {
  let session = '';
  let profile: Profile;
  let documentId = '';
  const newTown = 'Mellin ist ein Rundlingsdorf mit 60 Menschen.\n\nSeit 2024 gibt es wieder einen Laden.';

  beforeAll(async () => {
    const { token } = await sendLink('buergermeisterhof');
    session = (await exchange(token)).body!.data.session;
    profile = (await current(session)).body!.data.profile;
  });

  it('name each refused field, and refuse markup, bad files and nothing changed', async () => {
    const markup = await submit(session, { ...profile, building: 'Hallo <script>alert(1)</script>' });
    expect(markup.status).toBe(400);
    expect(markup.body?.error.details.errors).toEqual([expect.objectContaining({ path: ['building'], code: 'markup' })]);
    const tooLong = await submit(session, { ...profile, website: 'ftp://example.org', facts: { ...profile.facts, yearBuilt: 3000 } });
    expect(tooLong.body?.error.details.errors?.map((error) => error.path.join('.')).sort()).toEqual(['facts.yearBuilt', 'website']);
    const svg = await submit(session, profile, [{ meta: { alt: 'Bild', credit: '', licence: '', role: 'gallery' }, file: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), type: 'image/png' }]);
    expect(svg.body?.error.details.errors).toEqual([expect.objectContaining({ path: ['images', 0, 'file'], code: 'file_type' })]);
    const noAlt = await submit(session, profile, [{ meta: { alt: '', credit: '', licence: '', role: 'gallery' }, file: await photo() }]);
    expect(noAlt.body?.error.details.errors).toEqual([expect.objectContaining({ path: ['images', 0, 'alt'] })]);
    const unchanged = await submit(session, profile);
    expect(unchanged.body?.error.details.errors).toEqual([expect.objectContaining({ code: 'unchanged' })]);
  });

  it('keep only what differs, and hold images where no URL reaches them', async () => {
    const uploads = join(inject('publicDir'), 'uploads');
    const before = readdirSync(uploads).length;
    const sent = await submit(session, { ...profile, town: newTown }, [
      { meta: { alt: 'Der Hof im Sommer', credit: 'Foto: Anna Muster', licence: 'CC BY 4.0', role: 'gallery' }, file: await photo() },
    ]);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body?.data.fields).toEqual(['town']);
    documentId = sent.body!.data.documentId;
    expect(readdirSync(uploads).length).toBe(before);
    expect(readdirSync(filesDir).length).toBe(1);
    const list = await redaktion<{ data: { documentId: string; fields: string[]; images: number }[] }>('GET', '/kreativorte/change-requests');
    expect(list.body?.data.find((request) => request.documentId === documentId)).toMatchObject({ fields: ['Der Ort'], images: 1 });
    await smtp.waitForMail(/Neuer Änderungswunsch/);
  });

  it('show the editor each field against the draft, with a conflict where an editor changed it since the link was sent', async () => {
    const id = await placeId('buergermeisterhof');
    await cms.strapi.documents(PLACE).update({ documentId: id, locale: 'de', data: { town: [{ type: 'paragraph', children: [{ type: 'text', text: 'Von der Redaktion geändert.' }] }] } });
    const detail = await redaktion<{ data: { fields: { field: string; current: string; proposed: string; conflict: boolean }[]; images: { url: string }[] } }>(
      'GET',
      `/kreativorte/change-requests/${documentId}`,
    );
    expect(detail.body?.data.fields).toEqual([{ field: 'town', label: 'Der Ort', current: 'Von der Redaktion geändert.', proposed: newTown, conflict: true }]);
    const image = await fetch(`${cms.url}${detail.body!.data.images[0].url}`, { headers: { authorization: `Bearer ${await adminBearer()}` } });
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('cache-control')).toBe('private, no-store');
    expect((await autor('GET', `/kreativorte/change-requests/${documentId}`)).status).toBe(403);
    expect((await fetch(`${cms.url}${detail.body!.data.images[0].url}`)).status).toBe(401);
  });

  it('are applied to the draft only by reviewers, in one step, and publishing stays separate', async () => {
    expect((await autor('POST', `/kreativorte/change-requests/${documentId}/apply`, { fields: ['town'], images: [0] })).status).toBe(403);
    const applied = await redaktion('POST', `/kreativorte/change-requests/${documentId}/apply`, { fields: ['town'], images: [0] });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const id = await placeId('buergermeisterhof');
    const draft = await cms.strapi.documents(PLACE).findOne({ documentId: id, locale: 'de', status: 'draft', populate: { gallery: { populate: { media: true } } } });
    expect(JSON.stringify(draft?.town)).toContain('Rundlingsdorf');
    expect(draft?.gallery?.at(-1)).toMatchObject({ alt: 'Der Hof im Sommer', credit: 'Foto: Anna Muster', licence: 'CC BY 4.0' });
    const published = await cms.strapi.documents(PLACE).findOne({ documentId: id, locale: 'de', status: 'published' });
    expect(JSON.stringify(published?.town)).not.toContain('Rundlingsdorf');
    expect(readdirSync(filesDir)).toEqual([]);
    expect((await redaktion('POST', `/kreativorte/change-requests/${documentId}/apply`, { fields: ['town'], images: [] })).status).toBe(409);
  });

  it('stored before seekings and offers became notices, show and apply their other fields and ignore those', async () => {
    const id = await placeId('buergermeisterhof');
    const linkDocumentId = (await cms.strapi.db.query('api::edit-link.edit-link').findOne({ where: { placeDocumentId: id }, select: ['documentId'] })).documentId;
    const old = await cms.strapi.documents('api::change-request.change-request').create({
      data: {
        subject: 'profile',
        placeDocumentId: id,
        editLinkDocumentId: linkDocumentId,
        reviewStatus: 'open',
        changes: {
          website: 'https://alt.buergermeisterhof.example',
          offers: [{ kind: 'coworking', text: 'Zwölf Plätze' }],
          seeking: [{ what: 'tenants', text: 'Eine Werkstatt', expiresOn: '2027-01-31' }],
        },
      },
    });
    const detail = await redaktion<{ data: { fields: { field: string }[] } }>('GET', `/kreativorte/change-requests/${old.documentId}`);
    expect(detail.status).toBe(200);
    expect(detail.body?.data.fields.map(({ field }) => field)).toEqual(['website']);
    const applied = await redaktion('POST', `/kreativorte/change-requests/${old.documentId}/apply`, { fields: ['website', 'offers', 'seeking'], images: [] });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const draft = await cms.strapi.documents(PLACE).findOne({ documentId: id, locale: 'de', status: 'draft' });
    expect(draft).toMatchObject({ website: 'https://alt.buergermeisterhof.example' });
    expect(draft).not.toHaveProperty('seeking');
    expect(await cms.strapi.db.query('api::notice.notice').count({ where: { text: { $in: ['Zwölf Plätze', 'Eine Werkstatt'] } } })).toBe(0);
  });

  it('are rejected with a note that goes to the place', async () => {
    const sent = await submit(session, { ...profile, website: 'https://neu.buergermeisterhof.example' });
    expect(sent.status).toBe(201);
    const before = smtp.received.length;
    expect((await redaktion('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/reject`, { note: '' })).status).toBe(400);
    const rejected = await redaktion('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/reject`, { note: 'Die Adresse ist noch nicht erreichbar.' });
    expect(rejected.status).toBe(200);
    const { envelopeTo: to, mail } = await smtp.waitForMail(/Ihr Änderungswunsch zu/, before);
    expect(to).toEqual([PRIVATE_EMAIL]);
    expect(mail.text).toContain('Die Adresse ist noch nicht erreichbar.');
  });

  it('end with their link: a revoked link opens nothing and sends nothing', async () => {
    const { token, linkId } = await sendLink('buergermeisterhof');
    const fresh = (await exchange(token)).body!.data.session;
    // Sending a new link revoked the one before.
    expect((await current(session)).body?.error).toMatchObject({ status: 401, details: { reason: 'revoked' } });
    expect((await redaktion('POST', `/kreativorte/edit-links/${linkId}/revoke`)).status).toBe(200);
    expect((await current(fresh)).body?.error.details.reason).toBe('revoked');
    expect((await submit(fresh, { ...profile, town: 'Nie gespeichert' })).status).toBe(401);
    expect((await exchange(token)).status).toBe(401);
  });

  it('are limited per link: a few a minute', async () => {
    const { token } = await sendLink('buergermeisterhof');
    const limited = (await exchange(token)).body!.data.session;
    const statuses: number[] = [];
    for (let i = 0; i <= PER_MINUTE; i++) statuses.push((await submit(limited, { ...profile, building: `Versuch ${i}` })).status);
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(201), 429]);
  });

  it('are never announced to webhooks, and never log a token, a session or the private address', async () => {
    expect(site.received.filter((webhook) => /change-request|edit-link/.test(webhook.body.model ?? ''))).toEqual([]);
    const log = logged.join('\n');
    expect(log).not.toContain(PRIVATE_EMAIL);
    expect(log).not.toContain(session.split('.')[1]);
    expect(log).toMatch(/change request \S+ applied/);
  });
});

describe('event requests', () => {
  let session = '';
  /** The event the Redaktion applied from a request, for the later tests. */
  let createdId = '';
  const EVENT = 'api::event.event';
  /** A summer date in Berlin time (CEST): 14:00–18:00 on 12 June 2027. */
  const event = {
    title: 'Hoffest mit Werkstattführung',
    kind: 'open_day',
    startsAt: '2027-06-12T12:00:00.000Z',
    endsAt: '2027-06-12T16:00:00.000Z',
    allDay: false,
    description: 'Wir öffnen den Hof.\n\nFührungen um 14 und 16 Uhr.',
    registrationUrl: 'https://buergermeisterhof.example/anmeldung',
    price: 'Eintritt frei',
    accessibility: 'Stufenloser Zugang zum Hof.',
  };
  const sendEvent = (body: Record<string, unknown>, eventDocumentId: string | null = null, as = session) =>
    api<{ data: { documentId: string; fields: string[] } } & ApiError>('/change-requests', 'POST', { data: { subject: 'event', eventDocumentId, event: body } }, { 'x-edit-session': as });
  const refusedPaths = (answer: Awaited<ReturnType<typeof sendEvent>>) => answer.body?.error.details.errors?.map((error) => `${error.path.join('.')}:${error.code}`);
  const placeEvents = async (slug: string) => cms.strapi.documents(EVENT).findMany({ locale: 'de', status: 'draft', filters: { place: { documentId: await placeId(slug) } } });

  /** A new link each test: each sends about as many requests as a link may send a minute. */
  const newSession = async () => {
    const { token } = await sendLink('buergermeisterhof');
    session = (await exchange(token)).body!.data.session;
  };

  it('are refused with the field named: end before start, start over three years ahead, an unsafe link, no title, no start', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...event, endsAt: '2027-06-12T11:00:00.000Z' }, 'endsAt:ends_before_start'],
      [{ ...event, startsAt: new Date(Date.now() + 3.1 * 365 * 24 * 3600_000).toISOString(), endsAt: null }, 'startsAt:too_far_ahead'],
      [{ ...event, registrationUrl: 'javascript:alert(1)' }, 'registrationUrl:invalid'],
      [{ ...event, registrationUrl: 'https://buergermeisterhof.example/"><script>alert(1)</script>' }, 'registrationUrl:invalid'],
      [{ ...event, registrationUrl: 'ftp://buergermeisterhof.example' }, 'registrationUrl:invalid'],
      [{ ...event, title: '  ' }, 'title:required'],
      [{ ...event, startsAt: '' }, 'startsAt:required'],
    ];
    await newSession();
    const before = await cms.strapi.db.query('api::change-request.change-request').count({});
    for (const [body, refused] of cases) {
      const answer = await sendEvent(body);
      expect(answer.status, refused).toBe(400);
      expect(refusedPaths(answer), refused).toContain(refused);
    }
    expect(await cms.strapi.db.query('api::change-request.change-request').count({})).toBe(before);
  });

  it('are accepted, shown to the Redaktion with every field, and applied as a German draft at the link\'s place', async () => {
    await newSession();
    const sent = await sendEvent(event);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const id = sent.body!.data.documentId;
    await smtp.waitForMail(/Neuer Änderungswunsch zu einem Termin/);
    const detail = await redaktion<{ data: { subject: string; entry: { documentId: string | null; title: string }; fields: { field: string; proposed: string }[] } }>('GET', `/kreativorte/change-requests/${id}`);
    expect(detail.body?.data).toMatchObject({ subject: 'event', entry: { documentId: null, title: event.title } });
    expect(detail.body?.data.fields.map((field) => field.field)).toEqual(['title', 'kind', 'when', 'description', 'registrationUrl', 'price', 'accessibility']);
    expect(detail.body?.data.fields.find((field) => field.field === 'when')?.proposed).toBe('Samstag, 12. Juni 2027, 14:00 Uhr bis Samstag, 12. Juni 2027, 18:00 Uhr');
    expect(detail.body?.data.fields.find((field) => field.field === 'kind')?.proposed).toBe('Tag der offenen Tür');

    expect((await autor('POST', `/kreativorte/change-requests/${id}/apply`, { fields: [], images: [] })).status).toBe(403);
    const applied = await redaktion<{ data: { placeDocumentId: string; entryDocumentId: string } }>('POST', `/kreativorte/change-requests/${id}/apply`, { fields: [], images: [] });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const created = await cms.strapi.documents(EVENT).findOne({ documentId: applied.body!.data.entryDocumentId, locale: 'de', status: 'draft', populate: { place: true } });
    expect(created).toMatchObject({ title: event.title, slug: 'hoffest-mit-werkstattfuehrung', kind: 'open_day', allDay: false, isSample: false, price: 'Eintritt frei' });
    expect(new Date(String(created?.startsAt)).toISOString()).toBe(event.startsAt);
    expect(created?.place?.documentId).toBe(await placeId('buergermeisterhof'));
    createdId = created!.documentId;
    expect(await cms.strapi.documents(EVENT).findOne({ documentId: created!.documentId, locale: 'de', status: 'published' })).toBeNull();

    // The session lists it as the place's own, unpublished; a change is measured against its draft.
    const shown = await api<{ data: { events: { documentId: string; published: boolean; event: { title: string } }[] } }>('/edit-sessions/current', 'GET', undefined, { 'x-edit-session': session });
    expect(shown.body?.data.events).toContainEqual(expect.objectContaining({ documentId: created!.documentId, published: false }));
    expect((await sendEvent(event, created!.documentId)).body?.error.details.errors).toEqual([expect.objectContaining({ code: 'unchanged' })]);
    const changed = await sendEvent({ ...event, price: '5 €', allDay: true, startsAt: '2027-06-11T22:00:00.000Z', endsAt: '2027-06-12T22:00:00.000Z' }, created!.documentId);
    expect(changed.body?.data.fields).toEqual(['when', 'price']);
    const change = await redaktion<{ data: { fields: { field: string; current: string; proposed: string }[] } }>('GET', `/kreativorte/change-requests/${changed.body!.data.documentId}`);
    expect(change.body?.data.fields).toEqual([
      expect.objectContaining({ field: 'when', proposed: 'Samstag, 12. Juni 2027 bis Sonntag, 13. Juni 2027 (ganztägig)' }),
      expect.objectContaining({ field: 'price', current: 'Eintritt frei', proposed: '5 €' }),
    ]);
    expect((await redaktion('POST', `/kreativorte/change-requests/${changed.body!.data.documentId}/apply`, { fields: ['price'], images: [] })).status).toBe(200);
    const updated = await cms.strapi.documents(EVENT).findOne({ documentId: created!.documentId, locale: 'de', status: 'draft' });
    expect(updated).toMatchObject({ price: '5 €', allDay: false });
  });

  it('never touch another place\'s event: a forged documentId is refused on intake and on applying', async () => {
    const foreign = (await placeEvents('kultur-nische'))[0] ?? (await cms.strapi.documents(EVENT).findMany({ locale: 'de', status: 'draft', filters: { place: { documentId: { $ne: await placeId('buergermeisterhof') } } } }))[0];
    expect(foreign).toBeDefined();
    await newSession();
    const refused = await sendEvent(event, foreign.documentId);
    expect(refused.status).toBe(400);
    expect(refusedPaths(refused)).toEqual(['eventDocumentId:invalid']);
    // Stored as if it had passed: applying checks the event's place again.
    const forged = await cms.strapi.documents('api::change-request.change-request').create({
      data: { subject: 'event', eventDocumentId: foreign.documentId, placeDocumentId: await placeId('buergermeisterhof'), editLinkDocumentId: 'forged', changes: { ...event, title: 'Übernommen?' }, reviewStatus: 'open' },
    });
    expect((await redaktion('POST', `/kreativorte/change-requests/${forged.documentId}/apply`, { fields: ['title'], images: [] })).status).toBe(404);
    expect((await cms.strapi.documents(EVENT).findOne({ documentId: foreign.documentId, locale: 'de', status: 'draft' }))?.title).toBe(foreign.title);
    expect((await cms.strapi.db.query('api::change-request.change-request').findOne({ where: { documentId: forged.documentId } })).reviewStatus).toBe('open');
  });

  it("are cancelled for the place's own events only: applied, the event is unpublished and its draft stays", async () => {
    await newSession();
    await cms.strapi.documents(EVENT).publish({ documentId: createdId, locale: 'de' });
    const cancel = (eventDocumentId: string) =>
      api<{ data: { documentId: string; fields: string[] } } & ApiError>('/change-requests', 'POST', { data: { subject: 'event', eventDocumentId, cancel: true } }, { 'x-edit-session': session });
    const foreign = (await cms.strapi.documents(EVENT).findMany({ locale: 'de', status: 'draft', filters: { place: { documentId: { $ne: await placeId('buergermeisterhof') } } } }))[0];
    expect(refusedPaths(await cancel(foreign.documentId))).toEqual(['eventDocumentId:invalid']);
    const sent = await cancel(createdId);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body?.data.fields).toEqual(['cancel']);
    const detail = await redaktion<{ data: { entry: unknown; fields: { field: string; current: string }[] } }>('GET', `/kreativorte/change-requests/${sent.body!.data.documentId}`);
    expect(detail.body?.data.entry).toEqual({ documentId: createdId, title: event.title, cancel: true });
    expect(detail.body?.data.fields).toEqual([expect.objectContaining({ field: 'cancel', current: 'Samstag, 12. Juni 2027, 14:00 Uhr bis Samstag, 12. Juni 2027, 18:00 Uhr' })]);
    expect((await autor('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/apply`, { fields: [], images: [] })).status).toBe(403);
    expect((await redaktion('POST', `/kreativorte/change-requests/${sent.body!.data.documentId}/apply`, { fields: [], images: [] })).status).toBe(200);
    expect(await cms.strapi.documents(EVENT).findOne({ documentId: createdId, locale: 'de', status: 'published' })).toBeNull();
    expect(await cms.strapi.documents(EVENT).findOne({ documentId: createdId, locale: 'de', status: 'draft' })).toMatchObject({ title: event.title });
  });

  it('log ids and field names, never what was typed', () => {
    const log = logged.join('\n');
    expect(log).toMatch(/event change request \S+ received for place \S+: new event: title, kind, when/);
    expect(log).not.toContain(event.description.split('\n')[0]);
    expect(log).not.toContain(event.registrationUrl);
    expect(log).not.toContain(event.title);
  });
});

describe('retention', () => {
  it('deletes change requests and their images after CHANGE_REQUEST_RETENTION_DAYS', async () => {
    const open = await cms.strapi.db.query('api::change-request.change-request').count({});
    expect(open).toBeGreaterThan(0);
    expect(await purgeChangeRequests(cms.strapi, new Date(Date.now() + 89 * 24 * 3600_000))).toBe(0);
    expect(await purgeChangeRequests(cms.strapi, new Date(Date.now() + 91 * 24 * 3600_000))).toBe(open);
    expect(readdirSync(filesDir)).toEqual([]);
    expect(existsSync(filesDir)).toBe(true);
  });
});

/** The Redaktion's own bearer token, for a request the admin's call helper does not make (a raw image). */
const adminBearer = async () => {
  const login = await sendJson<{ data: { token: string } }>(`${cms.url}/admin/login`, 'POST', { email: 'redaktion@example.com', password: 'Test-Redaktion-2026' });
  return login.body!.data.token;
};
