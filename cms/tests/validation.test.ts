import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
let partner: string;
let place: string;
beforeAll(async () => {
  cms = await startCms();
  partner = (await cms.strapi.documents('api::partner.partner').findFirst({ filters: { slug: 'daily-am-dom' } }))!.documentId;
  place = (await cms.strapi.documents('api::place.place').findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' }))!.documentId;
});
afterAll(() => cms?.stop());

const meetings = () => cms.strapi.documents('api::meeting.meeting');
const base = (slug: string) => ({ title: `Test ${slug}`, slug, isSample: true });

describe('meeting venue', () => {
  it('accepts a partner or a place as the venue', async () => {
    await expect(meetings().create({ locale: 'de', data: { ...base('nur-partner'), venuePartner: partner } })).resolves.toBeTruthy();
    await expect(meetings().create({ locale: 'de', data: { ...base('nur-ort'), venuePlace: place } })).resolves.toBeTruthy();
  });

  it('refuses both at once, on create and on update, with a German message on the fields', async () => {
    const both = meetings().create({ locale: 'de', data: { ...base('beides'), venuePartner: partner, venuePlace: place } });
    await expect(both).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('nicht beides') });
    expect(await meetings().findFirst({ filters: { slug: 'beides' } })).toBeNull();

    const withPartner = await meetings().create({ locale: 'de', data: { ...base('spaeter-beides'), venuePartner: partner } });
    // The admin connects a to-one relation this way; Strapi's input type knows `connect` on lists only.
    const connect = { connect: [{ documentId: place }] } as never;
    const update = meetings().update({ documentId: withPartner.documentId, locale: 'de', data: { venuePlace: connect } });
    await expect(update).rejects.toMatchObject({ details: { errors: [{ path: ['venuePartner'] }, { path: ['venuePlace'] }] } });

    const swapped = await meetings().update({
      documentId: withPartner.documentId,
      locale: 'de',
      data: { venuePartner: null, venuePlace: place },
      populate: ['venuePartner', 'venuePlace'],
    });
    expect(swapped?.venuePartner).toBeNull();
    expect(swapped?.venuePlace?.documentId).toBe(place);
  });
});
