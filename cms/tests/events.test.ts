import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRedaktion } from './support/admin';
import { previewToken, startCms, bearer, type Cms } from './support/cms';
import { refusal } from './support/refusal';

const EVENT = 'api::event.event';
const events = () => cms.strapi.documents(EVENT);

let cms: Cms;
let place: string;
beforeAll(async () => {
  cms = await startCms();
  place = (await cms.strapi.documents('api::place.place').findFirst({ filters: { slug: 'werkhalle-kloetze' }, locale: 'de' }))!.documentId;
});
afterAll(() => cms?.stop());

const yearsAhead = (years: number, days = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString();
};
const event = (slug: string, extra: Record<string, unknown> = {}) => ({
  title: `Test ${slug}`,
  slug,
  kind: 'workshop' as const,
  allDay: false,
  startsAt: '2027-03-06T09:00:00.000Z',
  endsAt: '2027-03-06T12:00:00.000Z',
  place,
  isSample: true,
  ...extra,
});

describe('event rules, with German messages on the field', () => {
  it('refuses an end before the start, a start over three years ahead, an unsafe link, the archive’s slug; stores nothing', async () => {
    const errors = await refusal(
      events().create({
        locale: 'de',
        data: event('archiv', { startsAt: yearsAhead(3, 2), endsAt: yearsAhead(3, 1), registrationUrl: 'javascript:alert(1)' }),
      }),
    );
    expect(errors).toEqual({
      slug: expect.stringMatching(/reserviert/),
      startsAt: expect.stringMatching(/höchstens 3 Jahre/),
      endsAt: expect.stringMatching(/nach dem Beginn/),
      registrationUrl: expect.stringMatching(/https:\/\//),
    });
    expect(await cms.strapi.db.query(EVENT).count({ where: { slug: 'archiv' } })).toBe(0);
  });

  it('lets an all-day event end on the day it starts, but a timed one must end after it starts', async () => {
    const day = { startsAt: '2027-05-21T22:00:00.000Z', endsAt: '2027-05-21T22:00:00.000Z' };
    await expect(events().create({ locale: 'de', data: event('ein-tag', { ...day, allDay: true }) })).resolves.toBeTruthy();
    expect(await refusal(events().create({ locale: 'de', data: event('kein-augenblick', day) }))).toEqual({ endsAt: expect.any(String) });
  });

  it('refuses an event without a place or at a place that does not exist, on create and on update', async () => {
    const { place: _, ...placeless } = event('ohne-ort');
    expect(await refusal(events().create({ locale: 'de', data: placeless }))).toEqual({ place: expect.stringMatching(/Kreativort wählen/) });
    expect(await refusal(events().create({ locale: 'de', data: event('nirgendwo', { place: 'keinedocumentidxyz000000' }) }))).toEqual({
      place: expect.stringMatching(/gibt es nicht/),
    });
    const created = await events().create({ locale: 'de', data: event('ortswechsel') });
    // The admin connects a to-one relation this way; Strapi's input type knows `connect` on lists only.
    const elsewhere = { connect: [{ documentId: 'keinedocumentidxyz000000' }] } as never;
    expect(await refusal(events().update({ documentId: created.documentId, locale: 'de', data: { place: elsewhere } }))).toEqual({
      place: expect.any(String),
    });
    // An update that only moves the end is checked against the stored start.
    expect(await refusal(events().update({ documentId: created.documentId, locale: 'de', data: { endsAt: '2027-03-06T08:00:00.000Z' } }))).toEqual({
      endsAt: expect.any(String),
    });
  });

  it('names the field in the admin too: the content manager answers 400 with the field’s path', async () => {
    const as = await asRedaktion(cms.url);
    const { status, body } = await as<{ error: { details: { errors: { path: string[]; message: string }[] } } }>(
      'POST',
      `/content-manager/collection-types/${EVENT}?locale=de`,
      event('im-admin', { endsAt: '2027-03-06T08:00:00.000Z' }),
    );
    expect(status).toBe(400);
    expect(body!.error.details.errors).toEqual([{ path: ['endsAt'], message: 'Das Ende muss nach dem Beginn liegen.', name: 'ValidationError' }]);
  });
});

type Found = { events: { slug: string; startsAt: string; place: { slug: string; region: { slug: string } } }[] };

describe('events in the public GraphQL API', () => {
  it('lists published events with their place, filtered through the place’s region', async () => {
    const { events: found } = await cms.graphqlData<Found>(
      `{ events(filters: { place: { region: { slug: { eq: "brandenburg" } } } }, sort: "startsAt:asc") { slug startsAt place { slug region { slug } } } }`,
    );
    expect(found.map((e) => e.slug)).toEqual(['hoffest-kornspeicher-letschin']);
    expect(found[0].place).toEqual({ slug: 'kornspeicher-letschin', region: { slug: 'brandenburg' } });
  });

  it('keeps drafts behind the preview token', async () => {
    const draft = await events().create({ locale: 'de', data: event('nur-entwurf') });
    const query = `{ events(status: DRAFT, filters: { slug: { eq: "nur-entwurf" } }) { slug } }`;
    const anonymous = await cms.graphql<Found>(query);
    expect(anonymous.body.errors?.[0].message).toMatch(/preview token/i);
    expect(anonymous.body.data?.events ?? null).toBeNull();
    const preview = await cms.graphqlData<Found>(query, undefined, bearer(previewToken()));
    expect(preview.events.map((e) => e.slug)).toEqual(['nur-entwurf']);
    expect((await cms.graphqlData<Found>(`{ events(filters: { slug: { eq: "nur-entwurf" } }) { slug } }`)).events).toEqual([]);
    await events().delete({ documentId: draft.documentId });
  });
});
