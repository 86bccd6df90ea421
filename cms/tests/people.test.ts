import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRedaktion } from './support/admin';
import { startCms, type Cms } from './support/cms';
import { refusal } from './support/refusal';
import { startSiteReceiver } from './support/site-receiver';

const PERSON = 'api::person.person';
const people = () => cms.strapi.documents(PERSON);
const CONSENT = { consentGivenOn: '2026-11-30', consentScope: 'Name, Porträt, Zitat und Geschichte auf der Website', consentRecordedBy: 'Redaktion Test' };

let site: Awaited<ReturnType<typeof startSiteReceiver>>;
let cms: Cms;
let place: string;
beforeAll(async () => {
  site = await startSiteReceiver();
  cms = await startCms(site.env);
  place = (await cms.strapi.documents('api::place.place').findFirst({ filters: { slug: 'werkhalle-kloetze' }, locale: 'de' }))!.documentId;
});
afterAll(async () => {
  await cms?.stop();
  site?.close();
});

const person = (slug: string, extra: Record<string, unknown> = {}) => ({ name: `Test ${slug}`, slug, role: 'Testerin', places: [place], isSample: true, ...extra });

/** What each public surface of the CMS answers about one person: GraphQL list, find-one and count, REST list and find-one. */
const publicly = async (slug: string, documentId: string) => {
  const graphql = await cms.graphqlData<{ people: unknown[]; person: unknown; counted: { pageInfo: { total: number } } }>(
    `query ($slug: String!, $id: ID!) {
      people(filters: { slug: { eq: $slug } }) { documentId }
      person(documentId: $id) { documentId }
      counted: people_connection(filters: { slug: { eq: $slug } }) { pageInfo { total } }
    }`,
    { slug, id: documentId },
  );
  const list = await cms.rest<{ data: unknown[] }>(`/api/people?filters[slug][$eq]=${slug}`);
  const one = await cms.rest(`/api/people/${documentId}`);
  return { graphql: graphql.people.length + (graphql.person ? 1 : 0) + graphql.counted.pageInfo.total, rest: list.body.data.length + (one.status === 200 ? 1 : 0) };
};

describe('consent', () => {
  it('is needed to publish: each missing part is named on its field in German, and nothing is published', async () => {
    expect(await refusal(people().create({ locale: 'de', data: person('ohne-einwilligung'), status: 'published' }))).toEqual({
      consentGivenOn: expect.stringMatching(/Ohne dokumentierte Einwilligung/),
      consentScope: expect.stringMatching(/wozu/),
      consentRecordedBy: expect.stringMatching(/wer die Einwilligung/),
    });
    const draft = await people().create({ locale: 'de', data: person('nur-entwurf', { consentGivenOn: CONSENT.consentGivenOn }) });
    expect(await refusal(people().publish({ documentId: draft.documentId, locale: 'de' }))).toEqual({
      consentScope: expect.any(String),
      consentRecordedBy: expect.any(String),
    });
    expect(await cms.strapi.db.query(PERSON).count({ where: { slug: { $in: ['ohne-einwilligung', 'nur-entwurf'] }, publishedAt: { $notNull: true } } })).toBe(0);
  });

  it('is refused in the admin with a 400 that names the field', async () => {
    const as = await asRedaktion(cms.url);
    const created = await as<{ data: { documentId: string } }>('POST', `/content-manager/collection-types/${PERSON}?locale=de`, person('im-admin'));
    expect(created.status).toBe(201);
    const published = await as<{ error: { details: { errors: { path: string[]; message: string }[] } } }>(
      'POST',
      `/content-manager/collection-types/${PERSON}/${created.body!.data.documentId}/actions/publish?locale=de`,
      {},
    );
    expect(published.status).toBe(400);
    expect(published.body!.error.details.errors.map(({ path }) => path.join('.')).sort()).toEqual(['consentGivenOn', 'consentRecordedBy', 'consentScope']);
  });

  it('never reaches the public API: no consent field in GraphQL or REST, and a published row without consent is not answered', async () => {
    const { __type } = await cms.graphqlData<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Person") { fields { name } } }');
    expect(__type.fields.map(({ name }) => name).filter((name) => name.startsWith('consent'))).toEqual([]);
    const rest = await cms.rest<{ data: Record<string, unknown>[] }>('/api/people?populate=*');
    expect(rest.status).toBe(200);
    expect(rest.body.data.length).toBeGreaterThanOrEqual(3);
    expect(rest.body.data.flatMap(Object.keys).filter((key) => key.startsWith('consent'))).toEqual([]);
    expect((await cms.rest('/api/people?filters[consentGivenOn][$notNull]=true')).status).toBe(400);

    const { documentId } = await people().create({ locale: 'de', data: person('alte-zeile', CONSENT), status: 'published' });
    expect(await publicly('alte-zeile', documentId)).toEqual({ graphql: 3, rest: 2 });
    // A row that lost its consent by any other way than the admin (an import, a restore) is still never answered.
    await cms.strapi.db.query(PERSON).updateMany({ where: { documentId }, data: { consentGivenOn: null } });
    expect(await publicly('alte-zeile', documentId)).toEqual({ graphql: 0, rest: 0 });
  });

  it('seeds invented people at sample places only, published with their place in GraphQL', async () => {
    const { people: seeded } = await cms.graphqlData<{ people: { slug: string; isSample: boolean; places: { slug: string; isSample: boolean }[] }[] }>(
      '{ people(filters: { slug: { startsWith: "beispiel-" } }, sort: "slug") { slug isSample places { slug isSample } } }',
    );
    expect(seeded.map(({ slug }) => slug)).toEqual(['beispiel-ilka-brandt', 'beispiel-jonas-albrecht', 'beispiel-marta-kruse']);
    expect(seeded.every((p) => p.isSample && p.places.length > 0 && p.places.every((at) => at.isSample))).toBe(true);
  });
});

describe('withdrawn consent', () => {
  it('unpublishes the person with a purge to the website within 2 seconds, deletes the portrait so its URL answers 404 and the redirects from old URLs, and refuses to publish again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'people-test-'));
    const filepath = join(dir, 'portrait.png');
    const bytes = await sharp({ create: { width: 320, height: 400, channels: 3, background: '#7d5a3a' } }).png().toBuffer();
    await writeFile(filepath, bytes);
    const [file]: { id: number; url: string }[] = await cms.strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: { name: 'portrait.png' } }, files: { filepath, originalFilename: 'portrait.png', mimetype: 'image/png', size: bytes.length } });
    await rm(dir, { recursive: true, force: true });

    const portrait = { media: file.id, alt: 'Porträt der Testperson', credit: 'Foto: Test', licence: 'CC BY 4.0' };
    // First published under another slug, so that its old URL redirects to the new one.
    const { documentId } = await people().create({ locale: 'de', data: person('widerruf-alt', { ...CONSENT, portrait }), status: 'published' });
    await people().update({ documentId, locale: 'de', data: { slug: 'widerruf' } });
    await people().publish({ documentId, locale: 'de' });
    await people().update({ documentId, locale: 'en', data: person('widerruf', { ...CONSENT, role: 'Tester', portrait }), status: 'published' });
    const redirects = () => cms.strapi.db.query('api::redirect.redirect').count({ where: { to: '/menschen/widerruf' } });
    expect(await redirects()).toBe(1);
    expect(await publicly('widerruf', documentId)).toEqual({ graphql: 3, rest: 2 });
    expect((await fetch(`${cms.url}${file.url}`)).status).toBe(200);

    const received = site.received.length;
    const withdrawnAt = Date.now();
    await people().update({ documentId, locale: 'de', data: { consentWithdrawnOn: '2026-12-06' } });
    const purged = await site.waitFor((webhook, index) => index >= received && webhook.body.event === 'entry.unpublish');
    expect(Date.now() - withdrawnAt).toBeLessThan(2000);
    expect(purged.body.eviction?.purge).toEqual([documentId]);

    expect(await publicly('widerruf', documentId)).toEqual({ graphql: 0, rest: 0 });
    const english = await cms.graphqlData<{ people: unknown[] }>('{ people(filters: { slug: { eq: "widerruf" } }, locale: "en") { documentId } }');
    expect(english.people).toEqual([]);
    expect(await cms.strapi.db.query(PERSON).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(0);
    expect((await fetch(`${cms.url}${file.url}`)).status).toBe(404);
    expect(await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } })).toBeNull();
    expect(await redirects()).toBe(0);

    expect(await refusal(people().publish({ documentId, locale: 'de' }))).toEqual({ consentWithdrawnOn: expect.stringMatching(/widerrufen/) });
  });
});
