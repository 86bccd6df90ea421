import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';

const { seedContent } = compiledModule<typeof import('../src/seed')>('seed');

const TABLES: UID.Schema[] = [
  'api::place.place', 'api::partner.partner', 'api::meeting.meeting', 'api::event.event', 'api::notice.notice', 'api::person.person', 'api::region.region', 'api::theme.theme', 'api::article.article',
  'api::homepage.homepage', 'api::about.about', 'api::global.global', 'api::imprint.imprint', 'api::privacy-policy.privacy-policy',
  'api::accessibility-statement.accessibility-statement', 'plugin::upload.file',
];

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const counts = () => Promise.all(TABLES.map((uid) => cms.strapi.db.query(uid).count()));
const published = <Type extends UID.ContentType>(uid: Type, locale = 'de') =>
  cms.strapi.documents(uid).findMany({ status: 'published', locale, limit: 1000, populate: '*' });

describe('seed', () => {
  it('is idempotent: a second run creates and changes nothing', async () => {
    const before = await counts();
    const updatedBefore = (await published('api::place.place')).map((p) => [p.slug, p.updatedAt]);
    const created = await seedContent(cms.strapi);
    expect(created.pages).toBe(0);
    expect(Object.values(created).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual(before);
    expect((await published('api::place.place')).map((p) => [p.slug, p.updatedAt])).toEqual(updatedBefore);
  });

  it('holds the real places and about twenty flagged samples in three regions', async () => {
    const places = await published('api::place.place');
    const real = places.filter((p) => !p.isSample).map((p) => p.slug).sort();
    expect(real).toEqual(['buergermeisterhof', 'kultur-nische']);
    const samples = places.filter((p) => p.isSample);
    expect(samples.length).toBeGreaterThanOrEqual(18);
    const regions = new Set(samples.map((p) => p.region?.slug));
    expect(regions.has('altmark')).toBe(true);
    expect(regions.has('brandenburg')).toBe(true);
    expect([...regions].some((r) => r !== 'altmark' && r !== 'brandenburg')).toBe(true);
    for (const { slug, cover, teaser } of places) {
      expect(cover?.alt, slug ?? undefined).toBeTruthy();
      expect(teaser?.length, slug ?? undefined).toBeLessThanOrEqual(200);
    }
  });

  it('holds the real partners, regions, themes, the Stendal meeting and its article', async () => {
    const partners = (await published('api::partner.partner')).filter((p) => !p.isSample).map((p) => p.slug).sort();
    expect(partners).toEqual(['agentur-initialzuender', 'art-altmark', 'daily-am-dom', 'img-sachsen-anhalt', 'netzwerk-zukunftsorte']);
    const meetings = await published('api::meeting.meeting');
    const stendal = meetings.find((m) => m.slug === 'netzwerktreffen-stendal');
    expect(stendal).toMatchObject({ isSample: false, startsAt: null, endsAt: null, moderator: 'Antje Schmidt' });
    expect(meetings.some((m) => m.isSample && m.startsAt)).toBe(true);
    const articles = await published('api::article.article');
    expect(articles.some((a) => !a.isSample && a.meeting?.slug === 'netzwerktreffen-stendal')).toBe(true);
  });

  it('holds sample events at sample places only, in German and English, upcoming and past', async () => {
    const events = await cms.strapi.documents('api::event.event').findMany({ status: 'published', locale: 'de', populate: { place: { fields: ['slug', 'isSample'] } } });
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events.every((e) => e.isSample && e.place?.isSample)).toBe(true);
    expect(new Set(events.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
    expect(events.some((e) => e.allDay)).toBe(true);
    const english = await cms.strapi.documents('api::event.event').findMany({ status: 'published', locale: 'en' });
    expect(english.map((e) => e.slug).sort()).toEqual(events.map((e) => e.slug).sort());
  });

  it("moves what the places seek and offer into notices: the real places' as they were, dated as the seed's publication; landhandel's lapsed seeking stays lapsed", async () => {
    const notices = () => cms.strapi.documents('api::notice.notice');
    const all = await notices().findMany({ status: 'published', locale: 'de', limit: 1000, populate: { place: { fields: ['slug', 'isSample'] } } });
    const of = (slug: string) => all.filter((n) => n.place?.slug === slug).map(({ direction, kind, text }) => [direction, kind, text]);
    expect(of('buergermeisterhof')).toEqual([
      ['seeking', 'fellow_campaigners', 'Mitstreiterinnen und Mitstreiter, die bei Planung, Bau und Nutzung des Hofs mit anpacken.'],
      ['seeking', 'supporters', 'Unterstützerinnen und Unterstützer für den Aufbau des Projekts.'],
      ['offer', 'event_space', 'Geplant: Märkte im Hof, dazu Hofkino und Musik.'],
      ['offer', 'workshops', 'Geplant: Workshops rund um Kultur, Handwerk, Bildung und Kunst.'],
      ['offer', 'studios', 'Geplant: Ateliers für Kunst und Handwerk.'],
      ['offer', 'coworking', 'Geplant: Coworking-Arbeitsplätze im historischen Ensemble.'],
    ]);
    expect(of('kultur-nische')).toEqual([['offer', 'other', 'Ein Ort für Kultur, Handwerk und Kunst in der Salzwedeler Altstadt.']]);
    const real = all.filter((n) => !n.place?.isSample);
    expect(real.every((n) => !n.isSample && n.addedOn === '2026-11-29' && !n.expiresOn)).toBe(true);
    expect(all.filter((n) => n.place?.isSample).every((n) => n.isSample)).toBe(true);
    expect(all.find((n) => n.place?.slug === 'landhandel-seehausen' && n.kind === 'supporters')).toMatchObject({ direction: 'seeking', expiresOn: '2025-06-30' });
    expect(all.some((n) => n.direction === 'offer' && n.expiresOn && n.expiresOn > '2027-01-01')).toBe(true);
    expect(all.every((n) => !n.expiresOn || n.addedOn! <= n.expiresOn)).toBe(true);
    const english = await notices().findMany({ status: 'published', locale: 'en', limit: 1000 });
    expect(english.map((n) => n.documentId).sort()).toEqual(all.map((n) => n.documentId).sort());
  });

  it('gives every region and theme an English entry', async () => {
    for (const uid of ['api::region.region', 'api::theme.theme'] as const) {
      const de = (await cms.strapi.documents(uid).findMany({ locale: 'de', limit: 100 })).map((e) => e.slug).sort();
      const en = (await cms.strapi.documents(uid).findMany({ locale: 'en', limit: 100 })).map((e) => e.slug).sort();
      expect(de.length).toBeGreaterThanOrEqual(3);
      expect(en).toEqual(de);
    }
    const altmark = await cms.strapi.documents('api::region.region').findFirst({ locale: 'en', filters: { slug: 'altmark' }, populate: ['parent'] });
    expect(altmark?.parent?.slug).toBe('sachsen-anhalt');
  });
});
