import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { memoryCookies } from '$lib/server/testing/cookies';
import { strapiError, useEditCms } from '$lib/server/testing/edit-cms';
import { pageEvent } from '$lib/server/testing/events';
import { SESSION_COOKIE } from '$lib/server/edit/session';
import { load } from './+page.server';
import { actions, load as loadForm } from './[slug]/+page.server';
import { actions as eventActions, load as loadEvent } from './[slug]/termine/[event]/+page.server';
import { actions as noticeActions, load as loadNotice } from './[slug]/gesucht/[notice]/+page.server';

type LoadEvent = Parameters<typeof load>[0];
type FormLoadEvent = Parameters<typeof loadForm>[0];
type ActionEvent = Parameters<typeof actions.default>[0];
type EventLoadEvent = Parameters<typeof loadEvent>[0];
type EventActionEvent = Parameters<typeof eventActions.default>[0];
type NoticeLoadEvent = Parameters<typeof loadNotice>[0];
type NoticeActionEvent = Parameters<typeof noticeActions.default>[0];

const cms = useEditCms();

const place = { slug: 'alte-schule', name: 'Alte Schule' };
const session = 'signed.session-of_alte-schule';
const profile = {
  building: 'Die alte Schule.',
  location: '',
  town: '',
  people: '',
  livingAndWorking: '',
  facts: { formerUse: '', yearBuilt: 1908, projectFounded: null, floorArea: null, residents: null, workplaces: null },
  contact: { name: '', email: '', phone: '' },
  website: '',
};
const current = {
  expiresAt: '2026-12-06T01:00:00.000Z',
  linkExpiresAt: '2027-01-04T22:00:00.000Z',
  place,
  profile,
  images: [],
  events: [],
  notices: [],
  pending: 0,
  completeness: { completeness: 70, missing: ['gallery', 'notice', 'event'] },
  views: { days: 30, total: 12, weeks: [{ until: '2026-12-06', views: 9 }, { until: '2026-11-29', views: 3 }] },
  limits: { maxImages: 3, maxImageMegabytes: 10 },
};

/** What a load or action threw: SvelteKit's error or redirect. */
const thrown = async (run: () => unknown) => {
  try {
    await run();
  } catch (failure) {
    if (isHttpError(failure)) return { status: failure.status, message: failure.body.message };
    if (isRedirect(failure)) return { status: failure.status, location: failure.location };
    throw failure;
  }
  throw new Error('expected an error or a redirect');
};

const exchange = (query: string, path = '/bearbeiten') => {
  const { cookies, written } = memoryCookies();
  const headers: Record<string, string> = {};
  const event = pageEvent<LoadEvent>(`${path}${query}`, path.startsWith('/en') ? { lang: 'en' } : {}, undefined, {
    cookies,
    setHeaders: (set: Record<string, string>) => Object.assign(headers, set),
  });
  return { run: () => load(event), headers, written };
};

describe('/bearbeiten?t=', () => {
  it('exchanges the token for the session cookie, and moves on by a refresh to the clean address', async () => {
    cms.answer({ status: 201, body: { data: { session, expiresAt: current.expiresAt, place } } });
    const { run, headers, written } = exchange('?t=link-token');
    expect(await run()).toEqual({ view: 'continue', target: '/bearbeiten/alte-schule', name: 'Alte Schule' });
    expect(headers.refresh).toBe('0; url=/bearbeiten/alte-schule');
    expect(written.map(({ name, value, options }) => [name, value, options.path, options.httpOnly, options.sameSite])).toEqual([
      [SESSION_COOKIE, session, '/bearbeiten', true, 'strict'],
      [SESSION_COOKIE, session, '/en/bearbeiten', true, 'strict'],
    ]);
  });

  it('moves on to the English form from the English link', async () => {
    cms.answer({ status: 201, body: { data: { session, expiresAt: current.expiresAt, place } } });
    const { run, headers } = exchange('?t=link-token', '/en/bearbeiten');
    expect(await run()).toMatchObject({ target: '/en/bearbeiten/alte-schule' });
    expect(headers.refresh).toBe('0; url=/en/bearbeiten/alte-schule');
  });

  it.each([
    ['expired', /abgelaufen/],
    ['revoked', /zurückgezogen/],
    ['invalid', /ungültig/],
  ])('answers a %s link with 401, says why and how to get a new one, and clears the cookie', async (reason, why) => {
    cms.answer({ status: 401, body: strapiError(401, 'UnauthorizedError', { reason }) });
    const { run, written } = exchange('?t=link-token');
    const refusal = await thrown(run);
    expect(refusal.status).toBe(401);
    expect(refusal.message).toMatch(why);
    expect(refusal.message).toMatch(/neuen Link schickt Ihnen die Redaktion/);
    expect(written.map(({ options }) => [options.path, options.maxAge])).toEqual([
      ['/bearbeiten', 0],
      ['/en/bearbeiten', 0],
    ]);
  });

  it('answers 503 while the CMS cannot be asked', async () => {
    cms.answer({ status: 500, body: {} });
    expect(await thrown(exchange('?t=link-token').run)).toMatchObject({ status: 503 });
  });

  it('asks the CMS nothing about a token far longer than any it makes', async () => {
    expect(await thrown(exchange(`?t=${'a'.repeat(2000)}`).run)).toMatchObject({ status: 401 });
    expect(cms.calls).toEqual([]);
  });

  it('without a token or a session, asks for the link from the email', async () => {
    expect(await exchange('').run()).toEqual({ view: 'start' });
  });
});

const withSession = (path: string, init?: RequestInit) => {
  const { cookies, written } = memoryCookies({ [SESSION_COOKIE]: session });
  const headers: Record<string, string> = {};
  const extra = { cookies, setHeaders: (set: Record<string, string>) => Object.assign(headers, set) };
  const [, lang] = /^\/(en)\//.exec(path) ?? [];
  const params = { slug: path.split('?')[0].split('/').pop() ?? '', ...(lang ? { lang } : {}) };
  return { event: <Event>() => pageEvent<Event>(path, params, init, extra), headers, written };
};

describe('/bearbeiten/[slug]', () => {
  it("shows the session's own place, prefilled with what is published", async () => {
    cms.answer({ status: 200, body: { data: current } });
    const data = await loadForm(withSession('/bearbeiten/alte-schule').event<FormLoadEvent>());
    expect(data).toMatchObject({ view: 'form', edit: { place, completeness: current.completeness, views: current.views, published: { building: 'Die alte Schule.', facts: { yearBuilt: '1908' } } } });
    expect(cms.calls[0].headers['x-edit-session']).toBe(session);
  });

  it("sends another place's address to the session's own", async () => {
    cms.answer({ status: 200, body: { data: current } });
    expect(await thrown(() => loadForm(withSession('/bearbeiten/anderer-ort').event<FormLoadEvent>()))).toEqual({ status: 303, location: '/bearbeiten/alte-schule' });
  });

  it('answers 401 without a session, and asks the CMS nothing', async () => {
    const event = pageEvent<FormLoadEvent>('/bearbeiten/alte-schule', { slug: 'alte-schule' }, undefined, { cookies: memoryCookies().cookies });
    expect(await thrown(() => loadForm(event))).toMatchObject({ status: 401, message: expect.stringMatching(/Link aus Ihrer E-Mail/) });
    expect(cms.calls).toEqual([]);
  });

  it('answers 401 in English for an expired session', async () => {
    cms.answer({ status: 401, body: strapiError(401, 'UnauthorizedError', { reason: 'expired' }) });
    expect(await thrown(() => loadForm(withSession('/en/bearbeiten/alte-schule').event<FormLoadEvent>()))).toMatchObject({
      status: 401,
      message: expect.stringMatching(/^Your editing session has expired/),
    });
  });
});

/** The form as sent from the page, with changes. */
const formData = (fields: Record<string, string | File> = {}) => {
  const form = new FormData();
  const all = { building: 'Die alte Schule, frisch gestrichen.', 'facts.yearBuilt': '1908', 'contact.name': 'Jana Beispiel', ...fields };
  for (const [name, value] of Object.entries(all)) form.append(name, value);
  return form;
};

const send = async (form: FormData, path = '/bearbeiten/alte-schule') => {
  const sent = withSession(path, { method: 'POST', body: form });
  return { result: await actions.default(sent.event<ActionEvent>()), ...sent };
};

describe('sending the form', () => {
  it('sends the whole profile and answers with the thank-you view (post/redirect/get)', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr1', fields: ['building'] } } });
    expect(await thrown(() => send(formData()))).toEqual({ status: 303, location: '/bearbeiten/alte-schule?gesendet' });
    const sent = JSON.parse(cms.calls[0].body.toString());
    expect(sent.data.profile).toMatchObject({ building: 'Die alte Schule, frisch gestrichen.', contact: { name: 'Jana Beispiel' } });
  });

  it("shows each of the CMS's refusals at its field, with everything typed kept", async () => {
    const errors = [
      { path: ['building'], code: 'markup', message: '…' },
      { path: ['contact', 'name'], code: 'too_long', message: '…' },
    ];
    cms.answer({ status: 400, body: strapiError(400, 'ValidationError', { errors }) });
    const { result } = await send(formData({ building: 'Mit <b>Fett</b>', 'contact.name': 'x'.repeat(121) }));
    expect(result).toMatchObject({
      status: 400,
      data: {
        values: { building: 'Mit <b>Fett</b>' },
        problems: [
          { field: 'building', code: 'markup' },
          { field: 'contact.name', code: 'too_long', length: 121 },
        ],
        refusal: null,
      },
    });
  });

  it("refuses what the form can tell itself without asking the CMS, and says the files must be chosen again", async () => {
    const photo = new File([new Uint8Array([0xff, 0xd8])], 'hof.jpg', { type: 'image/jpeg' });
    const { result } = await send(formData({ 'facts.yearBuilt': 'neunzehnhundert', 'images.0.file': photo, 'images.0.alt': '' }));
    expect(result).toMatchObject({ status: 400, data: { problems: [{ field: 'facts.yearBuilt' }, { field: 'images.0.alt' }], imagesAgain: true } });
    expect(cms.calls).toEqual([]);
  });

  it('answers 429 with Retry-After and everything typed kept', async () => {
    cms.answer({ status: 429, body: strapiError(429, 'RateLimitError', { retryAfterSeconds: 90 }), headers: { 'retry-after': '90' } });
    const { result, headers } = await send(formData());
    expect(result).toMatchObject({ status: 429, data: { refusal: { kind: 'rate-limited', minutes: 2 }, values: { building: 'Die alte Schule, frisch gestrichen.' } } });
    expect(headers['retry-after']).toBe('90');
  });

  it('answers 503 with everything typed kept while the CMS is down', async () => {
    cms.answer({ status: 502, body: {} });
    const { result } = await send(formData());
    expect(result).toMatchObject({ status: 503, data: { refusal: { kind: 'unavailable' }, values: { building: 'Die alte Schule, frisch gestrichen.' } } });
  });

  it('answers 413 when the CMS finds the images too large together', async () => {
    cms.answer({ status: 413, body: strapiError(413, 'PayloadTooLargeError') });
    expect(await send(formData())).toMatchObject({ result: { status: 413, data: { refusal: { kind: 'too-large' } } } });
  });

  it('answers a revoked link with the 401 page and clears the cookie', async () => {
    cms.answer({ status: 401, body: strapiError(401, 'UnauthorizedError', { reason: 'revoked' }) });
    expect(await thrown(() => send(formData()))).toMatchObject({ status: 401, message: expect.stringMatching(/zurückgezogen/) });
  });

  it('answers a body over the limit with a 413 in the page, not a raw error', async () => {
    const big = new File([new Uint8Array(11 * 1024 * 1024 + 1)], 'riesig.jpg', { type: 'image/jpeg' });
    const { result } = await send(formData({ 'images.0.file': big, 'images.0.alt': 'Riesig' }));
    expect(result).toMatchObject({ status: 413, data: { refusal: { kind: 'body-too-large' }, values: null } });
    expect(cms.calls).toEqual([]);
  });
});

describe('/bearbeiten/[slug]/termine/[event]', () => {
  const event = {
    title: 'Tag der offenen Schule',
    kind: 'open_day',
    startsAt: '2027-01-16T09:00:00.000Z',
    endsAt: null,
    allDay: false,
    description: '',
    registrationUrl: '',
    price: '',
    accessibility: '',
  };
  const withEvents = { ...current, events: [{ documentId: 'evt1', published: true, event }] };
  const at = <Event>(eventId: string, init?: RequestInit) => {
    const { cookies } = memoryCookies({ [SESSION_COOKIE]: session });
    const headers: Record<string, string> = {};
    const path = `/bearbeiten/alte-schule/termine/${eventId}`;
    const run = pageEvent<Event>(path, { slug: 'alte-schule', event: eventId }, init, { cookies, setHeaders: (set: Record<string, string>) => Object.assign(headers, set) });
    return { run, headers };
  };
  const eventForm = (fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ title: 'Hoffest', kind: 'market', startDate: '2027-06-12', startTime: '14:00', endTime: '18:00', ...fields })) form.append(name, value);
    return form;
  };

  it("shows one of the place's events in Berlin time, an empty form for a new one, and 404 for any other", async () => {
    cms.answer({ status: 200, body: { data: withEvents } }, { status: 200, body: { data: withEvents } }, { status: 200, body: { data: withEvents } });
    expect(await loadEvent(at<EventLoadEvent>('evt1').run)).toMatchObject({ view: 'form', edit: { title: event.title, published: { startDate: '2027-01-16', startTime: '10:00', endDate: '' } } });
    expect(await loadEvent(at<EventLoadEvent>('neu').run)).toMatchObject({ view: 'form', edit: { title: null, published: { title: '', startDate: '' } } });
    expect(await thrown(() => loadEvent(at<EventLoadEvent>('evt-of-another-place').run))).toMatchObject({ status: 404 });
  });

  it('sends a change in UTC, with the documentId of the event it changes', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr1', fields: ['when'] } } });
    const sent = at<EventActionEvent>('evt1', { method: 'POST', body: eventForm() });
    expect(await thrown(() => eventActions.default(sent.run))).toEqual({ status: 303, location: '/bearbeiten/alte-schule/termine/evt1?gesendet' });
    expect(JSON.parse(cms.calls[0].body.toString()).data).toMatchObject({
      subject: 'event',
      eventDocumentId: 'evt1',
      event: { title: 'Hoffest', startsAt: '2027-06-12T12:00:00.000Z', endsAt: '2027-06-12T16:00:00.000Z' },
    });
  });

  it("shows the CMS's refusals at the dates typed, with everything typed kept; the CMS down is a 503", async () => {
    const errors = [
      { path: ['endsAt'], code: 'ends_before_start', message: '…' },
      { path: ['registrationUrl'], code: 'invalid', message: '…' },
    ];
    cms.answer({ status: 400, body: strapiError(400, 'ValidationError', { errors }) }, { status: 502, body: {} });
    const refused = await eventActions.default(at<EventActionEvent>('neu', { method: 'POST', body: eventForm({ endTime: '12:00', registrationUrl: 'javascript:alert(1)' }) }).run);
    expect(refused).toMatchObject({
      status: 400,
      data: {
        values: { endTime: '12:00', registrationUrl: 'javascript:alert(1)' },
        problems: [
          { field: 'endDate', code: 'ends_before_start' },
          { field: 'registrationUrl', code: 'invalid' },
        ],
      },
    });
    const down = await eventActions.default(at<EventActionEvent>('neu', { method: 'POST', body: eventForm({ title: 'Nichts verloren' }) }).run);
    expect(down).toMatchObject({ status: 503, data: { refusal: { kind: 'unavailable' }, values: { title: 'Nichts verloren' } } });
  });

  it('asks to cancel one of the place\'s events with a form of its own, and thanks for it', async () => {
    const form = new FormData();
    form.append('absagen', 'ja');
    cms.answer({ status: 201, body: { data: { documentId: 'cr2', fields: ['cancel'] } } }, { status: 200, body: { data: withEvents } });
    expect(await thrown(() => eventActions.default(at<EventActionEvent>('evt1', { method: 'POST', body: form }).run))).toEqual({
      status: 303,
      location: '/bearbeiten/alte-schule/termine/evt1?abgesagt',
    });
    expect(JSON.parse(cms.calls[0].body.toString())).toEqual({ data: { subject: 'event', eventDocumentId: 'evt1', cancel: true } });
    const thanks = pageEvent<EventLoadEvent>('/bearbeiten/alte-schule/termine/evt1?abgesagt', { slug: 'alte-schule', event: 'evt1' }, undefined, {
      cookies: memoryCookies({ [SESSION_COOKIE]: session }).cookies,
    });
    expect(await loadEvent(thanks)).toMatchObject({ view: 'thanks', cancelled: true });
  });

  it('refuses a start it cannot turn into a time without asking the CMS', async () => {
    const refused = await eventActions.default(at<EventActionEvent>('neu', { method: 'POST', body: eventForm({ startDate: '' }) }).run);
    expect(refused).toMatchObject({ status: 400, data: { problems: [{ field: 'startDate', code: 'required' }] } });
    expect(cms.calls).toEqual([]);
  });
});

describe('/bearbeiten/[slug]/gesucht/[notice]', () => {
  const notice = { direction: 'seeking', kind: 'investors', text: 'Wir suchen Geld für das Dach.', expiresOn: '2025-06-30' };
  const withNotices = { ...current, notices: [{ documentId: 'ntc1', published: true, expired: true, notice }] };
  const at = <Event>(noticeId: string, init?: RequestInit, query = '') => {
    const { cookies } = memoryCookies({ [SESSION_COOKIE]: session });
    const path = `/bearbeiten/alte-schule/gesucht/${noticeId}${query}`;
    return pageEvent<Event>(path, { slug: 'alte-schule', notice: noticeId }, init, { cookies, setHeaders: () => undefined });
  };
  const noticeForm = (fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ direction: 'offer', kind: 'coworking', text: 'Zwei Schreibtische frei', expiresOn: '', ...fields })) form.append(name, value);
    return form;
  };

  it("shows one of the place's notices, an expired one marked, an empty form for a new one, and 404 for any other", async () => {
    cms.answer({ status: 200, body: { data: withNotices } }, { status: 200, body: { data: withNotices } }, { status: 200, body: { data: withNotices } });
    expect(await loadNotice(at<NoticeLoadEvent>('ntc1'))).toMatchObject({ view: 'form', edit: { documentId: 'ntc1', expired: true, published: { ...notice } } });
    expect(await loadNotice(at<NoticeLoadEvent>('neu'))).toMatchObject({ view: 'form', edit: { documentId: null, published: { direction: 'seeking', kind: '', text: '', expiresOn: '' } } });
    expect(await thrown(() => loadNotice(at<NoticeLoadEvent>('ntc-of-another-place')))).toMatchObject({ status: 404 });
  });

  it('sends a new notice, or a change with the documentId of the notice it changes', async () => {
    cms.answer({ status: 201, body: { data: { documentId: 'cr1', fields: ['direction', 'kind', 'text', 'expiresOn'] } } }, { status: 201, body: { data: { documentId: 'cr2', fields: ['expiresOn'] } } });
    expect(await thrown(() => noticeActions.default(at<NoticeActionEvent>('neu', { method: 'POST', body: noticeForm() })))).toEqual({ status: 303, location: '/bearbeiten/alte-schule/gesucht/neu?gesendet' });
    const renewed = noticeForm({ direction: 'seeking', kind: 'investors', text: notice.text, expiresOn: '2027-06-30' });
    expect(await thrown(() => noticeActions.default(at<NoticeActionEvent>('ntc1', { method: 'POST', body: renewed })))).toEqual({ status: 303, location: '/bearbeiten/alte-schule/gesucht/ntc1?gesendet' });
    expect(cms.calls.map((call) => JSON.parse(call.body.toString()).data)).toEqual([
      { subject: 'notice', noticeDocumentId: null, notice: { direction: 'offer', kind: 'coworking', text: 'Zwei Schreibtische frei', expiresOn: null } },
      { subject: 'notice', noticeDocumentId: 'ntc1', notice: { ...notice, expiresOn: '2027-06-30' } },
    ]);
  });

  it('refuses a kind that does not fit the direction without asking the CMS, naming the field and keeping what was typed', async () => {
    const refused = await noticeActions.default(at<NoticeActionEvent>('neu', { method: 'POST', body: noticeForm({ kind: 'investors', text: 'Nichts verloren' }) }));
    expect(refused).toMatchObject({ status: 400, data: { problems: [{ field: 'kind', code: 'kind_direction' }], values: { direction: 'offer', kind: 'investors', text: 'Nichts verloren' } } });
    expect(cms.calls).toEqual([]);
  });

  it("shows the CMS's refusals at their fields with everything typed kept; the CMS down is a 503 with nothing lost", async () => {
    cms.answer({ status: 400, body: strapiError(400, 'ValidationError', { errors: [{ path: ['expiresOn'], code: 'in_past', message: '…' }] }) }, { status: 502, body: {} });
    expect(await noticeActions.default(at<NoticeActionEvent>('neu', { method: 'POST', body: noticeForm({ expiresOn: '2020-01-01' }) }))).toMatchObject({
      status: 400,
      data: { values: { expiresOn: '2020-01-01' }, problems: [{ field: 'expiresOn', code: 'in_past' }] },
    });
    expect(await noticeActions.default(at<NoticeActionEvent>('neu', { method: 'POST', body: noticeForm({ text: 'Nichts verloren' }) }))).toMatchObject({
      status: 503,
      data: { refusal: { kind: 'unavailable' }, values: { text: 'Nichts verloren' } },
    });
  });

  it('withdraws one of the place\'s notices with the form of one field, and thanks for it', async () => {
    const form = new FormData();
    form.append('absagen', 'ja');
    cms.answer({ status: 201, body: { data: { documentId: 'cr3', fields: ['cancel'] } } }, { status: 200, body: { data: withNotices } });
    expect(await thrown(() => noticeActions.default(at<NoticeActionEvent>('ntc1', { method: 'POST', body: form })))).toEqual({ status: 303, location: '/bearbeiten/alte-schule/gesucht/ntc1?abgesagt' });
    expect(JSON.parse(cms.calls[0].body.toString())).toEqual({ data: { subject: 'notice', noticeDocumentId: 'ntc1', cancel: true } });
    expect(await loadNotice(at<NoticeLoadEvent>('ntc1', undefined, '?abgesagt'))).toMatchObject({ view: 'thanks', cancelled: true });
  });
});
