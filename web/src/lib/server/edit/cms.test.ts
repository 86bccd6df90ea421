import { afterEach, describe, expect, it, vi } from 'vitest';
import { strapiError, useEditCms } from '../testing/edit-cms';
import { currentEdit, sendChangeRequest, sendEntryRequest, sendEntryWithdrawal, startEditSession } from './cms';
import type { EditableEvent } from './event';
import type { EditableProfile } from './profile';

const cms = useEditCms();

const profile: EditableProfile = {
  building: 'Geheimer Entwurf über das Gebäude',
  location: '',
  town: '',
  people: '',
  livingAndWorking: '',
  facts: { formerUse: '', yearBuilt: null, projectFounded: null, floorArea: null, residents: null, workplaces: null },
  contact: { name: '', email: '', phone: '' },
  website: '',
};

const event: EditableEvent = {
  title: 'Tag des offenen Hofes',
  kind: 'open_day',
  startsAt: '2027-06-12T12:00:00.000Z',
  endsAt: '2027-06-12T16:00:00.000Z',
  allDay: false,
  description: 'Geheime Beschreibung des Termins',
  registrationUrl: '',
  price: 'Eintritt frei',
  accessibility: '',
};

const session = 'session.for-tests_ABC';
const current = {
  expiresAt: '2026-12-06T01:00:00.000Z',
  linkExpiresAt: '2027-01-04T22:00:00.000Z',
  place: { slug: 'alte-schule', name: 'Alte Schule' },
  profile,
  images: [{ url: 'http://cms.example/uploads/hof.jpg', alt: 'Der Hof', credit: '', licence: '', role: 'cover' }],
  events: [{ documentId: 'evt123', published: false, event }],
  notices: [{ documentId: 'ntc123', published: true, expired: true, notice: { direction: 'seeking', kind: 'investors', text: 'Wir suchen Geld', expiresOn: '2025-06-30' } }],
  pending: 1,
  completeness: { completeness: 70, missing: ['gallery', 'notice', 'event'] },
  views: { days: 30, total: 12, weeks: [{ until: '2026-12-06', views: 9 }, { until: '2026-11-29', views: 3 }] },
  limits: { maxImages: 3, maxImageMegabytes: 10 },
};

/** Every line the site logged while `run` ran. */
const logged = async (run: () => Promise<unknown>) => {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((line) => lines.push(String(line)) > 0);
  try {
    await run();
  } finally {
    write.mockRestore();
  }
  return lines.join('');
};

afterEach(() => {
  vi.stubEnv('EDIT_TOKEN', 'edit-token-for-tests');
});

describe('startEditSession', () => {
  it('sends the link token with EDIT_TOKEN and answers the session', async () => {
    cms.answer({ status: 201, body: { data: { session, expiresAt: current.expiresAt, place: current.place } } });
    expect(await startEditSession('link-token')).toEqual({ kind: 'ok', data: { session, expiresAt: current.expiresAt, place: current.place } });
    const [call] = cms.calls;
    expect(call).toMatchObject({ method: 'POST', path: '/api/edit-sessions' });
    expect(call.headers.authorization).toBe('Bearer edit-token-for-tests');
    expect(JSON.parse(call.body.toString())).toEqual({ token: 'link-token' });
  });

  it.each(['invalid', 'expired', 'revoked'])('answers a 401 with its reason %s', async (reason) => {
    cms.answer({ status: 401, body: strapiError(401, 'UnauthorizedError', { reason }) });
    expect(await startEditSession('link-token')).toEqual({ kind: 'unauthorized', reason });
  });

  it('takes a 401 without a known reason as an invalid link', async () => {
    cms.answer({ status: 401, body: strapiError(401, 'UnauthorizedError', { reason: 'stolen' }) });
    expect(await startEditSession('link-token')).toEqual({ kind: 'unauthorized', reason: 'invalid' });
  });

  it('is unavailable without EDIT_TOKEN, and asks nothing', async () => {
    vi.stubEnv('EDIT_TOKEN', '');
    expect(await startEditSession('link-token')).toEqual({ kind: 'unavailable' });
    expect(cms.calls).toEqual([]);
  });

  it('is unavailable when the CMS answers something else than the contract says', async () => {
    cms.answer({ status: 201, body: { data: { session: '', place: {} } } });
    expect(await startEditSession('link-token')).toEqual({ kind: 'unavailable' });
  });
});

describe('currentEdit', () => {
  it('sends the session in X-Edit-Session and answers the place and its published profile', async () => {
    cms.answer({ status: 200, body: { data: current } });
    expect(await currentEdit(session)).toEqual({ kind: 'ok', data: current });
    expect(cms.calls[0]).toMatchObject({ method: 'GET', path: '/api/edit-sessions/current' });
    expect(cms.calls[0].headers['x-edit-session']).toBe(session);
  });

  it('is unavailable on a 5xx, and when the CMS cannot be reached', async () => {
    cms.answer({ status: 502, body: {} });
    expect(await currentEdit(session)).toEqual({ kind: 'unavailable' });
    const cmsUrl = process.env.CMS_URL;
    vi.stubEnv('CMS_URL', 'http://127.0.0.1:9');
    expect(await currentEdit(session)).toEqual({ kind: 'unavailable' });
    vi.stubEnv('CMS_URL', cmsUrl);
  });
});

describe('sendChangeRequest', () => {
  it('sends JSON when there are no images', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr1', fields: ['building'] } } });
    expect(await sendChangeRequest(session, { profile, images: [], files: [] })).toEqual({ kind: 'ok', data: { documentId: 'cr1', fields: ['building'] } });
    const [call] = cms.calls;
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers['x-edit-session']).toBe(session);
    expect(JSON.parse(call.body.toString())).toEqual({ data: { profile, images: [] } });
  });

  it('sends the profile as the field data and each file as image0, image1, … in the order of the images', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr2', fields: [] } } });
    const images = [
      { alt: 'Hof', credit: '', licence: '', role: 'cover' as const },
      { alt: 'Werkstatt', credit: 'Foto: Jana', licence: 'CC BY 4.0', role: 'gallery' as const },
    ];
    const files = [new File(['first'], 'hof.jpg', { type: 'image/jpeg' }), new File(['second'], 'werkstatt.png', { type: 'image/png' })];
    await sendChangeRequest(session, { profile, images, files });
    const [call] = cms.calls;
    const sent = await new Response(new Uint8Array(call.body), { headers: { 'content-type': String(call.headers['content-type']) } }).formData();
    expect(JSON.parse(String(sent.get('data')))).toEqual({ profile, images });
    const [first, second] = [sent.get('image0'), sent.get('image1')];
    expect(first instanceof File && (await first.text())).toBe('first');
    expect(second instanceof File && second.name).toBe('werkstatt.png');
  });

  it("names each refused field by the CMS's path and code; an unknown code counts as invalid", async () => {
    const errors = [
      { path: ['facts', 'yearBuilt'], code: 'out_of_range', message: '…' },
      { path: ['contact', 'name'], code: 'markup', message: '…' },
      { path: ['images', 0, 'file'], code: 'virus', message: '…' },
    ];
    cms.answer({ status: 400, body: strapiError(400, 'ValidationError', { errors }) });
    expect(await sendChangeRequest(session, { profile, images: [], files: [] })).toEqual({
      kind: 'invalid',
      problems: [
        { path: ['facts', 'yearBuilt'], code: 'out_of_range' },
        { path: ['contact', 'name'], code: 'markup' },
        { path: ['images', 0, 'file'], code: 'invalid' },
      ],
    });
  });

  it('answers the seconds to wait from Retry-After, else from the details', async () => {
    cms.answer(
      { status: 429, body: strapiError(429, 'RateLimitError', { retryAfterSeconds: 40 }), headers: { 'retry-after': '55' } },
      { status: 429, body: strapiError(429, 'RateLimitError', { retryAfterSeconds: 40 }) },
    );
    expect(await sendChangeRequest(session, { profile, images: [], files: [] })).toEqual({ kind: 'rate-limited', retryAfterSeconds: 55 });
    expect(await sendChangeRequest(session, { profile, images: [], files: [] })).toEqual({ kind: 'rate-limited', retryAfterSeconds: 40 });
  });

  it.each([
    [413, { kind: 'too-large' }],
    [401, { kind: 'unauthorized', reason: 'revoked' }],
    [403, { kind: 'unavailable' }],
    [500, { kind: 'unavailable' }],
  ])('answers a %i as %j', async (status, outcome) => {
    cms.answer({ status, body: strapiError(status, 'Error', { reason: 'revoked' }) });
    expect(await sendChangeRequest(session, { profile, images: [], files: [] })).toEqual(outcome);
  });

  it('logs neither the session, the link token nor a value', async () => {
    cms.answer(
      { status: 400, body: strapiError(400, 'ValidationError', { errors: [{ path: ['building'], code: 'markup', message: 'Geheimer Entwurf' }] }) },
      { status: 500, body: {} },
      { status: 401, body: strapiError(401, 'UnauthorizedError', { reason: 'expired' }) },
    );
    const lines = await logged(async () => {
      await sendChangeRequest(session, { profile, images: [], files: [] });
      await currentEdit(session);
      await startEditSession('secret-link-token');
    });
    expect(lines).toMatch(/building:markup/);
    for (const secret of [session, 'secret-link-token', 'Geheimer Entwurf', 'edit-token-for-tests']) expect(lines).not.toContain(secret);
  });
});

describe('sendEntryRequest', () => {
  it('sends the event as JSON with its subject, and the documentId of the event it changes', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr1', fields: ['price'] } } });
    expect(await sendEntryRequest(session, { subject: 'event', event }, 'evt123')).toEqual({ kind: 'ok', data: { documentId: 'cr1', fields: ['price'] } });
    const [call] = cms.calls;
    expect(call).toMatchObject({ method: 'POST', path: '/api/change-requests' });
    expect(call.headers['x-edit-session']).toBe(session);
    expect(JSON.parse(call.body.toString())).toEqual({ data: { subject: 'event', eventDocumentId: 'evt123', event } });
  });

  it('names each refused field by its path and code, and logs no value', async () => {
    cms.answer({ status: 400, body: strapiError(400, 'ValidationError', { errors: [{ path: ['endsAt'], code: 'ends_before_start', message: 'Geheime Beschreibung' }] }) });
    const lines = await logged(async () => {
      expect(await sendEntryRequest(session, { subject: 'event', event }, null)).toEqual({ kind: 'invalid', problems: [{ path: ['endsAt'], code: 'ends_before_start' }] });
    });
    expect(lines).toMatch(/endsAt:ends_before_start/);
    for (const secret of [session, 'Geheime Beschreibung', event.title]) expect(lines).not.toContain(secret);
  });
});

describe('sendEntryRequest for notices, and sendEntryWithdrawal', () => {
  const notice = { direction: 'offer' as const, kind: 'coworking' as const, text: 'Zwei Schreibtische frei', expiresOn: null };

  it('sends a notice with its subject and the documentId of the notice it changes, null for a new one', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr2', fields: ['direction', 'kind', 'text', 'expiresOn'] } } });
    expect((await sendEntryRequest(session, { subject: 'notice', notice }, null)).kind).toBe('ok');
    expect(JSON.parse(cms.calls[0].body.toString())).toEqual({ data: { subject: 'notice', notice, noticeDocumentId: null } });
  });

  it('asks to withdraw a notice or cancel an event by its documentId only', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr3', fields: ['cancel'] } } });
    cms.answer({ status: 201, body: { data: { documentId: 'cr4', fields: ['cancel'] } } });
    expect((await sendEntryWithdrawal(session, 'notice', 'ntc123')).kind).toBe('ok');
    expect((await sendEntryWithdrawal(session, 'event', 'evt123')).kind).toBe('ok');
    expect(cms.calls.map((call) => JSON.parse(call.body.toString()))).toEqual([
      { data: { subject: 'notice', noticeDocumentId: 'ntc123', cancel: true } },
      { data: { subject: 'event', eventDocumentId: 'evt123', cancel: true } },
    ]);
  });
});
