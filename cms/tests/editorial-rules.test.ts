import type { Modules, Schema } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const places = () => cms.strapi.documents('api::place.place');
type PlaceData = Modules.Documents.Params.Data.Input<'api::place.place'>;
const place = (slug: string, extra: Partial<PlaceData> = {}): PlaceData => ({
  name: `Test ${slug}`,
  slug,
  teaser: 'Kurz und gut.',
  stage: 'idea',
  network: 'other',
  isSample: true,
  ...extra,
});

/** The field errors a refused save reports, as the admin shows them next to each field. */
const refusal = async (save: Promise<unknown>) => {
  const failure = await save.then(
    () => null,
    (e: { name: string; message: string; details?: { errors?: { path: string[]; message: string }[] } }) => e,
  );
  expect(failure, 'the save should have been refused').not.toBeNull();
  expect(failure!.name).toBe('ValidationError');
  return (failure!.details?.errors ?? []).map((e) => [e.path.join('.'), e.message] as const);
};

describe('editorial rules, with German messages on the field', () => {
  it('refuses a slug that another entry already has', async () => {
    const errors = await refusal(places().create({ locale: 'de', data: place('buergermeisterhof') }));
    expect(errors).toEqual([['slug', expect.stringMatching(/schon vergeben/)]]);
    const own = await places().findFirst({ filters: { slug: 'buergermeisterhof' }, locale: 'de' });
    await expect(places().update({ documentId: own!.documentId, locale: 'de', data: { slug: 'buergermeisterhof' } })).resolves.toBeTruthy();
  });

  it('refuses coordinates out of range, links that are not http(s), and a teaser over 200 characters', async () => {
    const errors = await refusal(
      places().create({
        locale: 'de',
        data: place('falsch-in-allem', { geo: { latitude: 152.8, longitude: 11.1 }, website: 'javascript:alert(1)', teaser: 'x'.repeat(201) }),
      }),
    );
    expect(errors.map(([path]) => path).sort()).toEqual(['geo.latitude', 'teaser', 'website']);
    expect(Object.fromEntries(errors)).toMatchObject({
      teaser: expect.stringMatching(/201 Zeichen.*höchstens 200/),
      website: expect.stringMatching(/https:\/\//),
      'geo.latitude': expect.stringMatching(/Breitengrad/),
    });
    expect(await places().findFirst({ filters: { slug: 'falsch-in-allem' } })).toBeNull();
  });

  it('refuses links in rich text that the website would not show, in components too', async () => {
    // Strapi's type asks every link for rel and target, which these links leave out, as pasted text does.
    const text = (url: string) => [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Link' }] }] }] as Schema.Attribute.BlocksValue;
    const errors = await refusal(
      places().create({
        locale: 'de',
        data: place('boese-links', { building: text(' JavaScript:alert(1)'), people: text('data:text/html,x'), livingAndWorking: text('https://example.org') }),
      }),
    );
    expect(errors).toEqual([
      ['building', expect.stringMatching(/https:\/\/, http:\/\/ oder mailto:/)],
      ['people', expect.stringMatching(/mailto:/)],
    ]);
    const meeting = { title: 'Treffen mit Links', slug: 'treffen-mit-links', isSample: true };
    const workshop = (url: string) => ({ workshops: [{ title: 'Werkstatt', results: text(url) }] });
    const meetings = cms.strapi.documents('api::meeting.meeting');
    expect(await refusal(meetings.create({ locale: 'de', data: { ...meeting, ...workshop('vbscript:msgbox(1)') } }))).toEqual([
      ['workshops.0.results', expect.stringMatching(/mailto:/)],
    ]);
    for (const url of ['https://example.org/a', 'mailto:info@example.org', '/orte?region=altmark']) {
      await expect(meetings.create({ locale: 'de', data: { ...meeting, slug: `treffen-${url.length}`, ...workshop(url) } })).resolves.toBeTruthy();
    }
  });

  it('keeps a notice to its place, a kind of its direction and dates in order, and dates a new one today', async () => {
    const notices = cms.strapi.documents('api::notice.notice');
    const day = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const nische = await places().findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' });
    const valid = { direction: 'seeking' as const, kind: 'tenants' as const, text: 'Eine Mieterin für das Atelier.', place: nische!.documentId, isSample: true, addedOn: '' };
    // An empty addedOn is what the admin sends for a new entry whose date was left open.
    expect(await refusal(notices.create({ locale: 'de', data: { ...valid, kind: 'coworking', place: undefined, addedOn: day(10), expiresOn: day(5) } }))).toEqual([
      ['kind', expect.stringMatching(/passt zu einem Angebot, nicht zu einem Gesuch/)],
      ['expiresOn', expect.stringMatching(/nicht ablaufen, bevor er eingestellt wurde/)],
      ['place', expect.stringMatching(/Bitte den Kreativort wählen/)],
    ]);
    expect(await refusal(notices.create({ locale: 'de', data: { ...valid, place: 'gibt-es-nicht', expiresOn: day(3 * 365) } }))).toEqual([
      ['expiresOn', expect.stringMatching(/höchstens 2 Jahre/)],
      ['place', expect.stringMatching(/gibt es nicht/)],
    ]);
    const created = await notices.create({ locale: 'de', data: { ...valid, expiresOn: day(30) } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect(created).toMatchObject({ addedOn: today, direction: 'seeking', kind: 'tenants' });
    // A change of one field is checked against the stored others.
    expect(await refusal(notices.update({ documentId: created.documentId, locale: 'de', data: { direction: 'offer' } }))).toEqual([
      ['kind', expect.stringMatching(/passt zu einem Gesuch, nicht zu einem Angebot/)],
    ]);
    expect(await refusal(notices.update({ documentId: created.documentId, locale: 'de', data: { place: null, addedOn: '' } }))).toEqual([
      ['addedOn', expect.stringMatching(/Datum angeben/)],
      ['place', expect.stringMatching(/Bitte den Kreativort wählen/)],
    ]);
    await expect(notices.update({ documentId: created.documentId, locale: 'de', data: { direction: 'offer', kind: 'other', text: 'Ein Atelier.' } })).resolves.toBeTruthy();
    await notices.delete({ documentId: created.documentId });
  });

  it('refuses to publish a place whose image lacks alt text, and publishes it once the text is there', async () => {
    const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { name: { $startsWith: 'place-' } } });
    const draft = await places().create({
      locale: 'de',
      data: place('ohne-alt', { cover: { media: file.id, alt: '' }, gallery: [{ media: file.id, alt: 'Beschrieben' }, { media: file.id, alt: ' ' }] }),
    });
    const errors = await refusal(places().publish({ documentId: draft.documentId, locale: 'de' }));
    expect(errors.map(([path]) => path)).toEqual(['cover.alt', 'gallery.1.alt']);
    expect(errors[0][1]).toMatch(/Alternativtext/);

    await places().update({
      documentId: draft.documentId,
      locale: 'de',
      data: { cover: { media: file.id, alt: 'Ein Hof' }, gallery: [{ media: file.id, alt: 'Beschrieben' }, { media: file.id, alt: 'Auch beschrieben' }] },
    });
    await expect(places().publish({ documentId: draft.documentId, locale: 'de' })).resolves.toBeTruthy();
  });
});
